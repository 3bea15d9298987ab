#include "AuditPlanService.h"

#include "calendar/JapaneseCalendar.h"
#include "common/Error.h"
#include "org/Role.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/VersionedRows.h"

#include <QSet>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString PlanColumns = u"id, fiscal_year, title, purpose, method, status, approved_on, period_from, period_to, "
                            "chief_auditor_id, checklist_key, checklist_version, previous_audit_id, systems, "_s;

} // namespace

AuditPlanService::AuditPlanService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_access(m_db, m_session)
{}

bool AuditPlanService::canPlan() const
{
    return m_access.grantsAny(Operation::PlanAudit);
}

void AuditPlanService::requirePlanner(qint64 auditId, const QString& what)
{
    m_access.require(Operation::PlanAudit, m_access.audit(auditId), what);
}

void AuditPlanService::requireEditable(const AuditPlan& plan, const QString& what) const
{
    if (plan.status == AuditStatus::Reported || plan.status == AuditStatus::Closed)
        throw Error(
            tr("「%1」 is %2: its plan can no longer %3.").arg(plan.title, AuditTexts::name(plan.status), what));
}

QList<AuditPlan> AuditPlanService::audits(int fiscalYear)
{
    QList<AuditPlan> list;
    QSqlQuery query = fiscalYear ? m_db.exec(u"SELECT "_s % PlanColumns % VersionedRows::stampColumns() %
                                                 u" FROM audits WHERE fiscal_year = ? ORDER BY id"_s,
                                             {fiscalYear})
                                 : m_db.exec(u"SELECT "_s % PlanColumns % VersionedRows::stampColumns() %
                                             u" FROM audits ORDER BY fiscal_year DESC, id"_s);
    while (query.next()) {
        AuditPlan plan;
        plan.id = query.value(0).toLongLong();
        plan.fiscalYear = query.value(1).toInt();
        plan.title = query.value(2).toString();
        plan.purpose = query.value(3).toString();
        plan.method = query.value(4).toString();
        plan.status = AuditTexts::status(query.value(5).toString());
        plan.approvedOn = dateOf(query.value(6));
        plan.periodFrom = dateOf(query.value(7));
        plan.periodTo = dateOf(query.value(8));
        plan.chiefAuditorId = query.value(9).toLongLong();
        plan.checklistKey = query.value(10).toString();
        plan.checklistVersion = query.value(11).toInt();
        plan.previousAuditId = query.value(12).toLongLong();
        plan.systems = query.value(13).toString();
        plan.stamp = VersionedRows::readStamp(query, 14);
        list << plan;
    }
    for (AuditPlan& plan : list) {
        QSqlQuery chapters =
            m_db.exec(u"SELECT chapter FROM audit_chapters WHERE audit_id = ? ORDER BY chapter"_s, {plan.id});
        while (chapters.next())
            plan.chapters << chapters.value(0).toString();
    }
    return list;
}

AuditPlan AuditPlanService::audit(qint64 id)
{
    QSqlQuery query = m_db.exec(u"SELECT fiscal_year FROM audits WHERE id = ?"_s, {id});
    if (query.next()) {
        for (const AuditPlan& plan : audits(query.value(0).toInt())) {
            if (plan.id == id)
                return plan;
        }
    }
    throw Error(tr("The audit no longer exists."));
}

void AuditPlanService::validate(const AuditPlan& plan)
{
    if (plan.title.trimmed().isEmpty())
        throw Error(tr("The audit plan needs a title."));
    if (plan.fiscalYear < 1989 || plan.fiscalYear > 2200)
        throw Error(tr("The fiscal year %1 is out of range.").arg(plan.fiscalYear));
    if (!m_db.scalar(u"SELECT id FROM checklists WHERE checklist_key = ?"_s, {plan.checklistKey}).isValid())
        throw Error(tr("The checklist %1 is not in the library.").arg(plan.checklistKey));
    if (plan.periodFrom.isValid() && plan.periodTo.isValid() && plan.periodTo < plan.periodFrom)
        throw Error(tr("The audit period ends before it begins."));
    if (plan.chiefAuditorId) {
        const QVariant role = m_db.scalar(u"SELECT role FROM person_roles WHERE person_id = ? AND role = ?"_s,
                                          {plan.chiefAuditorId, Roles::key(Role::ChiefAuditor)});
        if (!role.isValid())
            throw Error(tr("The chief auditor of a plan must hold the role of chief auditor."));
    }
}

void AuditPlanService::writeTeam(VersionedRows& changes, qint64 auditId, const QSet<qint64>& people)
{
    QStringList ids;
    for (qint64 person : people)
        ids << QString::number(person);
    changes.replaceSet(u"audit_team"_s, {{u"audit_id"_s, auditId}}, u"person_id"_s, ids, u"audits"_s, auditId,
                       u"team"_s);
}

void AuditPlanService::writeChapters(VersionedRows& changes, qint64 auditId, const QStringList& chapters)
{
    changes.replaceSet(u"audit_chapters"_s, {{u"audit_id"_s, auditId}}, u"chapter"_s, chapters, u"audits"_s, auditId,
                       u"chapters"_s);
}

qint64 AuditPlanService::createAudit(const AuditPlan& plan)
{
    m_access.require(Operation::PlanAudit, m_access.newAudit(plan.chiefAuditorId), tr("create an audit plan"));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        validate(plan);
        int version = plan.checklistVersion;
        if (!version)
            version =
                m_db.scalar(u"SELECT current_version FROM checklists WHERE checklist_key = ?"_s, {plan.checklistKey})
                    .toInt();
        const qint64 chief =
            plan.chiefAuditorId ? plan.chiefAuditorId : (m_session.has(Role::ChiefAuditor) ? m_session.personId : 0);
        const qint64 id = changes.insert(u"audits"_s, {{u"fiscal_year"_s, plan.fiscalYear},
                                                       {u"title"_s, plan.title.trimmed()},
                                                       {u"purpose"_s, plan.purpose},
                                                       {u"method"_s, plan.method},
                                                       {u"systems"_s, plan.systems},
                                                       {u"status"_s, AuditTexts::key(AuditStatus::Draft)},
                                                       {u"approved_on"_s, dateOrNull(plan.approvedOn)},
                                                       {u"period_from"_s, dateOrNull(plan.periodFrom)},
                                                       {u"period_to"_s, dateOrNull(plan.periodTo)},
                                                       {u"chief_auditor_id"_s, idOrNull(chief)},
                                                       {u"checklist_key"_s, plan.checklistKey},
                                                       {u"checklist_version"_s, version},
                                                       {u"previous_audit_id"_s, idOrNull(plan.previousAuditId)}});
        writeChapters(changes, id, plan.chapters);
        if (chief)
            writeTeam(changes, id, {chief});
        changes.announce(this, [=, this] { Q_EMIT changed(id); });
        return id;
    });
}

void AuditPlanService::updateAudit(const AuditPlan& plan)
{
    const AuditPlan stored = audit(plan.id);
    requirePlanner(stored.id, tr("change the audit plan"));
    requireEditable(stored, tr("be changed"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        validate(plan);
        changes.update(
            u"audits"_s, plan.id, plan.stamp.version, plan.title,
            {{u"title"_s, plan.title.trimmed()},
             {u"purpose"_s, plan.purpose},
             {u"method"_s, plan.method},
             {u"systems"_s, plan.systems},
             {u"approved_on"_s, dateOrNull(plan.approvedOn)},
             {u"period_from"_s, dateOrNull(plan.periodFrom)},
             {u"period_to"_s, dateOrNull(plan.periodTo)},
             {u"chief_auditor_id"_s, idOrNull(plan.chiefAuditorId)},
             {u"checklist_key"_s, plan.checklistKey},
             {u"checklist_version"_s, plan.checklistVersion ? plan.checklistVersion : stored.checklistVersion}});
        writeChapters(changes, plan.id, plan.chapters);
        if (plan.chiefAuditorId) {
            const QList<qint64> current = team(plan.id);
            QSet<qint64> members(current.begin(), current.end());
            members.insert(plan.chiefAuditorId);
            writeTeam(changes, plan.id, members);
        }
        changes.announce(this, [=, this] { Q_EMIT changed(plan.id); });
    });
}

void AuditPlanService::setStatus(qint64 auditId, int expectedVersion, AuditStatus status)
{
    const AuditPlan plan = audit(auditId);
    requirePlanner(plan.id, tr("change the status of an audit"));
    const auto allowed = [&] {
        switch (plan.status) {
        case AuditStatus::Draft:
            return status == AuditStatus::Approved;
        case AuditStatus::Approved:
            return status == AuditStatus::InProgress || status == AuditStatus::Draft;
        case AuditStatus::InProgress:
            return status == AuditStatus::Reported;
        case AuditStatus::Reported:
            return status == AuditStatus::Closed;
        case AuditStatus::Closed:
            return false;
        }
        return false;
    }();
    if (!allowed)
        throw Error(tr("「%1」 cannot go from %2 to %3.")
                        .arg(plan.title, AuditTexts::name(plan.status), AuditTexts::name(status)));
    if (status == AuditStatus::Approved && !plan.approvedOn.isValid())
        throw Error(tr("Record the date the security committee approved 「%1」 first.").arg(plan.title));
    if (status == AuditStatus::Approved && units(auditId).isEmpty())
        throw Error(tr("「%1」 has no unit in its scope.").arg(plan.title));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(u"audits"_s, auditId, expectedVersion, plan.title, {{u"status"_s, AuditTexts::key(status)}});
        changes.announce(this, [=, this] { Q_EMIT changed(auditId); });
    });
}

QList<AuditedUnit> AuditPlanService::units(qint64 auditId)
{
    QList<AuditedUnit> list;
    QSqlQuery query = m_db.exec(u"SELECT a.id, a.unit_id, a.scheduled_on, "_s % VersionedRows::stampColumns(u"a"_s) %
                                    u" FROM audit_units a JOIN units u ON u.id = a.unit_id WHERE a.audit_id = ? "
                                    "ORDER BY u.sort_order, u.id"_s,
                                {auditId});
    while (query.next())
        list << AuditedUnit{query.value(0).toLongLong(), query.value(1).toLongLong(), dateOf(query.value(2)),
                            VersionedRows::readStamp(query, 3)};
    return list;
}

void AuditPlanService::setUnits(qint64 auditId, const QList<qint64>& unitIds)
{
    const AuditPlan plan = audit(auditId);
    requirePlanner(plan.id, tr("change the scope of an audit"));
    requireEditable(plan, tr("change its scope"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const QSet<qint64> wanted(unitIds.begin(), unitIds.end());
        QSet<qint64> present;
        for (const AuditedUnit& unit : units(auditId)) {
            present.insert(unit.unitId);
            if (wanted.contains(unit.unitId))
                continue;
            if (m_db.scalar(u"SELECT COUNT(*) FROM audit_results WHERE audit_id = ? AND unit_id = ?"_s,
                            {auditId, unit.unitId})
                    .toInt() > 0)
                throw Error(tr("A unit with recorded results cannot leave the scope of 「%1」.").arg(plan.title));
            for (const Assignment& assignment : assignments(auditId)) {
                if (assignment.unitId == unit.unitId)
                    changes.remove(u"audit_assignments"_s, assignment.id, assignment.stamp.version, tr("assignment"));
            }
            changes.remove(u"audit_units"_s, unit.id, unit.stamp.version, plan.title);
        }
        QList<ColumnValues> added;
        for (qint64 unitId : wanted) {
            if (!present.contains(unitId))
                added.append({{u"audit_id"_s, auditId}, {u"unit_id"_s, unitId}});
        }
        changes.insertAll(u"audit_units"_s, added);
        changes.announce(this, [=, this] { Q_EMIT changed(auditId); });
    });
}

void AuditPlanService::setSchedule(qint64 auditId, qint64 unitId, const QDate& date)
{
    const AuditPlan plan = audit(auditId);
    requirePlanner(plan.id, tr("schedule an audit visit"));
    requireEditable(plan, tr("be rescheduled"));
    for (const AuditedUnit& unit : units(auditId)) {
        if (unit.unitId != unitId)
            continue;
        m_db.write(m_session.actor(), [&](VersionedRows& changes) {
            changes.update(u"audit_units"_s, unit.id, unit.stamp.version, plan.title,
                           {{u"scheduled_on"_s, dateOrNull(date)}});
            changes.announce(this, [=, this] { Q_EMIT changed(auditId); });
        });
        return;
    }
    throw Error(tr("The unit is not in the scope of 「%1」.").arg(plan.title));
}

QList<qint64> AuditPlanService::team(qint64 auditId)
{
    QList<qint64> list;
    QSqlQuery query = m_db.exec(u"SELECT person_id FROM audit_team WHERE audit_id = ? ORDER BY person_id"_s, {auditId});
    while (query.next())
        list << query.value(0).toLongLong();
    return list;
}

void AuditPlanService::setTeam(qint64 auditId, const QList<qint64>& personIds)
{
    const AuditPlan plan = audit(auditId);
    requirePlanner(plan.id, tr("change the audit team"));
    requireEditable(plan, tr("change its team"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        QSet<qint64> wanted(personIds.begin(), personIds.end());
        if (plan.chiefAuditorId)
            wanted.insert(plan.chiefAuditorId);
        for (qint64 person : wanted) {
            const QVariant role = m_db.scalar(u"SELECT role FROM person_roles WHERE person_id = ? AND role IN (?, ?)"_s,
                                              {person, Roles::key(Role::Auditor), Roles::key(Role::ChiefAuditor)});
            if (!role.isValid())
                throw Error(tr("%1 is not an auditor: give them the role of auditor first.")
                                .arg(m_db.scalar(u"SELECT name FROM people WHERE id = ?"_s, {person}).toString()));
        }
        writeTeam(changes, auditId, wanted);
        // Assignments of people who left the team go with them.
        for (const Assignment& assignment : assignments(auditId)) {
            if (!wanted.contains(assignment.personId))
                changes.remove(u"audit_assignments"_s, assignment.id, assignment.stamp.version, tr("assignment"));
        }
        changes.announce(this, [=, this] { Q_EMIT changed(auditId); });
    });
}

QList<Assignment> AuditPlanService::assignments(qint64 auditId)
{
    QList<Assignment> list;
    QSqlQuery query =
        m_db.exec(u"SELECT id, unit_id, person_id, COALESCE(exception_reason, ''), "_s % VersionedRows::stampColumns() %
                      u" FROM audit_assignments WHERE audit_id = ? ORDER BY unit_id, person_id"_s,
                  {auditId});
    while (query.next())
        list << Assignment{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                           query.value(3).toString(), VersionedRows::readStamp(query, 4)};
    return list;
}

bool AuditPlanService::isIndependent(qint64 personId, qint64 unitId)
{
    // Not independent of the own unit and of every unit above it (対策基準 1(8)②): the person's unit and the units
    // above it, in one query.
    return !m_db.scalar(
                    u"WITH RECURSIVE above(id) AS (SELECT unit_id FROM people WHERE id = ? UNION SELECT u.parent_id "
                    "FROM units u JOIN above a ON u.id = a.id WHERE u.parent_id IS NOT NULL) SELECT 1 FROM above "
                    "WHERE id = ?"_s,
                    {personId, unitId})
                .isValid();
}

qint64 AuditPlanService::assign(qint64 auditId, qint64 unitId, qint64 personId, const QString& exceptionReason)
{
    Assignment assignment;
    assignment.unitId = unitId;
    assignment.personId = personId;
    assignment.exceptionReason = exceptionReason;
    return assign(auditId, QList<Assignment>{assignment}).constFirst();
}

QList<qint64> AuditPlanService::assign(qint64 auditId, const QList<Assignment>& assignments)
{
    const AuditPlan plan = audit(auditId);
    requirePlanner(plan.id, tr("assign auditors"));
    requireEditable(plan, tr("change its assignments"));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const QList<qint64> members = team(auditId);
        QSet<qint64> scope;
        QSqlQuery scoped = m_db.exec(u"SELECT unit_id FROM audit_units WHERE audit_id = ?"_s, {auditId});
        while (scoped.next())
            scope.insert(scoped.value(0).toLongLong());
        scoped.finish();
        QSet<QPair<qint64, qint64>> assigned; // (unit, person)
        QSqlQuery stored =
            m_db.exec(u"SELECT unit_id, person_id FROM audit_assignments WHERE audit_id = ?"_s, {auditId});
        while (stored.next())
            assigned.insert({stored.value(0).toLongLong(), stored.value(1).toLongLong()});
        stored.finish();
        // The names only for a refusal's message.
        const auto names = [&](const Assignment& assignment) {
            return qMakePair(m_db.scalar(u"SELECT name FROM people WHERE id = ?"_s, {assignment.personId}).toString(),
                             m_db.scalar(u"SELECT name FROM units WHERE id = ?"_s, {assignment.unitId}).toString());
        };
        QList<ColumnValues> rows;
        for (const Assignment& assignment : assignments) {
            if (!members.contains(assignment.personId))
                throw Error(tr("Only members of the audit team can be assigned to units."));
            if (!scope.contains(assignment.unitId))
                throw Error(tr("The unit is not in the scope of 「%1」.").arg(plan.title));
            const bool independent = isIndependent(assignment.personId, assignment.unitId);
            if (!independent && assignment.exceptionReason.trimmed().isEmpty()) {
                const auto [person, unit] = names(assignment);
                throw Error(tr("%1 belongs to 「%2」 (or a unit below it) and so may not audit it (対策基準 1(8)② "
                               "兼務の禁止). Record the reason if it cannot be avoided.")
                                .arg(person, unit));
            }
            if (assigned.contains({assignment.unitId, assignment.personId})) {
                const auto [person, unit] = names(assignment);
                throw Error(tr("%1 is already assigned to 「%2」.").arg(person, unit));
            }
            assigned.insert({assignment.unitId, assignment.personId});
            const QString reason = independent ? QString() : assignment.exceptionReason.trimmed();
            rows.append({{u"audit_id"_s, auditId},
                         {u"unit_id"_s, assignment.unitId},
                         {u"person_id"_s, assignment.personId},
                         {u"exception_reason"_s, reason.isEmpty() ? QVariant() : reason}});
        }
        const QList<qint64> ids = changes.insertAll(u"audit_assignments"_s, rows);
        changes.announce(this, [=, this] { Q_EMIT changed(auditId); });
        return ids;
    });
}

void AuditPlanService::unassign(qint64 assignmentId, int expectedVersion)
{
    const qint64 auditId =
        m_db.scalar(u"SELECT audit_id FROM audit_assignments WHERE id = ?"_s, {assignmentId}).toLongLong();
    const AuditPlan plan = audit(auditId);
    requirePlanner(plan.id, tr("assign auditors"));
    requireEditable(plan, tr("change its assignments"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.remove(u"audit_assignments"_s, assignmentId, expectedVersion, plan.title);
        changes.announce(this, [=, this] { Q_EMIT changed(auditId); });
    });
}

QList<Assignment> AuditPlanService::exceptions(qint64 auditId)
{
    QList<Assignment> list;
    for (const Assignment& assignment : assignments(auditId)) {
        if (!assignment.exceptionReason.isEmpty())
            list << assignment;
    }
    return list;
}

qint64 AuditPlanService::createNextYear(qint64 auditId)
{
    const AuditPlan previous = audit(auditId);
    requirePlanner(previous.id, tr("create next year's audit"));
    AuditPlan next = previous;
    next.fiscalYear = previous.fiscalYear + 1;
    next.checklistVersion = 0; // the checklist as it is now
    next.approvedOn = {};
    next.periodFrom = previous.periodFrom.isValid() ? previous.periodFrom.addYears(1) : QDate();
    next.periodTo = previous.periodTo.isValid() ? previous.periodTo.addYears(1) : QDate();
    next.previousAuditId = previous.id;
    // 「令和7年度 情報セキュリティ監査」 becomes 「令和8年度 情報セキュリティ監査」.
    for (const CalendarStyle style : {CalendarStyle::Japanese, CalendarStyle::Western})
        next.title.replace(JapaneseCalendar::formatFiscalYear(previous.fiscalYear, style),
                           JapaneseCalendar::formatFiscalYear(next.fiscalYear, style));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        qint64 id = 0;
        {
            // One announcement of the whole new audit, not one of each step.
            const QSignalBlocker quiet(this);
            id = createAudit(next);
            QList<qint64> unitIds;
            for (const AuditedUnit& unit : units(previous.id))
                unitIds << unit.unitId;
            setUnits(id, unitIds);
            setTeam(id, team(previous.id));
            assign(id, assignments(previous.id));
        }
        changes.announce(this, [=, this] { Q_EMIT changed(id); });
        return id;
    });
}

} // namespace kansa
