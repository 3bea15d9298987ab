#pragma once

#include "auth/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <array>

namespace kansa {

class Database;

// Who a rule of the policy is for: the administrator (an account flag) or a holder of one of the roles.
enum class Holder
{
    Administrator,
    Ciso,
    ChiefSecurityManager,
    DepartmentSecurityOfficer,
    SectionSecurityManager,
    SystemManager,
    SystemOperator,
    ChiefAuditor,
    Auditor,
    Staff,
};
inline constexpr int HolderCount = 10;

// What a person may be allowed to do. Each service operation asks for one of these.
enum class Operation
{
    ReadOrganisation,       // the units, the people and their roles
    ManageOrganisation,     // change the organisation, units, people and fiscal years; import them
    Administer,             // accounts, granting roles, settings such as the evidence-file limit
    ListAccounts,           // the accounts and roles list
    ManageChecklists,       // import, edit and copy checklists
    PlanAudit,              // plans, scope, team, schedule, assignments, next year's audit
    ReadAuditRecords,       // a unit's results, evidence, findings and working papers
    RecordAudit,            // record them
    WriteReportTexts,       // the audit report's opinion and remarks
    ReadRemediation,        // a unit's plans, exceptions, cross-checks and progress requests; its notice
    PlanRemediation,        // propose plans, actions and progress reports; request exceptions; answer checks
    VerifyRemediation,      // verify a completed plan or send it back
    DecideExceptions,       // decide exceptions and accept risks
    AskCrossChecks,         // ask other units to check for the same weakness
    RequestProgress,        // ask units for progress reports
    ReadOrganisationWide,   // the dashboard and the reports that cover every unit
    IssueAuditReports,      // issue the audit report and the unit notices
    IssueRemediationReport, // issue the remediation progress report
    IssueSelfInspectionSummary,
    StartCampaigns,         // start a self-inspection campaign
    ManageCampaign,         // accept, return, export and import a campaign's workbooks
    ReadSelfInspection,     // a unit's self-inspection answers
    AnswerSelfInspection,   // answer for the unit
    DelegateSelfInspection, // let people of the unit answer
    SubmitSelfInspection,   // submit the unit's answers
};

// How far a holder's grant reaches, decided from the stored rows of what is touched.
enum class Reach
{
    None,
    Everything,    // every unit and record
    OwnUnit,       // the records of the person's own unit
    AuditTeam,     // every unit of an audit whose team the person is on
    AssignedUnit,  // the units of an audit the person is assigned to, and all of them for its chief auditor
    AuditChief,    // the audits whose chief auditor the person is
    CampaignOwner, // the campaigns the person started
    Delegate,      // the own unit's answers of a campaign the person was asked to answer
};

// What an operation touches, as stored: read by AccessPolicy from the database, never taken from the caller.
struct AccessTarget
{
    qint64 auditId = 0;
    qint64 unitId = 0; // 0: the organisation as a whole (an audit's organisation-level items)
    qint64 campaignId = 0;
    qint64 chiefAuditorId = 0; // of a plan not stored yet: who will be its chief auditor
    bool everyUnit = false;    // covers every unit (the dashboard, the organisation's reports)
    // The person's place in the audit, read with it in the same query (a decision then takes no query of its
    // own): on its team, and assigned to assignedUnitId (0: to any of its units).
    bool teamRead = false;
    bool onTeam = false;
    qint64 assignedUnitId = -1; // the unit `assigned` was read for; -1: not read
    bool assigned = false;
};

// The units of an audit a grant reaches: all of them (every: also records of units no longer in its scope) or
// those listed (0: the audit's organisation-level items).
struct UnitsReached
{
    bool every = false;
    QSet<qint64> units;
    bool contains(qint64 unitId) const { return every || units.contains(unitId); }
};

// The one place that decides who may see and change what (対策基準 1 組織体制 and the audit's own rules). The
// rules are one table, holder × operation → reach (rules()), shown as such in the user guide; a decision takes
// the holder rows of the signed-in person and the stored facts of the target.
class AccessPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    AccessPolicy(Database& db, Session session);

    struct Rule
    {
        Operation operation;
        std::array<Reach, HolderCount> reach; // by Holder
    };
    static const QList<Rule>& rules();
    static Reach reach(Operation operation, Holder holder);
    static QList<Holder> holders(const Session& session);
    static QString name(Operation operation);
    static QString name(Holder holder);
    static QString name(Reach reach);
    // The table as HTML for the user guide: one row per operation, one column per holder.
    static QString htmlTable();

    // Targets read from the stored rows (a record that no longer exists throws Error).
    AccessTarget organisation() const; // the whole organisation
    AccessTarget unit(qint64 unitId) const;
    AccessTarget auditUnit(qint64 auditId, qint64 unitId);
    AccessTarget audit(qint64 auditId);
    AccessTarget newAudit(qint64 chiefAuditorId) const;
    AccessTarget finding(qint64 findingId);
    AccessTarget evidence(qint64 evidenceId);
    AccessTarget workingPaper(qint64 paperId);
    AccessTarget plan(qint64 planId);
    AccessTarget action(qint64 actionId);
    AccessTarget exception(qint64 exceptionId);
    AccessTarget crossCheckUnit(qint64 crossCheckUnitId);
    AccessTarget campaign(qint64 campaignId);
    AccessTarget campaignUnit(qint64 campaignId, qint64 unitId);

    bool allows(Operation operation, const AccessTarget& target);
    // The units of an audit the person reaches for the operation, in a few queries however many units it has.
    UnitsReached auditUnitsReached(Operation operation, qint64 auditId);
    // Throws PermissionDenied: 「<person> may not <what>: <who may>.」
    void require(Operation operation, const AccessTarget& target, const QString& what);
    // Whether the person's grant for the operation reaches every unit ("reads everything", defined here once).
    static bool reachesEverything(const Session& session, Operation operation);
    bool reachesEverything(Operation operation) const { return reachesEverything(m_session, operation); }
    // Whether the person holds any grant for the operation (what a screen offers; each target is checked).
    bool grantsAny(Operation operation) const;

private:
    bool holds(Reach reach, Operation operation, const AccessTarget& target);
    AccessTarget auditRecord(const QString& sql, qint64 id, const QString& missing);

    Database& m_db;
    Session m_session;
};

} // namespace kansa
