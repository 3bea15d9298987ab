#include "AccessPolicy.h"

#include "common/Error.h"
#include "store/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr Reach N = Reach::None;
constexpr Reach E = Reach::Everything;
constexpr Reach U = Reach::OwnUnit;
constexpr Reach T = Reach::AuditTeam;
constexpr Reach A = Reach::AssignedUnit;
constexpr Reach C = Reach::AuditChief;
constexpr Reach O = Reach::CampaignOwner;
constexpr Reach D = Reach::Delegate;

struct OperationInfo
{
    Operation operation;
    const char* name; // a verb phrase: 「%1 may not <name>」
};

const QList<OperationInfo>& operationNames()
{
    static const QList<OperationInfo> names{
        {Operation::ReadOrganisation, QT_TRANSLATE_NOOP("AccessPolicy", "see the units and the people")},
        {Operation::ManageOrganisation,
         QT_TRANSLATE_NOOP("AccessPolicy", "change the organisation, its units, people and fiscal years")},
        {Operation::Administer, QT_TRANSLATE_NOOP("AccessPolicy", "manage accounts, grant roles and change settings")},
        {Operation::ListAccounts, QT_TRANSLATE_NOOP("AccessPolicy", "see the accounts and roles")},
        {Operation::ManageChecklists, QT_TRANSLATE_NOOP("AccessPolicy", "import, edit and copy checklists")},
        {Operation::PlanAudit, QT_TRANSLATE_NOOP("AccessPolicy", "plan an audit (scope, team, schedule, assignments)")},
        {Operation::ReadAuditRecords,
         QT_TRANSLATE_NOOP("AccessPolicy", "see a unit's audit results, evidence, findings and working papers")},
        {Operation::RecordAudit,
         QT_TRANSLATE_NOOP("AccessPolicy", "record audit results, evidence, findings and working papers")},
        {Operation::WriteReportTexts,
         QT_TRANSLATE_NOOP("AccessPolicy", "write the audit report's opinion and remarks")},
        {Operation::ReadRemediation,
         QT_TRANSLATE_NOOP("AccessPolicy", "see a unit's remediation, exceptions, cross-checks and notice")},
        {Operation::PlanRemediation,
         QT_TRANSLATE_NOOP("AccessPolicy",
                           "plan and report remediation, request exceptions and answer cross-checks for a unit")},
        {Operation::VerifyRemediation, QT_TRANSLATE_NOOP("AccessPolicy", "verify remediation or send it back")},
        {Operation::DecideExceptions, QT_TRANSLATE_NOOP("AccessPolicy", "decide exceptions and accept risks")},
        {Operation::AskCrossChecks, QT_TRANSLATE_NOOP("AccessPolicy", "ask other units to check for a weakness")},
        {Operation::RequestProgress, QT_TRANSLATE_NOOP("AccessPolicy", "request progress reports")},
        {Operation::ReadOrganisationWide,
         QT_TRANSLATE_NOOP("AccessPolicy", "see the dashboard and the reports that cover every unit")},
        {Operation::IssueAuditReports, QT_TRANSLATE_NOOP("AccessPolicy", "issue the audit report and unit notices")},
        {Operation::IssueRemediationReport, QT_TRANSLATE_NOOP("AccessPolicy", "issue the remediation progress report")},
        {Operation::IssueSelfInspectionSummary, QT_TRANSLATE_NOOP("AccessPolicy", "issue the self-inspection summary")},
        {Operation::StartCampaigns, QT_TRANSLATE_NOOP("AccessPolicy", "start a self-inspection campaign")},
        {Operation::ManageCampaign,
         QT_TRANSLATE_NOOP("AccessPolicy", "accept, return, export and import a campaign's answers")},
        {Operation::ReadSelfInspection, QT_TRANSLATE_NOOP("AccessPolicy", "see a unit's self-inspection")},
        {Operation::AnswerSelfInspection, QT_TRANSLATE_NOOP("AccessPolicy", "answer a unit's self-inspection")},
        {Operation::DelegateSelfInspection,
         QT_TRANSLATE_NOOP("AccessPolicy", "let people of a unit answer its self-inspection")},
        {Operation::SubmitSelfInspection, QT_TRANSLATE_NOOP("AccessPolicy", "submit a unit's self-inspection")},
    };
    return names;
}

} // namespace

const QList<AccessPolicy::Rule>& AccessPolicy::rules()
{
    // clang-format off
    static const QList<Rule> table{
        //                                       admin CISO chief dept sect sysmgr sysop chiefaud auditor staff
        {Operation::ReadOrganisation,           {{E,    E,   E,    E,   E,   E,     E,    E,       E,      E}}},
        {Operation::ManageOrganisation,         {{E,    E,   N,    N,   N,   N,     N,    E,       N,      N}}},
        {Operation::Administer,                 {{E,    N,   N,    N,   N,   N,     N,    N,       N,      N}}},
        {Operation::ListAccounts,               {{E,    E,   N,    N,   N,   N,     N,    E,       N,      N}}},
        {Operation::ManageChecklists,           {{E,    E,   E,    N,   N,   N,     N,    E,       N,      N}}},
        {Operation::PlanAudit,                  {{E,    N,   N,    N,   N,   N,     N,    C,       N,      N}}},
        {Operation::ReadAuditRecords,           {{E,    E,   E,    U,   U,   U,     U,    T,       T,      U}}},
        {Operation::RecordAudit,                {{N,    N,   N,    N,   N,   N,     N,    A,       A,      N}}},
        {Operation::WriteReportTexts,           {{N,    N,   N,    N,   N,   N,     N,    C,       N,      N}}},
        {Operation::ReadRemediation,            {{E,    E,   E,    U,   U,   U,     U,    E,       E,      U}}},
        {Operation::PlanRemediation,            {{U,    U,   U,    U,   U,   U,     U,    U,       U,      U}}},
        {Operation::VerifyRemediation,          {{N,    N,   N,    N,   N,   N,     N,    A,       A,      N}}},
        {Operation::DecideExceptions,           {{N,    E,   N,    N,   N,   N,     N,    N,       N,      N}}},
        {Operation::AskCrossChecks,             {{N,    E,   N,    N,   N,   N,     N,    E,       N,      N}}},
        {Operation::RequestProgress,            {{N,    E,   N,    N,   N,   N,     N,    N,       N,      N}}},
        {Operation::ReadOrganisationWide,       {{E,    E,   E,    N,   N,   N,     N,    E,       E,      N}}},
        {Operation::IssueAuditReports,          {{N,    N,   N,    N,   N,   N,     N,    E,       N,      N}}},
        {Operation::IssueRemediationReport,     {{N,    E,   N,    N,   N,   N,     N,    N,       N,      N}}},
        {Operation::IssueSelfInspectionSummary, {{N,    E,   N,    N,   N,   N,     N,    E,       N,      N}}},
        {Operation::StartCampaigns,             {{E,    E,   E,    N,   N,   N,     N,    N,       N,      N}}},
        {Operation::ManageCampaign,             {{E,    O,   O,    N,   N,   N,     N,    N,       N,      N}}},
        {Operation::ReadSelfInspection,         {{E,    E,   E,    U,   U,   U,     U,    E,       U,      U}}},
        {Operation::AnswerSelfInspection,       {{N,    D,   D,    D,   U,   D,     D,    D,       D,      D}}},
        {Operation::DelegateSelfInspection,     {{E,    O,   O,    N,   U,   N,     N,    N,       N,      N}}},
        {Operation::SubmitSelfInspection,       {{N,    N,   N,    N,   U,   N,     N,    N,       N,      N}}},
    };
    // clang-format on
    return table;
}

Reach AccessPolicy::reach(Operation operation, Holder holder)
{
    for (const Rule& rule : rules()) {
        if (rule.operation == operation)
            return rule.reach[static_cast<std::size_t>(holder)];
    }
    return Reach::None;
}

QList<Holder> AccessPolicy::holders(const Session& session)
{
    QList<Holder> list;
    if (session.administrator)
        list << Holder::Administrator;
    // Holder follows Role's order after the administrator.
    for (Role role : session.roles)
        list << static_cast<Holder>(static_cast<int>(role) + 1);
    return list;
}

QString AccessPolicy::name(Operation operation)
{
    for (const OperationInfo& info : operationNames()) {
        if (info.operation == operation)
            return tr(info.name);
    }
    return {};
}

QString AccessPolicy::name(Holder holder)
{
    if (holder == Holder::Administrator)
        return tr("Administrator");
    return Roles::name(static_cast<Role>(static_cast<int>(holder) - 1));
}

QString AccessPolicy::name(Reach reach)
{
    switch (reach) {
    case Reach::None:
        return tr("—");
    case Reach::Everything:
        return tr("every unit");
    case Reach::OwnUnit:
        return tr("own unit");
    case Reach::AuditTeam:
        return tr("audits whose team they are on");
    case Reach::AssignedUnit:
        return tr("units assigned (all as the audit's chief)");
    case Reach::AuditChief:
        return tr("audits they lead as chief auditor");
    case Reach::CampaignOwner:
        return tr("campaigns they started");
    case Reach::Delegate:
        return tr("own unit, when asked to answer");
    }
    return {};
}

QString AccessPolicy::htmlTable()
{
    QString html =
        u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th width=\"22%\"></th>"_s;
    for (int h = 0; h < HolderCount; ++h)
        html += u"<th>"_s % name(static_cast<Holder>(h)).toHtmlEscaped() % u"</th>"_s;
    html += u"</tr>"_s;
    for (const Rule& rule : rules()) {
        html += u"<tr><td>"_s % name(rule.operation).toHtmlEscaped() % u"</td>"_s;
        for (Reach reach : rule.reach)
            html += u"<td>"_s % name(reach).toHtmlEscaped() % u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html % u"</table>"_s;
}

AccessPolicy::AccessPolicy(Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{}

AccessTarget AccessPolicy::organisation() const
{
    AccessTarget target;
    target.everyUnit = true;
    return target;
}

AccessTarget AccessPolicy::unit(qint64 unitId) const
{
    AccessTarget target;
    target.unitId = unitId;
    return target;
}

AccessTarget AccessPolicy::auditUnit(qint64 auditId, qint64 unitId)
{
    // The audit's chief auditor and the person's place in it, in one query.
    const qint64 person = m_session.personId;
    QSqlQuery query = m_db.exec(u"SELECT COALESCE(a.chief_auditor_id, 0), EXISTS (SELECT 1 FROM audit_team t WHERE "
                                "t.audit_id = a.id AND t.person_id = ?), EXISTS (SELECT 1 FROM audit_assignments s "
                                "WHERE s.audit_id = a.id AND s.person_id = ? AND (? = 0 OR s.unit_id = ?)) FROM audits "
                                "a WHERE a.id = ?"_s,
                                {person, person, unitId, unitId, auditId});
    if (!query.next())
        throw Error(tr("The audit no longer exists."));
    AccessTarget target;
    target.auditId = auditId;
    target.unitId = unitId;
    target.chiefAuditorId = query.value(0).toLongLong();
    target.teamRead = true;
    target.onTeam = query.value(1).toBool();
    target.assignedUnitId = unitId;
    target.assigned = query.value(2).toBool();
    return target;
}

AccessTarget AccessPolicy::audit(qint64 auditId)
{
    return auditUnit(auditId, 0);
}

AccessTarget AccessPolicy::newAudit(qint64 chiefAuditorId) const
{
    AccessTarget target;
    target.chiefAuditorId = chiefAuditorId;
    return target;
}

AccessTarget AccessPolicy::auditRecord(const QString& sql, qint64 id, const QString& missing)
{
    QSqlQuery query = m_db.exec(sql, {id});
    if (!query.next())
        throw Error(missing);
    const qint64 auditId = query.value(0).toLongLong();
    const qint64 unitId = query.value(1).toLongLong();
    query.finish();
    return auditUnit(auditId, unitId);
}

AccessTarget AccessPolicy::finding(qint64 findingId)
{
    return auditRecord(u"SELECT audit_id, COALESCE(unit_id, 0) FROM audit_findings WHERE id = ?"_s, findingId,
                       tr("The finding no longer exists."));
}

AccessTarget AccessPolicy::evidence(qint64 evidenceId)
{
    return auditRecord(u"SELECT audit_id, COALESCE(unit_id, 0) FROM audit_evidence WHERE id = ?"_s, evidenceId,
                       tr("The evidence no longer exists."));
}

AccessTarget AccessPolicy::workingPaper(qint64 paperId)
{
    return auditRecord(u"SELECT audit_id, COALESCE(unit_id, 0) FROM working_papers WHERE id = ?"_s, paperId,
                       tr("The working paper no longer exists."));
}

AccessTarget AccessPolicy::plan(qint64 planId)
{
    return auditRecord(u"SELECT f.audit_id, COALESCE(f.unit_id, 0) FROM remediation_plans p JOIN audit_findings f ON "
                       "f.id = p.finding_id WHERE p.id = ?"_s,
                       planId, tr("The remediation plan no longer exists."));
}

AccessTarget AccessPolicy::action(qint64 actionId)
{
    return auditRecord(u"SELECT f.audit_id, COALESCE(f.unit_id, 0) FROM remediation_actions a JOIN remediation_plans "
                       "p ON p.id = a.plan_id JOIN audit_findings f ON f.id = p.finding_id WHERE a.id = ?"_s,
                       actionId, tr("The remediation action no longer exists."));
}

AccessTarget AccessPolicy::exception(qint64 exceptionId)
{
    const QVariant unitId = m_db.scalar(u"SELECT unit_id FROM exceptions WHERE id = ?"_s, {exceptionId});
    if (!unitId.isValid())
        throw Error(tr("The exception no longer exists."));
    return unit(unitId.toLongLong());
}

AccessTarget AccessPolicy::crossCheckUnit(qint64 crossCheckUnitId)
{
    const QVariant unitId = m_db.scalar(u"SELECT unit_id FROM cross_check_units WHERE id = ?"_s, {crossCheckUnitId});
    if (!unitId.isValid())
        throw Error(tr("The cross-department check no longer exists."));
    return unit(unitId.toLongLong());
}

AccessTarget AccessPolicy::campaign(qint64 campaignId)
{
    if (!m_db.scalar(u"SELECT id FROM campaigns WHERE id = ?"_s, {campaignId}).isValid())
        throw Error(tr("The self-inspection campaign no longer exists."));
    AccessTarget target;
    target.campaignId = campaignId;
    target.everyUnit = true;
    return target;
}

AccessTarget AccessPolicy::campaignUnit(qint64 campaignId, qint64 unitId)
{
    AccessTarget target = campaign(campaignId);
    target.unitId = unitId;
    target.everyUnit = false;
    return target;
}

bool AccessPolicy::holds(Reach reach, Operation operation, const AccessTarget& target)
{
    const qint64 person = m_session.personId;
    switch (reach) {
    case Reach::None:
        return false;
    case Reach::Everything:
        return true;
    case Reach::OwnUnit:
        if (target.everyUnit)
            return false;
        // An audit's organisation-level records are every unit's own to read.
        if (operation == Operation::ReadAuditRecords && target.auditId && !target.unitId)
            return true;
        return m_session.unitId && m_session.unitId == target.unitId;
    case Reach::AuditTeam:
        if (!person || !target.auditId)
            return false;
        return target.teamRead ? target.onTeam
                               : m_db.scalar(u"SELECT 1 FROM audit_team WHERE audit_id = ? AND person_id = ?"_s,
                                             {target.auditId, person})
                                     .isValid();
    case Reach::AssignedUnit:
        if (!person || !target.auditId)
            return false;
        if (target.chiefAuditorId == person)
            return true;
        if (target.assignedUnitId == target.unitId)
            return target.assigned;
        // The organisation-level items of an audit are open to everyone assigned to any of its units.
        return target.unitId ? m_db.scalar(u"SELECT 1 FROM audit_assignments WHERE audit_id = ? AND unit_id = ? AND "
                                           "person_id = ?"_s,
                                           {target.auditId, target.unitId, person})
                                   .isValid()
                             : m_db.scalar(u"SELECT 1 FROM audit_assignments WHERE audit_id = ? AND person_id = ?"_s,
                                           {target.auditId, person})
                                   .isValid();
    case Reach::AuditChief:
        // A plan not stored yet belongs to the chief auditor who makes it, unless it names another.
        return person && (target.chiefAuditorId == person || (!target.auditId && !target.chiefAuditorId));
    case Reach::CampaignOwner:
        return person && target.campaignId &&
               m_db.scalar(u"SELECT owner_id FROM campaigns WHERE id = ?"_s, {target.campaignId}).toLongLong() ==
                   person;
    case Reach::Delegate:
        return holds(Reach::OwnUnit, operation, target) && target.campaignId &&
               m_db.scalar(
                       u"SELECT 1 FROM campaign_delegates WHERE campaign_id = ? AND unit_id = ? AND person_id = ?"_s,
                       {target.campaignId, target.unitId, person})
                   .isValid();
    }
    return false;
}

bool AccessPolicy::allows(Operation operation, const AccessTarget& target)
{
    for (Holder holder : holders(m_session)) {
        if (holds(reach(operation, holder), operation, target))
            return true;
    }
    return false;
}

UnitsReached AccessPolicy::auditUnitsReached(Operation operation, qint64 auditId)
{
    AccessTarget wholeAudit = audit(auditId);
    wholeAudit.everyUnit = true;
    QSet<qint64> all{0};
    QSqlQuery units = m_db.exec(u"SELECT unit_id FROM audit_units WHERE audit_id = ?"_s, {auditId});
    while (units.next())
        all.insert(units.value(0).toLongLong());
    units.finish();
    UnitsReached reached;
    for (Holder holder : holders(m_session)) {
        const Reach grant = reach(operation, holder);
        if (grant == Reach::OwnUnit) {
            for (qint64 unitId : {qint64(0), m_session.unitId}) {
                AccessTarget one = wholeAudit;
                one.everyUnit = false;
                one.unitId = unitId;
                if (all.contains(unitId) && holds(grant, operation, one))
                    reached.units.insert(unitId);
            }
        } else if (grant == Reach::AssignedUnit && wholeAudit.chiefAuditorId != m_session.personId) {
            QSqlQuery assigned =
                m_db.exec(u"SELECT unit_id FROM audit_assignments WHERE audit_id = ? AND person_id = ?"_s,
                          {auditId, m_session.personId});
            while (assigned.next())
                reached.units << assigned.value(0).toLongLong() << 0;
        } else if (grant != Reach::None && holds(grant, operation, wholeAudit)) {
            return {true, all};
        }
    }
    return reached;
}

bool AccessPolicy::reachesEverything(const Session& session, Operation operation)
{
    for (Holder holder : holders(session)) {
        if (reach(operation, holder) == Reach::Everything)
            return true;
    }
    return false;
}

bool AccessPolicy::grantsAny(Operation operation) const
{
    for (Holder holder : holders(m_session)) {
        if (reach(operation, holder) != Reach::None)
            return true;
    }
    return false;
}

void AccessPolicy::require(Operation operation, const AccessTarget& target, const QString& what)
{
    if (allows(operation, target))
        return;
    QStringList allowed;
    for (int h = 0; h < HolderCount; ++h) {
        const Reach grant = reach(operation, static_cast<Holder>(h));
        if (grant != Reach::None)
            allowed << name(static_cast<Holder>(h)) % u" ("_s % name(grant) % u')';
    }
    throw PermissionDenied(tr("%1 may not %2. Allowed: %3.").arg(m_session.actor(), what, allowed.join(tr(", "))));
}

} // namespace kansa
