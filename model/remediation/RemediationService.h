#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "remediation/Remediation.h"

#include <QHash>
#include <QObject>

namespace kansa {

class Database;

// Remediation of findings (評価・見直し (7)) and the exceptions register (7.4). The unit of a finding proposes
// its plan, works its actions and reports progress (a correction is a new report, never an edit of the past);
// the chief auditor or the auditors assigned to the unit verify completion or send the plan back; the CISO
// decides exceptions and may accept a risk on a plan by linking an approved exception. The CISO, the chief
// information security manager, auditors and the administrator read all; a unit reads its own.
class RemediationService final : public QObject
{
    Q_OBJECT

public:
    RemediationService(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }
    bool canRead(qint64 unitId);

    // Whether the person reads every unit's remediation (AccessPolicy: ReadRemediation everywhere).
    bool readsAll() const;

    // today decides what is overdue.
    QList<RemediationPlan> plans(const PlanFilter& filter = {}, const QDate& today = QDate::currentDate());
    // A list of tens of thousands of plans, read as it is seen: the plans of one range in the order given (filtered,
    // sorted and cut in the query) and, in `selected`, how many the filter selects, counted by the same query (so a
    // range past the end counts none); and where a plan stands in the list (-1: not selected). Each is two queries,
    // however many plans there are.
    QList<RemediationPlan> planRange(const PlanFilter& filter, PlanOrder order, Qt::SortOrder direction, int first,
                                     int count, const QDate& today = QDate::currentDate(), int* selected = nullptr);
    int planRow(qint64 planId, const PlanFilter& filter, PlanOrder order, Qt::SortOrder direction,
                const QDate& today = QDate::currentDate());
    // The fiscal years that have plans the person may read, newest first.
    QList<int> planYears();
    // The plan of a finding, if the person may read it.
    std::optional<RemediationPlan> planOfFinding(qint64 findingId);
    RemediationPlan plan(qint64 planId);
    // The finding's unit proposes the plan with its first actions, in one transaction.
    qint64 proposePlan(qint64 findingId, const QString& summary, const QList<RemediationAction>& actions);
    qint64 addAction(qint64 planId, const RemediationAction& action);
    void completeAction(qint64 actionId, int expectedVersion);
    // The allowed steps, and who takes them: the unit starts and completes; an auditor verifies or sends
    // back (a note is required for both); the CISO accepts the risk with an approved, valid exception.
    // Verifying also names the evidence seen.
    void setStatus(qint64 planId, int expectedVersion, PlanStatus status, const QString& note = {},
                   qint64 exceptionId = 0, const QString& evidence = {});

    // The findings of the person's own unit that have no plan yet; empty for a person without a unit.
    QList<UnplannedFinding> findingsWithoutPlan();
    // The signed-in auditor's follow-up: findings without a plan first, then plans to verify; oldest first.
    QList<FollowUp> followUps();

    void addProgressReport(qint64 planId, const ProgressReport& report);
    QList<ProgressReport> progressReports(qint64 planId);

    QList<SecurityException> exceptions(int expiringWithinDays = -1, const QDate& today = QDate::currentDate());
    qint64 requestException(const SecurityException& exception);
    // The comment (the reason for the decision, its conditions) is required.
    void decideException(qint64 exceptionId, int expectedVersion, ExceptionDecision decision, const QString& comment,
                         const QDate& validFrom, const QDate& validUntil, const QDate& nextReviewOn);

    // 横断的な確認: the CISO or the chief auditor asks units (none chosen: every unit without sub-units) whether
    // the finding's problem exists there too. A unit answers once; "exists" raises a finding in the unit, linked
    // to the original, with a plan not yet started, and returns the new finding's id.
    qint64 askCrossCheck(qint64 findingId, const QString& question, QList<qint64> unitIds, const QDate& dueOn);
    QList<CrossCheck> crossChecks(qint64 findingId = 0); // 0: every check; a unit sees the checks it is asked
    qint64 answerCrossCheck(qint64 crossCheckUnitId, int expectedVersion, CrossCheckAnswer answer, const QString& note);

    // The CISO asks for progress reports by a date (unitId 0: every unit with open plans); a unit owes a report
    // for each open plan it has not reported on since the request.
    qint64 requestProgress(qint64 unitId, const QDate& dueOn, const QString& message);
    QList<ProgressRequest> progressRequests();
    QList<OwedReport> owedReports(qint64 unitId = -1);

Q_SIGNALS:
    void changed();

private:
    // The plans the condition selects (over the plans' tables, or the source given), in the order given (with a
    // LIMIT: a range), with their actions and latest progress, in two queries.
    QList<RemediationPlan> loadPlans(const QString& where, const QVariantList& binds, const QString& order,
                                     const QString& source = {}, int* selected = nullptr);
    QString planConditions(const PlanFilter& filter, const QDate& today, QVariantList& binds) const;
    void requireUnit(qint64 unitId, const QString& what);

    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
};

} // namespace kansa
