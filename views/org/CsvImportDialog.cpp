#include "CsvImportDialog.h"

#include "common/Error.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

CsvImportDialog::CsvImportDialog(const QString& title, const QString& fileName, QByteArray bytes, Preview preview,
                                 Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_bytes(std::move(bytes))
    , m_apply(std::move(apply))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_importButton(nullptr)
{
    setWindowTitle(title);
    setObjectName(u"csvImportDialog"_s);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"previewTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    layout->addWidget(buttons);
    resize(820, 520);

    try {
        showPreview(preview(m_bytes));
    } catch (const Error& error) {
        m_summary->setText(error.message());
        m_importButton->setEnabled(false);
    }
}

void CsvImportDialog::showPreview(const ImportPreview& preview)
{
    const QString file = QFileInfo(m_fileName).fileName();
    if (!preview.problems.isEmpty()) {
        m_summary->setText(tr("%1 cannot be imported: %n problem(s) were found. Nothing will be changed; correct "
                              "the file and try again.",
                              nullptr, static_cast<int>(preview.problems.size()))
                               .arg(file));
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Heading"), tr("Problem")});
        m_table->setRowCount(static_cast<int>(preview.problems.size()));
        for (int i = 0; i < preview.problems.size(); ++i) {
            const ImportProblem& problem = preview.problems[i];
            m_table->setItem(i, 0, new QTableWidgetItem(problem.line ? QString::number(problem.line) : QString()));
            m_table->setItem(i, 1, new QTableWidgetItem(problem.column ? QString::number(problem.column) : QString()));
            m_table->setItem(i, 2, new QTableWidgetItem(problem.field));
            m_table->setItem(i, 3, new QTableWidgetItem(problem.message));
        }
        m_importButton->setEnabled(false);
    } else {
        QString text = tr("%1 (%2): %3 new, %4 changed, %5 unchanged. Import writes all of them at once.")
                           .arg(file, preview.encoding)
                           .arg(preview.count(ImportPreview::Action::New))
                           .arg(preview.count(ImportPreview::Action::Changed))
                           .arg(preview.count(ImportPreview::Action::Unchanged));
        if (!preview.ignoredHeadings.isEmpty())
            text += u'\n' % tr("Columns not used: %1").arg(preview.ignoredHeadings.join(tr(", ")));
        m_summary->setText(text);
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels({tr("Line"), tr("Action"), tr("Code"), tr("Name"), tr("Details")});
        m_table->setRowCount(static_cast<int>(preview.rows.size()));
        for (int i = 0; i < preview.rows.size(); ++i) {
            const ImportPreview::Row& row = preview.rows[i];
            const QString action = row.action == ImportPreview::Action::New       ? tr("New")
                                   : row.action == ImportPreview::Action::Changed ? tr("Changed")
                                                                                  : tr("Unchanged");
            m_table->setItem(i, 0, new QTableWidgetItem(QString::number(row.line)));
            m_table->setItem(i, 1, new QTableWidgetItem(action));
            m_table->setItem(i, 2, new QTableWidgetItem(row.key));
            m_table->setItem(i, 3, new QTableWidgetItem(row.name));
            m_table->setItem(i, 4, new QTableWidgetItem(row.detail));
        }
        m_importButton->setEnabled(preview.canImport());
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
}

void CsvImportDialog::accept()
{
    try {
        const ImportPreview done = m_apply(m_bytes, QFileInfo(m_fileName).fileName());
        MessageBox::information(this, windowTitle(),
                                tr("Imported: %1 new, %2 changed.")
                                    .arg(done.count(ImportPreview::Action::New))
                                    .arg(done.count(ImportPreview::Action::Changed)));
        QDialog::accept();
    } catch (const Error& error) {
        MessageBox::error(this, windowTitle(), error.message());
    }
}

} // namespace kansa
