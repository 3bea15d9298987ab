#include "FindingsDialog.h"

#include "audit/FieldworkService.h"
#include "audit/FindingDialog.h"
#include "common/DialogButtons.h"
#include "common/ErrorBoundary.h"
#include "common/WindowSize.h"
#include "org/OrganisationService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

FindingsDialog::FindingsDialog(FieldworkService& fieldwork, OrganisationService& organisation, RecordHistory& history,
                               qint64 auditId, QWidget* parent)
    : QDialog(parent)
    , m_fieldwork(fieldwork)
    , m_history(history)
    , m_auditId(auditId)
    , m_unit(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Findings of the audit"));
    setObjectName(u"findingsDialog"_s);
    m_table->setObjectName(u"findingsTable"_s);
    m_unit->addItem(tr("All units"), -1);
    for (const Unit& unit : organisation.units())
        m_unit->addItem(unit.name, unit.id);
    m_severity->addItem(tr("All severities"), -1);
    for (Severity severity : {Severity::Major, Severity::Minor, Severity::Advice})
        m_severity->addItem(AuditTexts::name(severity), static_cast<int>(severity));
    m_search->setPlaceholderText(tr("Search titles, conditions and recommendations"));
    m_search->setClearButtonEnabled(true);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Severity"), tr("Item"), tr("Title"), tr("Condition found"), tr("Recommendation")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setToolTip(tr("Double-click a finding to open it."));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openFinding(row); });
    for (const ChecklistItem* item : m_fieldwork.checklist(auditId).items())
        m_clauses.insert(item->id, item->ref);

    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_unit, 1);
    filters->addWidget(m_severity, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(okCancelButtons(this, QDialogButtonBox::Close));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FindingsDialog::reload);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsDialog::reload);
    connect(m_search, &QLineEdit::textChanged, this, &FindingsDialog::reload);
    m_units = organisation.units();
    resizeWithinScreen(this, {1100, 600});
    reload();
}

void FindingsDialog::reload()
{
    QHash<qint64, QString> unitNames;
    for (const Unit& unit : m_units)
        unitNames.insert(unit.id, unit.name);
    attempt(this, windowTitle(), [&] {
        const qint64 unit = m_unit->currentData().toLongLong();
        const int severity = m_severity->currentData().toInt();
        const QString text = m_search->text().trimmed();
        QList<Finding> shown;
        for (const Finding& finding : m_fieldwork.findings(m_auditId, unit)) {
            if (severity >= 0 && static_cast<int>(finding.severity) != severity)
                continue;
            const QString haystack =
                finding.title % finding.condition % finding.recommendation % m_clauses.value(finding.itemKey);
            if (!text.isEmpty() && !haystack.contains(text, Qt::CaseInsensitive))
                continue;
            shown << finding;
        }
        m_table->setRowCount(static_cast<int>(shown.size()));
        for (int row = 0; row < shown.size(); ++row) {
            const Finding& f = shown[row];
            const QStringList cells{unitNames.value(f.unitId),
                                    AuditTexts::name(f.severity),
                                    m_clauses.value(f.itemKey),
                                    f.title,
                                    f.condition,
                                    f.recommendation};
            for (int c = 0; c < cells.size(); ++c) {
                auto* cell = new QTableWidgetItem(cells[c]);
                cell->setData(Qt::UserRole, f.id);
                m_table->setItem(row, c, cell);
            }
        }
        m_table->resizeColumnsToContents();
        m_table->resizeRowsToContents();
        m_count->setText(tr("%n finding(s)", nullptr, static_cast<int>(shown.size())));
    });
}

void FindingsDialog::openFinding(int row)
{
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const Finding& finding : m_fieldwork.findings(m_auditId)) {
        if (finding.id != id)
            continue;
        FindingDialog dialog(finding, this);
        dialog.offerHistory(m_history);
        applyDialog(dialog, dialog.windowTitle(), [&] { m_fieldwork.updateFinding(dialog.finding()); });
        reload();
        return;
    }
}

} // namespace kansa
