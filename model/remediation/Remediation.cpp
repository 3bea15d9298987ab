#include "Remediation.h"

#include "common/EnumKeys.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

bool RemediationPlan::overdue(const QDate& today) const
{
    if (!open())
        return false;
    for (const RemediationAction& action : actions) {
        if (action.overdue(today))
            return true;
    }
    return false;
}

QDate RemediationPlan::nextDue() const
{
    QDate next;
    for (const RemediationAction& action : actions) {
        if (!action.done && action.dueOn.isValid() && (!next.isValid() || action.dueOn < next))
            next = action.dueOn;
    }
    return next;
}

namespace {

const EnumKey<PlanStatus> statusKeys[] = {{PlanStatus::NotStarted, u"not_started"},
                                          {PlanStatus::InProgress, u"in_progress"},
                                          {PlanStatus::Completed, u"completed"},
                                          {PlanStatus::Verified, u"verified"},
                                          {PlanStatus::RiskAccepted, u"risk_accepted"}};
const EnumKey<ExceptionDecision> decisionKeys[] = {{ExceptionDecision::Pending, u"pending"},
                                                   {ExceptionDecision::Approved, u"approved"},
                                                   {ExceptionDecision::Rejected, u"rejected"}};

} // namespace

QString RemediationTexts::key(PlanStatus status)
{
    return keyOf(statusKeys, status);
}

PlanStatus RemediationTexts::status(const QString& key)
{
    return valueOf(statusKeys, key);
}

QString RemediationTexts::name(PlanStatus status)
{
    switch (status) {
    case PlanStatus::NotStarted:
        return tr("Not started");
    case PlanStatus::InProgress:
        return tr("In progress");
    case PlanStatus::Completed:
        return tr("Completed (awaiting verification)");
    case PlanStatus::Verified:
        return tr("Verified");
    case PlanStatus::RiskAccepted:
        return tr("Risk accepted");
    }
    return {};
}

QString RemediationTexts::key(ExceptionDecision decision)
{
    return keyOf(decisionKeys, decision);
}

ExceptionDecision RemediationTexts::decision(const QString& key)
{
    return valueOf(decisionKeys, key);
}

QString RemediationTexts::name(ExceptionDecision decision)
{
    switch (decision) {
    case ExceptionDecision::Pending:
        return tr("Awaiting decision");
    case ExceptionDecision::Approved:
        return tr("Approved");
    case ExceptionDecision::Rejected:
        return tr("Rejected");
    }
    return {};
}

} // namespace kansa
