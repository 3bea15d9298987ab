#include "RemediationService.h"

#include "common/Error.h"
#include "org/Role.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/VersionedRows.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

RemediationService::RemediationService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
{}

bool RemediationService::canRead(qint64 unitId) const
{
    return m_session.administrator || m_session.has(Role::Ciso) || m_session.has(Role::ChiefSecurityManager) ||
           m_session.has(Role::ChiefAuditor) || m_session.has(Role::Auditor) || isUnitMember(unitId);
}

bool RemediationService::isUnitMember(qint64 unitId) const
{
    return m_session.unitId && m_session.unitId == unitId;
}

void RemediationService::requireUnit(qint64 unitId, const QString& what) const
{
    if (!isUnitMember(unitId))
        throw PermissionDenied(tr("%1 may not %2: the unit of the finding does.").arg(m_session.actor(), what));
}

bool RemediationService::isVerifier(const RemediationPlan& plan)
{
    if (!m_session.personId)
        return false;
    return m_db
        .scalar(u"SELECT 1 FROM audits WHERE id = ? AND chief_auditor_id = ? UNION SELECT 1 FROM audit_assignments "
                "WHERE audit_id = ? AND unit_id = ? AND person_id = ?"_s,
                {plan.auditId, m_session.personId, plan.auditId, plan.unitId, m_session.personId})
        .isValid();
}

QList<RemediationPlan> RemediationService::plans(qint64 unitId, bool overdueOnly, const QDate& today)
{
    QList<RemediationPlan> list;
    QSqlQuery query = m_db.exec(u"SELECT p.id, p.finding_id, f.audit_id, f.unit_id, f.title, p.status, p.summary, "
                                "COALESCE(p.exception_id, 0), p.verification_note, "_s %
                                    VersionedRows::stampColumns(u"p"_s) %
                                    u" FROM remediation_plans p JOIN audit_findings f ON f.id = p.finding_id "
                                    "WHERE (? < 0 OR f.unit_id = ?) ORDER BY p.id"_s,
                                {unitId, unitId});
    while (query.next()) {
        RemediationPlan plan;
        plan.id = query.value(0).toLongLong();
        plan.findingId = query.value(1).toLongLong();
        plan.auditId = query.value(2).toLongLong();
        plan.unitId = query.value(3).toLongLong();
        plan.findingTitle = query.value(4).toString();
        plan.status = RemediationTexts::status(query.value(5).toString());
        plan.summary = query.value(6).toString();
        plan.exceptionId = query.value(7).toLongLong();
        plan.verificationNote = query.value(8).toString();
        plan.stamp = VersionedRows::readStamp(query, 9);
        if (canRead(plan.unitId))
            list << plan;
    }
    for (RemediationPlan& plan : list) {
        QSqlQuery actions = m_db.exec(u"SELECT id, description, COALESCE(owner_id, 0), due_on, done, "_s %
                                          VersionedRows::stampColumns() %
                                          u" FROM remediation_actions WHERE plan_id = ? ORDER BY due_on, id"_s,
                                      {plan.id});
        while (actions.next())
            plan.actions << RemediationAction{actions.value(0).toLongLong(), actions.value(1).toString(),
                                              actions.value(2).toLongLong(), dateOf(actions.value(3)),
                                              actions.value(4).toInt() != 0, VersionedRows::readStamp(actions, 5)};
    }
    if (overdueOnly)
        list.removeIf([&](const RemediationPlan& plan) { return !plan.overdue(today); });
    return list;
}

RemediationPlan RemediationService::plan(qint64 planId)
{
    for (const RemediationPlan& plan : plans()) {
        if (plan.id == planId)
            return plan;
    }
    throw Error(tr("The remediation plan no longer exists, or is not yours to see."));
}

qint64 RemediationService::proposePlan(qint64 findingId, const QString& summary,
                                       const QList<RemediationAction>& actions)
{
    QSqlQuery finding = m_db.exec(u"SELECT unit_id, title FROM audit_findings WHERE id = ?"_s, {findingId});
    if (!finding.next())
        throw Error(tr("The finding no longer exists."));
    const qint64 unitId = finding.value(0).toLongLong();
    finding.finish();
    requireUnit(unitId, tr("propose a remediation plan"));
    if (summary.trimmed().isEmpty() || actions.isEmpty())
        throw Error(tr("A remediation plan needs a summary and at least one action with an owner and a due date."));
    Transaction transaction(m_db);
    if (m_db.scalar(u"SELECT id FROM remediation_plans WHERE finding_id = ?"_s, {findingId}).isValid())
        throw Error(tr("The finding already has a remediation plan."));
    const qint64 id = VersionedRows(m_db, m_session.actor())
                          .insert(u"remediation_plans"_s, {{u"finding_id"_s, findingId},
                                                           {u"status"_s, RemediationTexts::key(PlanStatus::NotStarted)},
                                                           {u"summary"_s, summary.trimmed()},
                                                           {u"verification_note"_s, QString()}});
    for (const RemediationAction& action : actions)
        addAction(id, action);
    transaction.commit();
    Q_EMIT changed();
    return id;
}

qint64 RemediationService::addAction(qint64 planId, const RemediationAction& action)
{
    const RemediationPlan target = plan(planId);
    requireUnit(target.unitId, tr("plan remediation actions"));
    if (!target.open())
        throw Error(tr("The plan is %1: its actions can no longer change.").arg(RemediationTexts::name(target.status)));
    if (action.description.trimmed().isEmpty() || !action.dueOn.isValid() || !action.ownerId)
        throw Error(tr("An action needs a description, an owner and a due date."));
    const qint64 id = VersionedRows(m_db, m_session.actor())
                          .insert(u"remediation_actions"_s, {{u"plan_id"_s, planId},
                                                             {u"description"_s, action.description.trimmed()},
                                                             {u"owner_id"_s, action.ownerId},
                                                             {u"due_on"_s, dateOrNull(action.dueOn)},
                                                             {u"done"_s, action.done ? 1 : 0}});
    Q_EMIT changed();
    return id;
}

void RemediationService::completeAction(qint64 actionId, int expectedVersion)
{
    const qint64 planId =
        m_db.scalar(u"SELECT plan_id FROM remediation_actions WHERE id = ?"_s, {actionId}).toLongLong();
    const RemediationPlan target = plan(planId);
    requireUnit(target.unitId, tr("complete remediation actions"));
    Transaction transaction(m_db);
    VersionedRows(m_db, m_session.actor())
        .update(u"remediation_actions"_s, actionId, expectedVersion, tr("action"), {{u"done"_s, 1}});
    transaction.commit();
    Q_EMIT changed();
}

void RemediationService::setStatus(qint64 planId, int expectedVersion, PlanStatus status, const QString& note,
                                   qint64 exceptionId)
{
    const RemediationPlan target = plan(planId);
    const PlanStatus from = target.status;
    const bool unitStep = (from == PlanStatus::NotStarted && status == PlanStatus::InProgress) ||
                          (from == PlanStatus::InProgress && status == PlanStatus::Completed);
    const bool auditorStep =
        from == PlanStatus::Completed && (status == PlanStatus::Verified || status == PlanStatus::InProgress);
    const bool riskStep =
        (from == PlanStatus::NotStarted || from == PlanStatus::InProgress) && status == PlanStatus::RiskAccepted;
    if (!unitStep && !auditorStep && !riskStep)
        throw Error(
            tr("A plan cannot go from %1 to %2.").arg(RemediationTexts::name(from), RemediationTexts::name(status)));
    if (unitStep)
        requireUnit(target.unitId, tr("change the status of the plan"));
    if (auditorStep) {
        if (!isVerifier(target))
            throw PermissionDenied(tr("%1 may not verify this plan: the chief auditor and the auditors assigned to "
                                      "the unit do.")
                                       .arg(m_session.actor()));
        if (note.trimmed().isEmpty())
            throw Error(tr("Write what was checked (or what is missing) in the verification note."));
    }
    if (riskStep) {
        if (!m_session.has(Role::Ciso))
            throw PermissionDenied(tr("Only the CISO accepts a risk."));
        QSqlQuery exception = m_db.exec(u"SELECT decision, valid_until FROM exceptions WHERE id = ?"_s, {exceptionId});
        if (!exception.next() ||
            RemediationTexts::decision(exception.value(0).toString()) != ExceptionDecision::Approved ||
            dateOf(exception.value(1)) < QDate::currentDate())
            throw Error(tr("Accepting a risk needs an approved exception that is still valid."));
    }
    Transaction transaction(m_db);
    ColumnValues values{{u"status"_s, RemediationTexts::key(status)}};
    if (auditorStep)
        values << qMakePair(u"verification_note"_s, QVariant(note.trimmed()));
    if (riskStep)
        values << qMakePair(u"exception_id"_s, QVariant(exceptionId));
    VersionedRows(m_db, m_session.actor())
        .update(u"remediation_plans"_s, planId, expectedVersion, target.findingTitle, values);
    transaction.commit();
    Q_EMIT changed();
}

void RemediationService::addProgressReport(qint64 planId, const ProgressReport& report)
{
    const RemediationPlan target = plan(planId);
    requireUnit(target.unitId, tr("report progress"));
    if (report.percent < 0 || report.percent > 100 || report.narrative.trimmed().isEmpty() ||
        !report.reportedOn.isValid())
        throw Error(tr("A progress report needs its date, a percentage from 0 to 100 and what was done."));
    m_db.exec(u"INSERT INTO progress_reports (plan_id, reported_on, percent, narrative, evidence, created_at, "
              "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {planId, dateOrNull(report.reportedOn), report.percent, report.narrative.trimmed(), report.evidence,
               VersionedRows::now(), m_session.actor()});
    Q_EMIT changed();
}

QList<ProgressReport> RemediationService::progressReports(qint64 planId)
{
    plan(planId); // refuses those who may not read it
    QList<ProgressReport> list;
    QSqlQuery query = m_db.exec(u"SELECT id, reported_on, percent, narrative, evidence, created_at, created_by FROM "
                                "progress_reports WHERE plan_id = ? ORDER BY reported_on, id"_s,
                                {planId});
    while (query.next())
        list << ProgressReport{
            query.value(0).toLongLong(), dateOf(query.value(1)),
            query.value(2).toInt(),      query.value(3).toString(),
            query.value(4).toString(),   QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs),
            query.value(6).toString()};
    return list;
}

QList<SecurityException> RemediationService::exceptions(int expiringWithinDays, const QDate& today)
{
    QList<SecurityException> list;
    QSqlQuery query =
        m_db.exec(u"SELECT id, unit_id, items, reason, compensating_measures, requested_by, requested_on, "
                  "decision, decided_on, valid_from, valid_until, next_review_on, "_s %
                  VersionedRows::stampColumns() % u" FROM exceptions ORDER BY id"_s);
    while (query.next()) {
        SecurityException e;
        e.id = query.value(0).toLongLong();
        e.unitId = query.value(1).toLongLong();
        e.items = query.value(2).toString();
        e.reason = query.value(3).toString();
        e.compensatingMeasures = query.value(4).toString();
        e.requestedBy = query.value(5).toString();
        e.requestedOn = dateOf(query.value(6));
        e.decision = RemediationTexts::decision(query.value(7).toString());
        e.decidedOn = dateOf(query.value(8));
        e.validFrom = dateOf(query.value(9));
        e.validUntil = dateOf(query.value(10));
        e.nextReviewOn = dateOf(query.value(11));
        e.stamp = VersionedRows::readStamp(query, 12);
        if (!canRead(e.unitId))
            continue;
        if (expiringWithinDays >= 0 && !(e.validUntil.isValid() && e.validUntil <= today.addDays(expiringWithinDays)) &&
            !e.reviewDue(today.addDays(expiringWithinDays)))
            continue;
        list << e;
    }
    return list;
}

qint64 RemediationService::requestException(const SecurityException& exception)
{
    if (!isUnitMember(exception.unitId) && !m_session.administrator)
        throw PermissionDenied(tr("%1 may not request an exception for another unit.").arg(m_session.actor()));
    if (exception.items.trimmed().isEmpty() || exception.reason.trimmed().isEmpty())
        throw Error(tr("An exception names the items it departs from and the reason."));
    const qint64 id =
        VersionedRows(m_db, m_session.actor())
            .insert(u"exceptions"_s, {{u"unit_id"_s, exception.unitId},
                                      {u"items"_s, exception.items.trimmed()},
                                      {u"reason"_s, exception.reason.trimmed()},
                                      {u"compensating_measures"_s, exception.compensatingMeasures},
                                      {u"requested_by"_s, m_session.actor()},
                                      {u"requested_on"_s, dateOrNull(QDate::currentDate())},
                                      {u"decision"_s, RemediationTexts::key(ExceptionDecision::Pending)}});
    Q_EMIT changed();
    return id;
}

void RemediationService::decideException(qint64 exceptionId, int expectedVersion, ExceptionDecision decision,
                                         const QDate& validFrom, const QDate& validUntil, const QDate& nextReviewOn)
{
    if (!m_session.has(Role::Ciso))
        throw PermissionDenied(tr("Only the CISO decides exceptions."));
    if (decision == ExceptionDecision::Approved &&
        (!validFrom.isValid() || !validUntil.isValid() || validUntil < validFrom || !nextReviewOn.isValid()))
        throw Error(tr("An approved exception needs its term and the date of its next review."));
    Transaction transaction(m_db);
    VersionedRows(m_db, m_session.actor())
        .update(u"exceptions"_s, exceptionId, expectedVersion, tr("exception"),
                {{u"decision"_s, RemediationTexts::key(decision)},
                 {u"decided_on"_s, dateOrNull(QDate::currentDate())},
                 {u"valid_from"_s, dateOrNull(validFrom)},
                 {u"valid_until"_s, dateOrNull(validUntil)},
                 {u"next_review_on"_s, dateOrNull(nextReviewOn)}});
    transaction.commit();
    Q_EMIT changed();
}

} // namespace kansa
