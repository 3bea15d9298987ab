#pragma once

#include "common/RowStamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kansa {

// ○ 実施している / △ 一部実施 / × 実施していない / － 該当しない / (blank) 未回答
enum class Answer
{
    Unanswered,
    Yes,
    Partly,
    No,
    NotApplicable
};
enum class CampaignUnitStatus
{
    NotStarted,
    InProgress,
    Submitted,
    Accepted,
    Returned
};

// A self-inspection campaign (自己点検) of a fiscal year: a checklist (or chosen chapters), the units asked and
// a deadline.
struct Campaign
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString title;
    QString checklistKey;
    int checklistVersion = 0;
    QDate deadline;
    qint64 ownerId = 0;
    QStringList chapters; // empty: the whole checklist
    RowStamp stamp;
};

struct CampaignUnit
{
    qint64 id = 0;
    qint64 unitId = 0;
    CampaignUnitStatus status = CampaignUnitStatus::NotStarted;
    QString returnReason;
    QString token; // a random value written into the unit's workbook, so a return cannot be mistaken
    RowStamp stamp;
};

struct UnitAnswer
{
    qint64 id = 0;
    QString itemKey;
    Answer answer = Answer::Unanswered;
    QString comment;
    RowStamp stamp;
};

class SelfInspectionTexts final
{
    Q_DECLARE_TR_FUNCTIONS(SelfInspectionTexts)

public:
    static QString key(Answer answer);
    static Answer answer(const QString& key);
    static QString symbol(Answer answer); // ○ △ × － or empty
    static QString name(Answer answer);
    static QString key(CampaignUnitStatus status);
    static CampaignUnitStatus status(const QString& key);
    static QString name(CampaignUnitStatus status);
    // Reads an answer as people type it: ○〇◯ はい yes, △ 一部, × ✕ いいえ no, － - ー 該当なし, in full or half
    // width; empty is unanswered; anything else is no answer at all (nullopt), never guessed.
    static std::optional<Answer> parse(const QString& text);
};

} // namespace kansa
