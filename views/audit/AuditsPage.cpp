#include "AuditsPage.h"

#include "audit/AuditPlanDialog.h"
#include "audit/AuditWorkspace.h"
#include "common/Error.h"
#include "common/ErrorBoundary.h"
#include "common/MessageBox.h"
#include "common/Tables.h"
#include "remediation/RemediationService.h"
#include "remediation/RemediationWidgets.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {} // namespace

AuditsPage::AuditsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"auditsPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto* overview = new QWidget(m_stack);
    auto* overviewLayout = new QVBoxLayout(overview);
    auto* mine = new QGroupBox(tr("My work"), overview);
    auto* mineLayout = new QVBoxLayout(mine);
    m_myWork = readOnlyTable({tr("Audit"), tr("Unit"), tr("Visit"), tr("Assessed")}, u"myWork"_s, mine);
    mineLayout->addWidget(m_myWork);
    connect(m_myWork, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        openFieldwork(m_myWork->item(row, 0)->data(Qt::UserRole).toLongLong(),
                      m_myWork->item(row, 1)->data(Qt::UserRole).toLongLong());
    });
    overviewLayout->addWidget(mine, 1);

    auto* followUp = new QGroupBox(tr("To follow up"), overview);
    auto* followUpLayout = new QVBoxLayout(followUp);
    m_followUps = readOnlyTable({tr("To do"), tr("Unit"), tr("Finding"), tr("Since")}, u"followUps"_s, followUp);
    m_followUps->setToolTip(tr("Double-click a finding to open it in the fieldwork, a plan to verify it."));
    followUpLayout->addWidget(m_followUps);
    connect(m_followUps, &QTableWidget::cellDoubleClicked, this, &AuditsPage::openFollowUp);
    overviewLayout->addWidget(followUp, 1);

    auto* all = new QGroupBox(tr("Audit plans"), overview);
    auto* allLayout = new QVBoxLayout(all);
    m_audits =
        readOnlyTable({tr("Fiscal year"), tr("Title"), tr("Status"), tr("Units"), tr("Assessed"), tr("Exceptions")},
                      u"auditPlans"_s, all);
    allLayout->addWidget(m_audits, 1);
    connect(m_audits, &QTableWidget::cellDoubleClicked, this, [this] { openFieldwork(selectedAudit()); });
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("New plan…"), all);
    auto* edit = new QPushButton(tr("Plan…"), all);
    auto* open = new QPushButton(tr("Fieldwork"), all);
    auto* status = new QPushButton(tr("Status…"), all);
    auto* next = new QPushButton(tr("Next year's audit"), all);
    create->setObjectName(u"newAuditPlan"_s);
    open->setObjectName(u"openFieldwork"_s);
    create->setEnabled(workspace.audits().canPlan());
    next->setEnabled(workspace.audits().canPlan());
    status->setEnabled(workspace.audits().canPlan());
    connect(create, &QPushButton::clicked, this, &AuditsPage::newPlan);
    connect(edit, &QPushButton::clicked, this, &AuditsPage::editPlan);
    connect(open, &QPushButton::clicked, this, [this] { openFieldwork(selectedAudit()); });
    connect(status, &QPushButton::clicked, this, &AuditsPage::changeStatus);
    connect(next, &QPushButton::clicked, this, &AuditsPage::nextYear);
    for (QPushButton* b : {create, edit, open, status, next})
        buttons->addWidget(b);
    buttons->addStretch();
    allLayout->addLayout(buttons);
    overviewLayout->addWidget(all, 2);
    m_stack->addWidget(overview);
    connect(&workspace.audits(), &AuditPlanService::changed, this, &AuditsPage::reload);
    // The follow-up list is read again when it is seen: not on every result recorded in the fieldwork (going back
    // to the overview reloads it).
    const auto reloadFollowUpsIfShown = [this] {
        if (m_stack->currentIndex() == 0)
            reloadFollowUps();
    };
    connect(&workspace.remediation(), &RemediationService::changed, this, reloadFollowUpsIfShown);
    connect(&workspace.fieldwork(), &FieldworkService::changed, this, reloadFollowUpsIfShown);
    reload();
}

void AuditsPage::reloadFollowUps()
{
    attempt(this, tr("Audits"), [this] {
        const QList<FollowUp> followUps = m_workspace.remediation().followUps();
        const QHash<qint64, QString> units = unitNames(m_workspace.organisation());
        m_followUps->setRowCount(static_cast<int>(followUps.size()));
        for (int row = 0; row < followUps.size(); ++row) {
            const FollowUp& f = followUps[row];
            const bool toVerify = f.kind == FollowUp::Kind::PlanToVerify;
            auto* what = new QTableWidgetItem(toVerify ? tr("Verify the plan") : tr("No plan proposed yet"));
            what->setData(Qt::UserRole, row);
            m_followUps->setItem(row, 0, what);
            m_followUps->setItem(row, 1, new QTableWidgetItem(units.value(f.unitId)));
            m_followUps->setItem(
                row, 2,
                new QTableWidgetItem(u"%1 [%2] %3"_s.arg(formatFiscalYear(f.fiscalYear),
                                                         AuditTexts::name(AuditTexts::severity(f.severity)), f.title)));
            m_followUps->setItem(row, 3, new QTableWidgetItem(formatDate(f.since)));
        }
        m_followUps->resizeColumnsToContents();
        m_followUpRows = followUps;
    });
}

void AuditsPage::openFollowUp(int row)
{
    if (row < 0 || row >= m_followUpRows.size())
        return;
    const FollowUp f = m_followUpRows.at(row);
    if (f.kind == FollowUp::Kind::PlanToVerify) {
        Q_EMIT planRequested(f.planId);
        return;
    }
    if (AuditWorkspace* fieldwork = openFieldwork(f.auditId, f.unitId))
        fieldwork->selectItem(f.itemKey);
}

void AuditsPage::reload()
{
    reloadFollowUps();
    try {
        const QList<FieldworkService::WorkItem> work = m_workspace.fieldwork().myWork();
        m_myWork->setRowCount(static_cast<int>(work.size()));
        for (int row = 0; row < work.size(); ++row) {
            const FieldworkService::WorkItem& w = work[row];
            // Titles usually name their year (令和8年度 情報セキュリティ監査); others get it in front.
            const QString year = formatFiscalYear(w.fiscalYear);
            auto* audit = new QTableWidgetItem(w.auditTitle.contains(year) ? w.auditTitle : year % u' ' % w.auditTitle);
            audit->setData(Qt::UserRole, w.auditId);
            auto* unit = new QTableWidgetItem(w.unitName);
            unit->setData(Qt::UserRole, w.unitId);
            m_myWork->setItem(row, 0, audit);
            m_myWork->setItem(row, 1, unit);
            m_myWork->setItem(row, 2, new QTableWidgetItem(formatDate(w.scheduledOn)));
            m_myWork->setItem(row, 3,
                              new QTableWidgetItem(tr("%1 of %2 (%3 left)")
                                                       .arg(w.progress.assessed)
                                                       .arg(w.progress.total)
                                                       .arg(w.progress.total - w.progress.assessed)));
        }
        m_myWork->resizeColumnsToContents();

        const QList<AuditPlan> plans = m_workspace.audits().audits();
        m_audits->setRowCount(static_cast<int>(plans.size()));
        for (int row = 0; row < plans.size(); ++row) {
            const AuditPlan& plan = plans[row];
            const QList<AuditedUnit> units = m_workspace.audits().units(plan.id);
            QList<qint64> scopes{FieldworkService::OrganisationScope};
            for (const AuditedUnit& unit : units)
                scopes << unit.unitId;
            FieldworkService::Progress progress;
            for (qint64 scope : scopes)
                progress += m_workspace.fieldwork().progress(plan.id, scope);
            auto* year = new QTableWidgetItem(formatFiscalYear(plan.fiscalYear));
            year->setData(Qt::UserRole, plan.id);
            m_audits->setItem(row, 0, year);
            m_audits->setItem(row, 1, new QTableWidgetItem(plan.title));
            m_audits->setItem(row, 2, new QTableWidgetItem(AuditTexts::name(plan.status)));
            m_audits->setItem(row, 3, new QTableWidgetItem(QString::number(units.size())));
            m_audits->setItem(
                row, 4,
                new QTableWidgetItem(
                    u"%1 / %2 (%3%)"_s.arg(progress.assessed).arg(progress.total).arg(progress.percent())));
            const int exceptions = static_cast<int>(m_workspace.audits().exceptions(plan.id).size());
            m_audits->setItem(
                row, 5, new QTableWidgetItem(exceptions ? tr("⚠ %n exception(s)", nullptr, exceptions) : QString()));
        }
        m_audits->resizeColumnsToContents();
        if (m_audits->currentRow() < 0 && m_audits->rowCount() > 0)
            m_audits->selectRow(0);
    } catch (const Error& error) {
        MessageBox::error(this, tr("Audits"), error.message());
    }
}

qint64 AuditsPage::selectedAudit() const
{
    const int row = m_audits->currentRow();
    return row >= 0 ? m_audits->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

AuditWorkspace* AuditsPage::openFieldwork(qint64 auditId, qint64 unitId)
{
    if (!auditId)
        return nullptr;
    try {
        if (m_fieldwork) {
            m_fieldwork->flushPendingEdits();
            QWidget* previous = m_fieldwork->parentWidget();
            m_stack->removeWidget(previous);
            previous->deleteLater();
        }
        auto* page = new QWidget(m_stack);
        auto* layout = new QVBoxLayout(page);
        auto* back = new QPushButton(tr("← Back to the audits"), page);
        connect(back, &QPushButton::clicked, this, &AuditsPage::showOverview);
        layout->addWidget(back, 0, Qt::AlignLeft);
        m_fieldwork = new AuditWorkspace(m_workspace.audits(), m_workspace.fieldwork(), m_workspace.organisation(),
                                         m_workspace.history(), auditId, page);
        layout->addWidget(m_fieldwork, 1);
        m_stack->addWidget(page);
        m_stack->setCurrentWidget(page);
        if (unitId >= 0)
            m_fieldwork->selectUnit(unitId);
        return m_fieldwork;
    } catch (const Error& error) {
        MessageBox::error(this, tr("Audits"), error.message());
        return nullptr;
    }
}

void AuditsPage::showOverview()
{
    if (m_fieldwork)
        m_fieldwork->flushPendingEdits();
    m_stack->setCurrentIndex(0);
    reload();
}

void AuditsPage::newPlan()
{
    AuditPlanDialog dialog(m_workspace.audits(), m_workspace.organisation(), m_workspace.checklists(), 0, this);
    dialog.exec();
    reload();
}

void AuditsPage::editPlan()
{
    if (!selectedAudit())
        return;
    AuditPlanDialog dialog(m_workspace.audits(), m_workspace.organisation(), m_workspace.checklists(), selectedAudit(),
                           this);
    dialog.exec();
    reload();
}

void AuditsPage::changeStatus()
{
    const qint64 id = selectedAudit();
    if (!id)
        return;
    QMenu menu(this);
    for (AuditStatus status : {AuditStatus::Draft, AuditStatus::Approved, AuditStatus::InProgress,
                               AuditStatus::Reported, AuditStatus::Closed}) {
        menu.addAction(AuditTexts::name(status), this, [this, id, status] {
            try {
                m_workspace.audits().setStatus(id, m_workspace.audits().audit(id).stamp.version, status);
            } catch (const Error& error) {
                MessageBox::error(this, tr("Audits"), error.message());
            }
        });
    }
    menu.exec(QCursor::pos());
}

void AuditsPage::nextYear()
{
    const qint64 id = selectedAudit();
    if (!id)
        return;
    try {
        const qint64 next = m_workspace.audits().createNextYear(id);
        MessageBox::information(this, tr("Next year's audit"),
                                tr("「%1」 was created as a draft with the same scope, team and assignments.")
                                    .arg(m_workspace.audits().audit(next).title));
    } catch (const Error& error) {
        MessageBox::error(this, tr("Next year's audit"), error.message());
    }
}

} // namespace kansa
