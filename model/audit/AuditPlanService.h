#pragma once

#include "audit/Audit.h"
#include "auth/AccessPolicy.h"
#include "auth/Session.h"

#include <QObject>
#include <QSet>

namespace kansa {

class Database;
class VersionedRows;

// Audit plans: purpose, criteria (the checklist version), scope (units × chapters), the team with its chief
// auditor, assignments of auditors to units, schedule, approval and status. The administrator and chief
// auditors plan; once a plan belongs to a chief auditor only they (and the administrator) change it.
// Independence (対策基準 1(8)②): an auditor is not assigned to their own unit or a unit above it unless a
// reason is recorded; the plan lists such exceptions.
class AuditPlanService final : public QObject
{
    Q_OBJECT

public:
    AuditPlanService(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }
    Database& database() const { return m_db; }
    bool canPlan() const;

    QList<AuditPlan> audits(int fiscalYear = 0);
    AuditPlan audit(qint64 id);
    qint64 createAudit(const AuditPlan& plan); // a draft; checklistVersion 0 takes the current version
    void updateAudit(const AuditPlan& plan);   // while draft or approved
    // draft → approved (needs the committee's approval date) → in progress → reported → closed; approved may
    // go back to draft.
    void setStatus(qint64 auditId, int expectedVersion, AuditStatus status);

    QList<AuditedUnit> units(qint64 auditId);
    void setUnits(qint64 auditId, const QList<qint64>& unitIds); // refuses to drop a unit with recorded results
    void setSchedule(qint64 auditId, qint64 unitId, const QDate& date);

    QList<qint64> team(qint64 auditId);
    void setTeam(qint64 auditId, const QList<qint64>& personIds); // auditors and chief auditors only
    QList<Assignment> assignments(qint64 auditId);
    // Refused, unless a reason is given, when the auditor belongs to the unit or one below it.
    qint64 assign(qint64 auditId, qint64 unitId, qint64 personId, const QString& exceptionReason = {});
    // Several assignments (their unit, person and exception reason) in one transaction, each checked as above: all
    // of them or none. Returns the new ids in their order.
    QList<qint64> assign(qint64 auditId, const QList<Assignment>& assignments);
    void unassign(qint64 assignmentId, int expectedVersion);
    QList<Assignment> exceptions(qint64 auditId);
    bool isIndependent(qint64 personId, qint64 unitId);

    // Next year's audit from this one: same scope, team, assignments and chapters, the checklist's current
    // version, no results; it remembers this audit so last year's results can be shown beside this year's.
    qint64 createNextYear(qint64 auditId);

Q_SIGNALS:
    void changed(qint64 auditId);

private:
    // Throws PermissionDenied unless the person may plan the stored audit.
    void requirePlanner(qint64 auditId, const QString& what);
    void requireEditable(const AuditPlan& plan, const QString& what) const;
    void writeChapters(VersionedRows& changes, qint64 auditId, const QStringList& chapters);
    // The audit's team as these people, logged as one field of the audit.
    void writeTeam(VersionedRows& changes, qint64 auditId, const QSet<qint64>& people);
    void validate(const AuditPlan& plan);

    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
};

} // namespace kansa
