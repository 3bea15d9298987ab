#include "Remediation.h"

#include "common/EnumKeys.h"

#include <algorithm>

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

int CrossCheck::pending() const
{
    return static_cast<int>(std::ranges::count_if(
        units, [](const CrossCheckUnit& unit) { return unit.answer == CrossCheckAnswer::Pending; }));
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
const EnumKey<CrossCheckAnswer> answerKeys[] = {{CrossCheckAnswer::Pending, u"pending"},
                                                {CrossCheckAnswer::Exists, u"exists"},
                                                {CrossCheckAnswer::Absent, u"absent"}};

} // namespace

QString RemediationTexts::key(PlanStatus status)
{
    return keyOf(statusKeys, status);
}

PlanStatus RemediationTexts::status(const QString& key)
{
    return valueOf(statusKeys, key);
}

QString RemediationTexts::openCondition(const QString& plan)
{
    return plan % u".status NOT IN ('"_s % key(PlanStatus::Verified) % u"', '"_s % key(PlanStatus::RiskAccepted) %
           u"')"_s;
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

QString RemediationTexts::key(CrossCheckAnswer answer)
{
    return keyOf(answerKeys, answer);
}

CrossCheckAnswer RemediationTexts::answer(const QString& key)
{
    return valueOf(answerKeys, key);
}

QString RemediationTexts::name(CrossCheckAnswer answer)
{
    switch (answer) {
    case CrossCheckAnswer::Pending:
        return tr("Not answered");
    case CrossCheckAnswer::Exists:
        return tr("Exists here too");
    case CrossCheckAnswer::Absent:
        return tr("Does not exist here");
    }
    return {};
}

} // namespace kansa
