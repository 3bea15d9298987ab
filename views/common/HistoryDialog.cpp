#include "HistoryDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorBoundary.h"
#include "common/MessageBox.h"
#include "common/Tables.h"
#include "common/WindowSize.h"
#include "exchange/OutputFile.h"
#include "settings/AppSettings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

HistoryDialog::HistoryDialog(const QString& subject, const QList<HistoryEntry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_table(RecordHistory::table(tr("History of %1").arg(subject), entries, AppSettings::calendarStyle()))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(m_table.title);
    auto* layout = new QVBoxLayout(this);
    auto* count = new QLabel(
        entries.isEmpty() ? tr("Nothing has been recorded for it yet.")
                          : tr("%n change(s) recorded, newest first.", nullptr, static_cast<int>(entries.size())),
        this);
    layout->addWidget(count);
    QTableWidget* table = readOnlyTable(m_table.headers, u"historyTable"_s, this);
    table->setWordWrap(true);
    table->setRowCount(static_cast<int>(m_table.rows.size()));
    for (int row = 0; row < m_table.rows.size(); ++row) {
        for (int column = 0; column < m_table.rows[row].size(); ++column) {
            const QString& text = m_table.rows[row][column];
            auto* cell = new QTableWidgetItem(text);
            cell->setToolTip(text);
            table->setItem(row, column, cell);
        }
    }
    table->resizeColumnsToContents();
    for (int column : {5, 6}) // before and after: long texts wrap rather than widen the window
        table->setColumnWidth(column, std::min(table->columnWidth(column), 280));
    table->resizeRowsToContents();
    layout->addWidget(table, 1);
    QDialogButtonBox* buttons = okCancelButtons(this, QDialogButtonBox::Close);
    QPushButton* save = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveHistory"_s);
    save->setEnabled(!entries.isEmpty());
    connect(save, &QPushButton::clicked, this, &HistoryDialog::saveAs);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {1100, 560});
}

void HistoryDialog::showHistory(QWidget* parent, const QString& subject,
                                const std::function<QList<HistoryEntry>()>& read)
{
    QList<HistoryEntry> entries;
    if (!attempt(parent, tr("History"), [&] { entries = read(); }))
        return;
    HistoryDialog dialog(subject, entries, parent);
    dialog.exec();
}

void HistoryDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the history"), tr("history") % u".xlsx"_s,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    attempt(this, tr("Save the history"), [&] {
        if (QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0)
            OutputFile::write(path, TableExport::csv({m_table}));
        else
            TableExport::writeXlsx({m_table}, path);
        MessageBox::information(this, tr("Save the history"), tr("Written to %1.").arg(path));
    });
}

} // namespace kansa
