#include "SelfInspection.h"

#include "common/EnumKeys.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const EnumKey<Answer> answerKeys[] = {{Answer::Unanswered, u"unanswered"},
                                      {Answer::Yes, u"yes"},
                                      {Answer::Partly, u"partly"},
                                      {Answer::No, u"no"},
                                      {Answer::NotApplicable, u"not_applicable"}};
const EnumKey<CampaignUnitStatus> statusKeys[] = {{CampaignUnitStatus::NotStarted, u"not_started"},
                                                  {CampaignUnitStatus::InProgress, u"in_progress"},
                                                  {CampaignUnitStatus::Submitted, u"submitted"},
                                                  {CampaignUnitStatus::Accepted, u"accepted"},
                                                  {CampaignUnitStatus::Returned, u"returned"}};

} // namespace

QString SelfInspectionTexts::key(Answer answer)
{
    return keyOf(answerKeys, answer);
}

Answer SelfInspectionTexts::answer(const QString& key)
{
    return valueOf(answerKeys, key);
}

QString SelfInspectionTexts::symbol(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return u"○"_s;
    case Answer::Partly:
        return u"△"_s;
    case Answer::No:
        return u"×"_s;
    case Answer::NotApplicable:
        return u"－"_s;
    case Answer::Unanswered:
        break;
    }
    return {};
}

QString SelfInspectionTexts::name(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return tr("○ Done");
    case Answer::Partly:
        return tr("△ Partly done");
    case Answer::No:
        return tr("× Not done");
    case Answer::NotApplicable:
        return tr("－ Not applicable");
    case Answer::Unanswered:
        return tr("Unanswered");
    }
    return {};
}

QString SelfInspectionTexts::key(CampaignUnitStatus status)
{
    return keyOf(statusKeys, status);
}

CampaignUnitStatus SelfInspectionTexts::status(const QString& key)
{
    return valueOf(statusKeys, key);
}

QString SelfInspectionTexts::name(CampaignUnitStatus status)
{
    switch (status) {
    case CampaignUnitStatus::NotStarted:
        return tr("Not started");
    case CampaignUnitStatus::InProgress:
        return tr("In progress");
    case CampaignUnitStatus::Submitted:
        return tr("Submitted");
    case CampaignUnitStatus::Accepted:
        return tr("Accepted");
    case CampaignUnitStatus::Returned:
        return tr("Returned for rework");
    }
    return {};
}

std::optional<Answer> SelfInspectionTexts::parse(const QString& text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (t.isEmpty())
        return Answer::Unanswered;
    static const QStringList yes{u"○"_s, u"〇"_s, u"◯"_s, u"o"_s, u"はい"_s, u"yes"_s, u"y"_s, u"実施している"_s};
    static const QStringList partly{u"△"_s, u"▲"_s, u"一部"_s, u"一部実施"_s, u"partly"_s, u"partial"_s};
    static const QStringList no{u"×"_s, u"✕"_s, u"✖"_s, u"x"_s, u"いいえ"_s, u"no"_s, u"n"_s, u"実施していない"_s};
    static const QStringList notApplicable{u"－"_s, u"-"_s,        u"ー"_s,         u"―"_s,   u"—"_s,
                                           u"‐"_s,  u"該当なし"_s, u"該当しない"_s, u"n/a"_s, u"na"_s};
    if (yes.contains(t))
        return Answer::Yes;
    if (partly.contains(t))
        return Answer::Partly;
    if (no.contains(t))
        return Answer::No;
    if (notApplicable.contains(t))
        return Answer::NotApplicable;
    return std::nullopt;
}

} // namespace kansa
