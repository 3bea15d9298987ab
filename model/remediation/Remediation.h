#pragma once

#include "common/RowStamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

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
    qint64 unitId = 0;
    QString findingTitle;
    PlanStatus status = PlanStatus::NotStarted;
    QString summary;
    qint64 exceptionId = 0;
    QString verificationNote;
    QList<RemediationAction> actions;
    RowStamp stamp;
    bool open() const { return status != PlanStatus::Verified && status != PlanStatus::RiskAccepted; }
    bool overdue(const QDate& today) const;
    QDate nextDue() const;
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
    QDate decidedOn;
    QDate validFrom;
    QDate validUntil;
    QDate nextReviewOn;
    RowStamp stamp;
    bool expired(const QDate& today) const { return validUntil.isValid() && validUntil < today; }
    bool reviewDue(const QDate& today) const { return nextReviewOn.isValid() && nextReviewOn <= today; }
};

class RemediationTexts final
{
    Q_DECLARE_TR_FUNCTIONS(RemediationTexts)

public:
    static QString key(PlanStatus status);
    static PlanStatus status(const QString& key);
    static QString name(PlanStatus status);
    static QString key(ExceptionDecision decision);
    static ExceptionDecision decision(const QString& key);
    static QString name(ExceptionDecision decision);
};

} // namespace kansa
