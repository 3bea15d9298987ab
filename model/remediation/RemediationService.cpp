#include "RemediationService.h"

#include "audit/Audit.h"
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
    , m_access(m_db, m_session)
{}

bool RemediationService::canRead(qint64 unitId)
{
    return m_access.allows(Operation::ReadRemediation, m_access.unit(unitId));
}

void RemediationService::requireUnit(qint64 unitId, const QString& what)
{
    m_access.require(Operation::PlanRemediation, m_access.unit(unitId), what);
}

namespace {

const QString PlanTables = u" FROM remediation_plans p JOIN audit_findings f ON f.id = p.finding_id JOIN audits a ON "
                           "a.id = f.audit_id LEFT JOIN units u ON u.id = f.unit_id"_s;
const QString PlanSource = PlanTables % u" WHERE "_s;
// Each plan's next due date (of its actions not done), for sorting by it: one pass over the actions rather than a
// query per plan.
const QString NextDueTables = PlanTables % u" LEFT JOIN (SELECT plan_id, MIN(due_on) AS next_due FROM "
                                           "remediation_actions WHERE done = 0 AND due_on <> '' GROUP BY plan_id) nd "
                                           "ON nd.plan_id = p.id WHERE "_s;
const QString LatestPercent = u"(SELECT r.percent FROM progress_reports r WHERE r.plan_id = p.id ORDER BY "
                              "r.reported_on DESC, r.id DESC LIMIT 1)"_s;

// An enum's position, for sorting by it as the list shows it rather than by its key.
template <typename Enum>
QString positionOf(const QString& column, std::initializer_list<Enum> values, QString (*key)(Enum))
{
    QString cases = u"CASE "_s % column;
    int position = 0;
    for (Enum value : values)
        cases += u" WHEN '"_s % key(value) % u"' THEN "_s % QString::number(position++);
    return cases % u" ELSE "_s % QString::number(position) % u" END"_s;
}

QString orderBy(PlanOrder order, Qt::SortOrder direction)
{
    QString key;
    switch (order) {
    case PlanOrder::Unit:
        key = u"COALESCE(u.name, '')"_s;
        break;
    case PlanOrder::FiscalYear:
        key = u"a.fiscal_year"_s;
        break;
    case PlanOrder::Finding:
        key = u"f.title"_s;
        break;
    case PlanOrder::Severity:
        key = positionOf<kansa::Severity>(u"f.severity"_s,
                                          {kansa::Severity::Major, kansa::Severity::Minor, kansa::Severity::Advice},
                                          &AuditTexts::key);
        break;
    case PlanOrder::Status:
        key = positionOf<PlanStatus>(u"p.status"_s,
                                     {PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::Completed,
                                      PlanStatus::Verified, PlanStatus::RiskAccepted},
                                     &RemediationTexts::key);
        break;
    case PlanOrder::NextDue:
        // Plans with nothing due come last.
        key = u"COALESCE(nd.next_due, '9999-12-31')"_s;
        break;
    case PlanOrder::Progress:
        key = u"COALESCE("_s % LatestPercent % u", -1)"_s;
        break;
    }
    return u" ORDER BY "_s % key % (direction == Qt::DescendingOrder ? u" DESC"_s : QString()) % u", p.id"_s;
}

// The tables a list in this order reads.
const QString& sourceFor(PlanOrder order)
{
    return order == PlanOrder::NextDue ? NextDueTables : PlanSource;
}

} // namespace

QString RemediationService::planConditions(const PlanFilter& filter, const QDate& today, QVariantList& binds) const
{
    QStringList conditions{u"1 = 1"_s};
    // A person who does not read every unit reads their own unit's plans (AccessPolicy: ReadRemediation).
    if (!readsAll()) {
        conditions << u"f.unit_id = ?"_s;
        binds << m_session.unitId;
    }
    if (filter.unitId >= 0) {
        conditions << u"f.unit_id = ?"_s;
        binds << filter.unitId;
    }
    if (!filter.units.isEmpty()) {
        conditions << u"f.unit_id IN ("_s % QStringList(filter.units.size(), u"?"_s).join(u", "_s) % u')';
        for (qint64 unitId : filter.units)
            binds << unitId;
    }
    if (filter.fiscalYear) {
        conditions << u"(a.fiscal_year = ? OR (a.fiscal_year < ? AND "_s % RemediationTexts::openCondition(u"p"_s) %
                          u"))"_s;
        binds << filter.fiscalYear << filter.fiscalYear;
    }
    if (filter.openOnly || filter.overdueOnly)
        conditions << RemediationTexts::openCondition(u"p"_s);
    if (filter.overdueOnly) {
        conditions << u"EXISTS (SELECT 1 FROM remediation_actions x WHERE x.plan_id = p.id AND x.done = 0 AND "
                      "x.due_on <> '' AND x.due_on < ?)"_s;
        binds << today.toString(Qt::ISODate);
    }
    if (filter.status) {
        conditions << u"p.status = ?"_s;
        binds << RemediationTexts::key(*filter.status);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // The units' names are searched in the units (a few hundred), not once per plan.
        conditions << u'(' % m_db.textContains(u"f.title"_s) % u" OR "_s % m_db.textContains(u"p.summary"_s) %
                          u" OR f.unit_id IN (SELECT id FROM units WHERE "_s % m_db.textContains(u"name"_s) % u"))"_s;
        const QVariant value = m_db.searchValue(search);
        binds << value << value << value;
    }
    return conditions.join(u" AND "_s);
}

QList<RemediationPlan> RemediationService::plans(const PlanFilter& filter, const QDate& today)
{
    QVariantList binds;
    const QString where = planConditions(filter, today, binds);
    return loadPlans(where, binds, u" ORDER BY p.id"_s);
}

QList<RemediationPlan> RemediationService::planRange(const PlanFilter& filter, PlanOrder order, Qt::SortOrder direction,
                                                     int first, int count, const QDate& today, int* selected)
{
    QVariantList binds;
    const QString where = planConditions(filter, today, binds);
    return loadPlans(where, binds,
                     orderBy(order, direction) % u" LIMIT "_s % QString::number(std::max(0, count)) % u" OFFSET "_s %
                         QString::number(std::max(0, first)),
                     sourceFor(order), selected);
}

int RemediationService::planRow(qint64 planId, const PlanFilter& filter, PlanOrder order, Qt::SortOrder direction,
                                const QDate& today)
{
    QVariantList binds;
    const QString where = planConditions(filter, today, binds);
    binds << planId;
    QSqlQuery query = m_db.exec(u"SELECT r.position FROM (SELECT p.id AS plan_id, ROW_NUMBER() OVER ("_s %
                                    orderBy(order, direction).mid(1) % u") - 1 AS position"_s % sourceFor(order) %
                                    where % u") r WHERE r.plan_id = ?"_s,
                                binds);
    return query.next() ? query.value(0).toInt() : -1;
}

QList<int> RemediationService::planYears()
{
    QVariantList binds;
    const QString where = planConditions({}, QDate::currentDate(), binds);
    QList<int> years;
    QSqlQuery query =
        m_db.exec(u"SELECT DISTINCT a.fiscal_year"_s % PlanSource % where % u" ORDER BY a.fiscal_year DESC"_s, binds);
    while (query.next())
        years << query.value(0).toInt();
    return years;
}

std::optional<RemediationPlan> RemediationService::planOfFinding(qint64 findingId)
{
    const QList<RemediationPlan> found = loadPlans(u"p.finding_id = ?"_s, {findingId}, {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<RemediationPlan> RemediationService::loadPlans(const QString& where, const QVariantList& binds,
                                                     const QString& order, const QString& source, int* selected)
{
    if (selected)
        *selected = 0;
    QList<RemediationPlan> list;
    QHash<qint64, qsizetype> index;
    QSqlQuery query =
        m_db.exec(u"SELECT p.id, p.finding_id, f.audit_id, a.fiscal_year, f.unit_id, f.title, "
                  "f.severity, COALESCE(f.origin_finding_id, 0), p.status, p.summary, "
                  "COALESCE(p.exception_id, 0), p.verification_note, p.closed_on, p.verification_evidence, "
                  "COALESCE("_s %
                      LatestPercent % u", -1), "_s % VersionedRows::stampColumns(u"p"_s) %
                      // The count is a subquery of its own, run once: a window over the rows would compute every
                      // column of every row selected before the range is cut.
                      (selected ? u", (SELECT COUNT(*)"_s % PlanSource % where % u')' : QString()) %
                      (source.isEmpty() ? PlanSource : source) % where % order,
                  selected ? binds + binds : binds);
    const int selectedColumn = 15 + 5; // after the plan's columns and its stamp's
    while (query.next()) {
        if (selected)
            *selected = query.value(selectedColumn).toInt();
        RemediationPlan plan;
        plan.id = query.value(0).toLongLong();
        plan.findingId = query.value(1).toLongLong();
        plan.auditId = query.value(2).toLongLong();
        plan.fiscalYear = query.value(3).toInt();
        plan.unitId = query.value(4).toLongLong();
        plan.findingTitle = query.value(5).toString();
        plan.severity = query.value(6).toString();
        plan.originFindingId = query.value(7).toLongLong();
        plan.status = RemediationTexts::status(query.value(8).toString());
        plan.summary = query.value(9).toString();
        plan.exceptionId = query.value(10).toLongLong();
        plan.verificationNote = query.value(11).toString();
        plan.closedOn = dateOf(query.value(12));
        plan.verificationEvidence = query.value(13).toString();
        plan.latestPercent = query.value(14).toInt();
        plan.stamp = VersionedRows::readStamp(query, 15);
        if (canRead(plan.unitId)) {
            index.insert(plan.id, list.size());
            list << plan;
        }
    }
    if (list.isEmpty())
        return list;
    // The actions of the plans read, in one query: those of a range (a few hundred) by their ids, those of a whole
    // list by the same condition.
    constexpr qsizetype ByIdsAtMost = 500;
    QString actionsOf;
    QVariantList actionBinds;
    if (list.size() <= ByIdsAtMost) {
        actionsOf = u"x.plan_id IN ("_s % QStringList(list.size(), u"?"_s).join(u", "_s) % u')';
        for (const RemediationPlan& plan : std::as_const(list))
            actionBinds << plan.id;
    } else {
        actionsOf = u"x.plan_id IN (SELECT p.id"_s % PlanSource % where % u')';
        actionBinds = binds;
    }
    QSqlQuery actions =
        m_db.exec(u"SELECT x.plan_id, x.id, x.description, COALESCE(x.owner_id, 0), x.due_on, x.done, "_s %
                      VersionedRows::stampColumns(u"x"_s) % u" FROM remediation_actions x WHERE "_s % actionsOf %
                      u" ORDER BY x.due_on, x.id"_s,
                  actionBinds);
    while (actions.next()) {
        const auto at = index.constFind(actions.value(0).toLongLong());
        if (at == index.cend())
            continue;
        list[*at].actions << RemediationAction{actions.value(1).toLongLong(), actions.value(2).toString(),
                                               actions.value(3).toLongLong(), dateOf(actions.value(4)),
                                               actions.value(5).toInt() != 0, VersionedRows::readStamp(actions, 6)};
    }
    return list;
}

RemediationPlan RemediationService::plan(qint64 planId)
{
    const QList<RemediationPlan> found = loadPlans(u"p.id = ?"_s, {planId}, {});
    if (found.isEmpty())
        m_access.require(Operation::ReadRemediation, m_access.plan(planId), tr("see this remediation plan"));
    if (found.isEmpty())
        throw Error(tr("The remediation plan no longer exists."));
    return found.first();
}

qint64 RemediationService::proposePlan(qint64 findingId, const QString& summary,
                                       const QList<RemediationAction>& actions)
{
    m_access.require(Operation::PlanRemediation, m_access.finding(findingId), tr("propose a remediation plan"));
    if (summary.trimmed().isEmpty() || actions.isEmpty())
        throw Error(tr("A remediation plan needs a summary and at least one action with an owner and a due date."));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        if (m_db.scalar(u"SELECT id FROM remediation_plans WHERE finding_id = ?"_s, {findingId}).isValid())
            throw Error(tr("The finding already has a remediation plan."));
        const qint64 id =
            changes.insert(u"remediation_plans"_s, {{u"finding_id"_s, findingId},
                                                    {u"status"_s, RemediationTexts::key(PlanStatus::NotStarted)},
                                                    {u"summary"_s, summary.trimmed()},
                                                    {u"verification_note"_s, QString()}});
        for (const RemediationAction& action : actions)
            addAction(id, action);
        changes.announce(this, [=, this] { Q_EMIT changed(); });
        return id;
    });
}

qint64 RemediationService::addAction(qint64 planId, const RemediationAction& action)
{
    const RemediationPlan target = plan(planId);
    requireUnit(target.unitId, tr("plan remediation actions"));
    if (!target.open())
        throw Error(tr("The plan is %1: its actions can no longer change.").arg(RemediationTexts::name(target.status)));
    if (action.description.trimmed().isEmpty() || !action.dueOn.isValid() || !action.ownerId)
        throw Error(tr("An action needs a description, an owner and a due date."));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) { // the row and its change-log rows
        const qint64 id = changes.insert(u"remediation_actions"_s, {{u"plan_id"_s, planId},
                                                                    {u"description"_s, action.description.trimmed()},
                                                                    {u"owner_id"_s, action.ownerId},
                                                                    {u"due_on"_s, dateOrNull(action.dueOn)},
                                                                    {u"done"_s, action.done ? 1 : 0}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
        return id;
    });
}

void RemediationService::completeAction(qint64 actionId, int expectedVersion)
{
    m_access.require(Operation::PlanRemediation, m_access.action(actionId), tr("complete remediation actions"));
    const qint64 planId =
        m_db.scalar(u"SELECT plan_id FROM remediation_actions WHERE id = ?"_s, {actionId}).toLongLong();
    const RemediationPlan target = plan(planId);
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(u"remediation_actions"_s, actionId, expectedVersion, tr("action"), {{u"done"_s, 1}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
    });
}

void RemediationService::setStatus(qint64 planId, int expectedVersion, PlanStatus status, const QString& note,
                                   qint64 exceptionId, const QString& evidence)
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
        m_access.require(Operation::VerifyRemediation, m_access.plan(planId), tr("verify this plan"));
        if (note.trimmed().isEmpty())
            throw Error(tr("Write what was checked (or what is missing) in the verification note."));
        if (status == PlanStatus::Verified && evidence.trimmed().isEmpty())
            throw Error(tr("Name the evidence seen when verifying: documents, records or screens."));
    }
    if (riskStep) {
        m_access.require(Operation::DecideExceptions, m_access.plan(planId), tr("accept a risk"));
        QSqlQuery exception = m_db.exec(u"SELECT decision, valid_until FROM exceptions WHERE id = ?"_s, {exceptionId});
        if (!exception.next() ||
            RemediationTexts::decision(exception.value(0).toString()) != ExceptionDecision::Approved ||
            dateOf(exception.value(1)) < QDate::currentDate())
            throw Error(tr("Accepting a risk needs an approved exception that is still valid."));
    }
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        ColumnValues values{{u"status"_s, RemediationTexts::key(status)}};
        if (auditorStep)
            values << qMakePair(u"verification_note"_s, QVariant(note.trimmed()))
                   << qMakePair(u"verification_evidence"_s, QVariant(evidence.trimmed()));
        values << qMakePair(u"closed_on"_s, status == PlanStatus::Verified || status == PlanStatus::RiskAccepted
                                                ? dateOrNull(QDate::currentDate())
                                                : QVariant());
        if (riskStep)
            values << qMakePair(u"exception_id"_s, QVariant(exceptionId));
        changes.update(u"remediation_plans"_s, planId, expectedVersion, target.findingTitle, values);
        changes.announce(this, [=, this] { Q_EMIT changed(); });
    });
}

void RemediationService::addProgressReport(qint64 planId, const ProgressReport& report)
{
    const RemediationPlan target = plan(planId);
    requireUnit(target.unitId, tr("report progress"));
    if (report.percent < 0 || report.percent > 100 || report.narrative.trimmed().isEmpty() ||
        !report.reportedOn.isValid())
        throw Error(tr("A progress report needs its date, a percentage from 0 to 100 and what was done."));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.append(u"progress_reports"_s, {{u"plan_id"_s, planId},
                                               {u"reported_on"_s, dateOrNull(report.reportedOn)},
                                               {u"percent"_s, report.percent},
                                               {u"narrative"_s, report.narrative.trimmed()},
                                               {u"evidence"_s, report.evidence}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
    });
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

QList<UnplannedFinding> RemediationService::findingsWithoutPlan()
{
    QList<UnplannedFinding> list;
    if (!m_session.unitId)
        return list;
    QSqlQuery query = m_db.exec(u"SELECT f.id, a.fiscal_year, f.title, f.severity, f.condition_found, f.recommendation "
                                u"FROM audit_findings f JOIN audits a "
                                "ON a.id = f.audit_id WHERE f.unit_id = ? AND NOT EXISTS (SELECT 1 FROM "
                                "remediation_plans p WHERE p.finding_id = f.id) ORDER BY a.fiscal_year DESC, f.id"_s,
                                {m_session.unitId});
    while (query.next())
        list << UnplannedFinding{query.value(0).toLongLong(), query.value(1).toInt(),    query.value(2).toString(),
                                 query.value(3).toString(),   query.value(4).toString(), query.value(5).toString()};
    return list;
}

QList<FollowUp> RemediationService::followUps()
{
    QList<FollowUp> list;
    if (!m_session.personId)
        return list;
    // The audits the person leads, and the units they are assigned to.
    const QString theirs = u"(a.chief_auditor_id = ? OR EXISTS (SELECT 1 FROM audit_assignments s WHERE "
                           "s.audit_id = f.audit_id AND s.unit_id = f.unit_id AND s.person_id = ?))"_s;
    QSqlQuery findings = m_db.exec(
        u"SELECT f.id, f.audit_id, f.unit_id, f.item_key, a.fiscal_year, f.title, f.severity, f.created_at "
        "FROM audit_findings f JOIN audits a ON a.id = f.audit_id WHERE "_s %
            theirs % u" AND NOT EXISTS (SELECT 1 FROM remediation_plans p WHERE p.finding_id = f.id) ORDER BY f.id"_s,
        {m_session.personId, m_session.personId});
    while (findings.next()) {
        list << FollowUp{FollowUp::Kind::FindingWithoutPlan,
                         findings.value(0).toLongLong(),
                         0,
                         findings.value(1).toLongLong(),
                         findings.value(2).toLongLong(),
                         findings.value(3).toString(),
                         findings.value(4).toInt(),
                         findings.value(5).toString(),
                         findings.value(6).toString(),
                         QDateTime::fromString(findings.value(7).toString(), Qt::ISODateWithMs).toLocalTime().date()};
    }
    const QList<RemediationPlan> completed = loadPlans(
        u"p.status = ? AND "_s % theirs,
        {RemediationTexts::key(PlanStatus::Completed), m_session.personId, m_session.personId}, u" ORDER BY p.id"_s);
    for (const RemediationPlan& plan : completed) {
        list << FollowUp{FollowUp::Kind::PlanToVerify,
                         plan.findingId,
                         plan.id,
                         plan.auditId,
                         plan.unitId,
                         {},
                         plan.fiscalYear,
                         plan.findingTitle,
                         plan.severity,
                         plan.stamp.updatedAt.toLocalTime().date()};
    }
    return list;
}

QList<SecurityException> RemediationService::exceptions(int expiringWithinDays, const QDate& today)
{
    QList<SecurityException> list;
    QSqlQuery query =
        m_db.exec(u"SELECT id, unit_id, items, reason, compensating_measures, requested_by, requested_on, "
                  "decision, decided_on, valid_from, valid_until, next_review_on, decision_comment, "_s %
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
        e.decisionComment = query.value(12).toString();
        e.stamp = VersionedRows::readStamp(query, 13);
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
    requireUnit(exception.unitId, tr("request an exception for this unit"));
    if (exception.items.trimmed().isEmpty() || exception.reason.trimmed().isEmpty())
        throw Error(tr("An exception names the items it departs from and the reason."));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const qint64 id =
            changes.insert(u"exceptions"_s, {{u"unit_id"_s, exception.unitId},
                                             {u"items"_s, exception.items.trimmed()},
                                             {u"reason"_s, exception.reason.trimmed()},
                                             {u"compensating_measures"_s, exception.compensatingMeasures},
                                             {u"requested_by"_s, m_session.actor()},
                                             {u"requested_on"_s, dateOrNull(QDate::currentDate())},
                                             {u"decision"_s, RemediationTexts::key(ExceptionDecision::Pending)}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
        return id;
    });
}

void RemediationService::decideException(qint64 exceptionId, int expectedVersion, ExceptionDecision decision,
                                         const QString& comment, const QDate& validFrom, const QDate& validUntil,
                                         const QDate& nextReviewOn)
{
    m_access.require(Operation::DecideExceptions, m_access.exception(exceptionId), tr("decide exceptions"));
    if (comment.trimmed().isEmpty())
        throw Error(tr("A decision on an exception gives its reason."));
    if (decision == ExceptionDecision::Approved &&
        (!validFrom.isValid() || !validUntil.isValid() || validUntil < validFrom || !nextReviewOn.isValid()))
        throw Error(tr("An approved exception needs its term and the date of its next review."));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(u"exceptions"_s, exceptionId, expectedVersion, tr("exception"),
                       {{u"decision"_s, RemediationTexts::key(decision)},
                        {u"decision_comment"_s, comment.trimmed()},
                        {u"decided_on"_s, dateOrNull(QDate::currentDate())},
                        {u"valid_from"_s, dateOrNull(validFrom)},
                        {u"valid_until"_s, dateOrNull(validUntil)},
                        {u"next_review_on"_s, dateOrNull(nextReviewOn)}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
    });
}

bool RemediationService::readsAll() const
{
    return m_access.reachesEverything(Operation::ReadRemediation);
}

qint64 RemediationService::askCrossCheck(qint64 findingId, const QString& question, QList<qint64> unitIds,
                                         const QDate& dueOn)
{
    m_access.require(Operation::AskCrossChecks, m_access.finding(findingId), tr("ask other units to check"));
    const qint64 findingUnit =
        m_db.scalar(u"SELECT unit_id FROM audit_findings WHERE id = ?"_s, {findingId}).toLongLong();
    if (!findingUnit)
        throw Error(tr("The finding no longer exists."));
    if (question.trimmed().isEmpty())
        throw Error(tr("Write what the units are to check."));
    if (unitIds.isEmpty()) {
        // Every unit that has no sub-units, but the finding's own.
        QSqlQuery leaves = m_db.exec(u"SELECT id FROM units u WHERE id <> ? AND NOT EXISTS "
                                     "(SELECT 1 FROM units c WHERE c.parent_id = u.id) ORDER BY id"_s,
                                     {findingUnit});
        while (leaves.next())
            unitIds << leaves.value(0).toLongLong();
    }
    unitIds.removeAll(findingUnit);
    if (unitIds.isEmpty())
        throw Error(tr("Choose at least one unit other than the finding's own."));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const qint64 id = changes.insert(
            u"cross_checks"_s,
            {{u"finding_id"_s, findingId}, {u"question"_s, question.trimmed()}, {u"due_on"_s, dateOrNull(dueOn)}});
        for (qint64 unitId : unitIds)
            changes.insert(u"cross_check_units"_s, {{u"cross_check_id"_s, id},
                                                    {u"unit_id"_s, unitId},
                                                    {u"answer"_s, RemediationTexts::key(CrossCheckAnswer::Pending)},
                                                    {u"note"_s, QString()}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
        return id;
    });
}

QList<CrossCheck> RemediationService::crossChecks(qint64 findingId)
{
    QList<CrossCheck> list;
    QHash<qint64, qsizetype> index;
    QSqlQuery query = m_db.exec(u"SELECT c.id, c.finding_id, f.title, f.unit_id, c.question, c.due_on, "_s %
                                    VersionedRows::stampColumns(u"c"_s) %
                                    u" FROM cross_checks c JOIN audit_findings f ON f.id = c.finding_id "
                                    "WHERE ? = 0 OR c.finding_id = ? ORDER BY c.id"_s,
                                {findingId, findingId});
    while (query.next()) {
        CrossCheck check;
        check.id = query.value(0).toLongLong();
        check.findingId = query.value(1).toLongLong();
        check.findingTitle = query.value(2).toString();
        check.findingUnitId = query.value(3).toLongLong();
        check.question = query.value(4).toString();
        check.dueOn = dateOf(query.value(5));
        check.stamp = VersionedRows::readStamp(query, 6);
        index.insert(check.id, list.size());
        list << check;
    }
    QSqlQuery units = m_db.exec(u"SELECT cross_check_id, id, unit_id, answer, note, answered_on, "
                                "COALESCE(created_finding_id, 0), "_s %
                                VersionedRows::stampColumns() % u" FROM cross_check_units ORDER BY unit_id"_s);
    while (units.next()) {
        const auto at = index.constFind(units.value(0).toLongLong());
        if (at == index.cend())
            continue;
        CrossCheckUnit unit;
        unit.id = units.value(1).toLongLong();
        unit.unitId = units.value(2).toLongLong();
        unit.answer = RemediationTexts::answer(units.value(3).toString());
        unit.note = units.value(4).toString();
        unit.answeredOn = dateOf(units.value(5));
        unit.createdFindingId = units.value(6).toLongLong();
        unit.stamp = VersionedRows::readStamp(units, 7);
        unit.answeredBy = unit.answer == CrossCheckAnswer::Pending ? QString() : unit.stamp.updatedBy;
        // A unit sees only its own answer; those who read all see every unit's.
        if (canRead(unit.unitId))
            list[*at].units << unit;
    }
    if (!readsAll())
        list.removeIf([](const CrossCheck& check) { return check.units.isEmpty(); });
    return list;
}

qint64 RemediationService::answerCrossCheck(qint64 crossCheckUnitId, int expectedVersion, CrossCheckAnswer answer,
                                            const QString& note)
{
    m_access.require(Operation::PlanRemediation, m_access.crossCheckUnit(crossCheckUnitId),
                     tr("answer a cross-department check for this unit"));
    QSqlQuery asked = m_db.exec(u"SELECT u.unit_id, u.answer, c.finding_id FROM cross_check_units u JOIN "
                                "cross_checks c ON c.id = u.cross_check_id WHERE u.id = ?"_s,
                                {crossCheckUnitId});
    if (!asked.next())
        throw Error(tr("The cross-department check no longer exists."));
    const qint64 unitId = asked.value(0).toLongLong();
    const bool answered = RemediationTexts::answer(asked.value(1).toString()) != CrossCheckAnswer::Pending;
    const qint64 originId = asked.value(2).toLongLong();
    asked.finish();
    if (answered)
        throw Error(tr("The unit has already answered this check."));
    if (answer == CrossCheckAnswer::Pending || note.trimmed().isEmpty())
        throw Error(tr("Answer whether the same problem exists in the unit, with a note of what was checked."));

    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        qint64 findingId = 0;
        if (answer == CrossCheckAnswer::Exists) {
            QSqlQuery origin = m_db.exec(u"SELECT audit_id, item_key, severity, title, criterion, recommendation FROM "
                                         "audit_findings WHERE id = ?"_s,
                                         {originId});
            origin.next();
            findingId = changes.insert(u"audit_findings"_s, {{u"audit_id"_s, origin.value(0)},
                                                             {u"unit_id"_s, unitId},
                                                             {u"item_key"_s, origin.value(1)},
                                                             {u"severity"_s, origin.value(2)},
                                                             {u"title"_s, origin.value(3)},
                                                             {u"condition_found"_s, note.trimmed()},
                                                             {u"criterion"_s, origin.value(4)},
                                                             {u"cause"_s, QString()},
                                                             {u"effect"_s, QString()},
                                                             {u"recommendation"_s, origin.value(5)},
                                                             {u"origin_finding_id"_s, originId}});
            origin.finish();
            changes.insert(u"remediation_plans"_s,
                           {{u"finding_id"_s, findingId},
                            {u"status"_s, RemediationTexts::key(PlanStatus::NotStarted)},
                            {u"summary"_s, tr("Found by a cross-department check: %1").arg(note.trimmed())},
                            {u"verification_note"_s, QString()}});
        }
        changes.update(u"cross_check_units"_s, crossCheckUnitId, expectedVersion, tr("cross-department check"),
                       {{u"answer"_s, RemediationTexts::key(answer)},
                        {u"note"_s, note.trimmed()},
                        {u"answered_on"_s, dateOrNull(QDate::currentDate())},
                        {u"created_finding_id"_s, idOrNull(findingId)}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
        return findingId;
    });
}

qint64 RemediationService::requestProgress(qint64 unitId, const QDate& dueOn, const QString& message)
{
    m_access.require(Operation::RequestProgress, unitId ? m_access.unit(unitId) : m_access.organisation(),
                     tr("request progress reports"));
    if (!dueOn.isValid() || dueOn < QDate::currentDate())
        throw Error(tr("A request for progress needs a date that has not passed."));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const qint64 id = changes.insert(u"progress_requests"_s, {{u"unit_id"_s, idOrNull(unitId)},
                                                                  {u"requested_on"_s, dateOrNull(QDate::currentDate())},
                                                                  {u"due_on"_s, dateOrNull(dueOn)},
                                                                  {u"message"_s, message.trimmed()}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
        return id;
    });
}

QList<ProgressRequest> RemediationService::progressRequests()
{
    QList<ProgressRequest> list;
    QSqlQuery query = m_db.exec(u"SELECT id, COALESCE(unit_id, 0), requested_on, due_on, message, "_s %
                                VersionedRows::stampColumns() % u" FROM progress_requests ORDER BY due_on, id"_s);
    while (query.next()) {
        const ProgressRequest request{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                      dateOf(query.value(2)),      dateOf(query.value(3)),
                                      query.value(4).toString(),   VersionedRows::readStamp(query, 5)};
        if (!request.unitId || canRead(request.unitId))
            list << request;
    }
    return list;
}

QList<OwedReport> RemediationService::owedReports(qint64 unitId)
{
    const QList<ProgressRequest> requests = progressRequests();
    if (requests.isEmpty())
        return {};
    QHash<qint64, QDate> lastReported;
    QSqlQuery latest = m_db.exec(u"SELECT plan_id, MAX(created_at) FROM progress_reports GROUP BY plan_id"_s);
    while (latest.next())
        lastReported.insert(latest.value(0).toLongLong(),
                            QDateTime::fromString(latest.value(1).toString(), Qt::ISODateWithMs).date());
    QList<OwedReport> owed;
    PlanFilter filter;
    filter.unitId = unitId;
    filter.openOnly = true;
    for (const RemediationPlan& plan : plans(filter)) {
        for (const ProgressRequest& request : requests) {
            if (request.unitId && request.unitId != plan.unitId)
                continue;
            const QDate reported = lastReported.value(plan.id);
            if (reported.isValid() && reported >= request.requestedOn)
                continue;
            owed << OwedReport{request.id, plan.id, plan.unitId, plan.findingTitle, request.dueOn, request.message};
            break; // the earliest request due is the one that counts
        }
    }
    return owed;
}

} // namespace kansa