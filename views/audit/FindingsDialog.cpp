#include "FindingsDialog.h"

#include "audit/FieldworkService.h"
#include "audit/FindingDialog.h"
#include "audit/FindingTableModel.h"
#include "common/DialogButtons.h"
#include "common/ErrorBoundary.h"
#include "common/WindowSize.h"
#include "org/OrganisationService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
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
    , m_model(new FindingTableModel(fieldwork, auditId, this))
    , m_table(new QTableView(this))
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
    QHash<qint64, QString> unitNames;
    for (const Unit& unit : organisation.units())
        unitNames.insert(unit.id, unit.name);
    m_model->setUnitNames(unitNames);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // One line a row, so that the view lays out thousands of rows without reading them; the whole text is the
    // cell's tooltip and the finding's own dialog.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a finding to open it."));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openFinding(index.row()); });

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
    resizeWithinScreen(this, {1100, 600});
    reload();
}

void FindingsDialog::reload()
{
    attempt(this, windowTitle(), [&] {
        FieldworkService::FindingFilter filter;
        filter.unitId = m_unit->currentData().toLongLong();
        if (const int severity = m_severity->currentData().toInt(); severity >= 0)
            filter.severity = static_cast<Severity>(severity);
        filter.search = m_search->text();
        m_model->setFilter(filter);
        m_table->resizeColumnsToContents();
        m_count->setText(tr("%n finding(s)", nullptr, m_model->rowCount()));
    });
}

void FindingsDialog::openFinding(int row)
{
    FindingDialog dialog(m_model->findingAt(row), this);
    dialog.offerHistory(m_history);
    applyDialog(dialog, dialog.windowTitle(), [&] { m_fieldwork.updateFinding(dialog.finding()); });
    reload();
}

} // namespace kansa
