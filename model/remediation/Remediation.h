#pragma once

#include "common/RowStamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace kansa {

// 未着手 / 対応中 / 完了(確認待ち) / 確認済 / リスク受容
enum class PlanStatus
{
    NotStarted,
    InProgress,
    Completed,
    Verified,
    RiskAccepted
};
enum class ExceptionDecision
{
    Pending,
    Approved,
    Rejected
};
// A unit's answer to a cross-department check: not yet, the same problem exists here, or it does not.
enum class CrossCheckAnswer
{
    Pending,
    Exists,
    Absent
};

struct RemediationAction
{
    qint64 id = 0;
    QString description;
    qint64 ownerId = 0;
    QDate dueOn;
    bool done = false;
    RowStamp stamp;
    bool overdue(const QDate& today) const { return !done && dueOn.isValid() && dueOn < today; }
};

struct ProgressReport
{
    qint64 id = 0;
    QDate reportedOn;
    int percent = 0;
    QString narrative;
    QString evidence;
    QDateTime createdAt;
    QString createdBy;
};

// The remediation plan (改善計画) of one finding.
struct RemediationPlan
{
    qint64 id = 0;
    qint64 findingId = 0;
    qint64 auditId = 0;
    int fiscalYear = 0; // of the finding's audit
    qint64 unitId = 0;
    QString findingTitle;
    QString severity;           // the finding's severity key
    qint64 originFindingId = 0; // set when a cross-department check raised the finding
    PlanStatus status = PlanStatus::NotStarted;
    QString summary;
    qint64 exceptionId = 0;
    QString verificationNote;
    QString verificationEvidence; // what the verifier saw: documents, records, screens
    QDate closedOn;               // verified or risk accepted on
    QList<RemediationAction> actions;
    int latestPercent = -1; // of the latest progress report; -1: none yet
    RowStamp stamp;
    bool open() const { return status != PlanStatus::Verified && status != PlanStatus::RiskAccepted; }
    bool overdue(const QDate& today) const;
    QDate nextDue() const;
    // A plan of an earlier year's finding that is still open in this fiscal year (繰越).
    bool carriedOver(int year) const { return open() && fiscalYear < year; }
};

// Which plans a list shows. fiscalYear 0: every year; otherwise that year's plans and the open plans
// carried over from earlier years.
struct PlanFilter
{
    qint64 unitId = -1; // -1: every unit the person may read
    int fiscalYear = 0;
    bool overdueOnly = false;
    bool openOnly = false;
    QSet<qint64> units; // empty: every unit
    std::optional<PlanStatus> status;
    QString search; // in the unit's name, the finding's title and the plan's summary
};

// The order of a list of plans: by one of its columns, then by plan.
enum class PlanOrder
{
    Unit,
    FiscalYear,
    Finding,
    Severity,
    Status,
    NextDue,
    Progress
};

// 横断的な確認: whether the problem of a finding exists in other units too.
struct CrossCheckUnit
{
    qint64 id = 0;
    qint64 unitId = 0;
    CrossCheckAnswer answer = CrossCheckAnswer::Pending;
    QString note;
    QDate answeredOn;
    QString answeredBy;
    qint64 createdFindingId = 0;
    RowStamp stamp;
};

struct CrossCheck
{
    qint64 id = 0;
    qint64 findingId = 0;
    QString findingTitle;
    qint64 findingUnitId = 0;
    QString question;
    QDate dueOn;
    QList<CrossCheckUnit> units;
    RowStamp stamp;
    int pending() const;
};

// The CISO's request for progress reports by a date, to one unit or (unitId 0) to every unit with open plans.
struct ProgressRequest
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate requestedOn;
    QDate dueOn;
    QString message;
    RowStamp stamp;
};

// A report a unit owes: an open plan with no progress report since the request was made.
struct OwedReport
{
    qint64 requestId = 0;
    qint64 planId = 0;
    qint64 unitId = 0;
    QString findingTitle;
    QDate dueOn;
    QString message;
    bool late(const QDate& today) const { return dueOn < today; }
};

// An entry of the exceptions register (例外措置, 対策基準 7.4).
struct SecurityException
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString items; // the checklist items or clauses it departs from
    QString reason;
    QString compensatingMeasures;
    QString requestedBy;
    QDate requestedOn;
    ExceptionDecision decision = ExceptionDecision::Pending;
    QString decisionComment; // the CISO's reason for the decision
    QDate decidedOn;
    QDate validFrom;
    QDate validUntil;
    QDate nextReviewOn;
    RowStamp stamp;
    bool expired(const QDate& today) const { return validUntil.isValid() && validUntil < today; }
    bool reviewDue(const QDate& today) const { return nextReviewOn.isValid() && nextReviewOn <= today; }
};

// A finding of the person's unit that has no remediation plan yet: what a plan can be proposed for.
struct UnplannedFinding
{
    qint64 findingId = 0;
    int fiscalYear = 0;
    QString title;
    QString severity;       // the finding's severity key
    QString condition;      // 現状, as the auditor found it
    QString recommendation; // 改善提案
};

// What an auditor follows up after fieldwork, in the audits they lead or the units they are assigned to: a
// finding whose unit has not yet proposed a plan, or a plan reported completed that awaits their verification.
struct FollowUp
{
    enum class Kind
    {
        FindingWithoutPlan,
        PlanToVerify
    };
    Kind kind = Kind::FindingWithoutPlan;
    qint64 findingId = 0;
    qint64 planId = 0; // PlanToVerify only
    qint64 auditId = 0;
    qint64 unitId = 0;
    QString itemKey; // the finding's checklist item
    int fiscalYear = 0;
    QString title;    // the finding's
    QString severity; // the finding's severity key
    QDate since;      // the finding raised, or the plan reported completed
};

class RemediationTexts final
{
    Q_DECLARE_TR_FUNCTIONS(RemediationTexts)

public:
    static QString key(PlanStatus status);
    static PlanStatus status(const QString& key);
    static QString name(PlanStatus status);
    // RemediationPlan::open() in SQL, over the remediation_plans row named plan.
    static QString openCondition(const QString& plan);
    static QString key(ExceptionDecision decision);
    static ExceptionDecision decision(const QString& key);
    static QString name(ExceptionDecision decision);
    static QString key(CrossCheckAnswer answer);
    static CrossCheckAnswer answer(const QString& key);
    static QString name(CrossCheckAnswer answer);
};

} // namespace kansa
