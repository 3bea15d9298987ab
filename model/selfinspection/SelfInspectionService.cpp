#include "SelfInspectionService.h"

#include "checklist/ChecklistLibrary.h"
#include "checklist/ItemCorrespondence.h"
#include "common/Error.h"
#include "org/Role.h"
#include "store/Database.h"
#include "store/VersionedRows.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QString newToken()
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

SelfInspectionService::SelfInspectionService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_access(m_db, m_session)
{}

bool SelfInspectionService::canStartCampaigns() const
{
    return m_access.reachesEverything(Operation::StartCampaigns);
}

bool SelfInspectionService::canManage(qint64 campaignId)
{
    return m_access.allows(Operation::ManageCampaign, m_access.campaign(campaignId));
}

bool SelfInspectionService::canAnswer(qint64 campaignId, qint64 unitId)
{
    return m_access.allows(Operation::AnswerSelfInspection, m_access.campaignUnit(campaignId, unitId));
}

bool SelfInspectionService::canChangeAnswers(qint64 campaignId, qint64 unitId)
{
    if (!canAnswer(campaignId, unitId))
        return false;
    const CampaignUnitStatus status = unit(campaignId, unitId).status;
    return status != CampaignUnitStatus::Submitted && status != CampaignUnitStatus::Accepted;
}

bool SelfInspectionService::canRead(qint64 campaignId, qint64 unitId)
{
    return m_access.allows(Operation::ReadSelfInspection, m_access.campaignUnit(campaignId, unitId));
}

void SelfInspectionService::requireManage(qint64 campaignId, const QString& what)
{
    m_access.require(Operation::ManageCampaign, m_access.campaign(campaignId), what);
}

void SelfInspectionService::requireRead(qint64 campaignId, qint64 unitId)
{
    m_access.require(Operation::ReadSelfInspection, m_access.campaignUnit(campaignId, unitId),
                     tr("see this unit's self-inspection"));
}

QList<Campaign> SelfInspectionService::campaigns()
{
    return storedCampaigns(0);
}

QList<Campaign> SelfInspectionService::storedCampaigns(qint64 id)
{
    QList<Campaign> list;
    QSqlQuery query = m_db.exec(u"SELECT id, fiscal_year, title, checklist_key, checklist_version, deadline, "
                                "COALESCE(owner_id, 0), "_s %
                                    VersionedRows::stampColumns() % u" FROM campaigns"_s %
                                    (id ? u" WHERE id = ?"_s : QString()) % u" ORDER BY fiscal_year DESC, id DESC"_s,
                                id ? QVariantList{id} : QVariantList());
    while (query.next()) {
        Campaign c;
        c.id = query.value(0).toLongLong();
        c.fiscalYear = query.value(1).toInt();
        c.title = query.value(2).toString();
        c.checklistKey = query.value(3).toString();
        c.checklistVersion = query.value(4).toInt();
        c.deadline = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        c.ownerId = query.value(6).toLongLong();
        c.stamp = VersionedRows::readStamp(query, 7);
        list << c;
    }
    for (Campaign& c : list) {
        QSqlQuery chapters = m_db.exec(u"SELECT chapter FROM campaign_chapters WHERE campaign_id = ?"_s, {c.id});
        while (chapters.next())
            c.chapters << chapters.value(0).toString();
    }
    return list;
}

Campaign SelfInspectionService::campaign(qint64 id)
{
    const QList<Campaign> found = storedCampaigns(id);
    if (found.isEmpty())
        throw Error(tr("The self-inspection campaign no longer exists."));
    return found.constFirst();
}

qint64 SelfInspectionService::createCampaign(const Campaign& campaign, const QList<qint64>& unitIds)
{
    m_access.require(Operation::StartCampaigns, m_access.organisation(), tr("start a self-inspection campaign"));
    if (campaign.title.trimmed().isEmpty())
        throw Error(tr("The campaign needs a title."));
    if (unitIds.isEmpty())
        throw Error(tr("The campaign needs at least one unit."));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const QVariant version =
            m_db.scalar(u"SELECT current_version FROM checklists WHERE checklist_key = ?"_s, {campaign.checklistKey});
        if (!version.isValid())
            throw Error(tr("The checklist %1 is not in the library.").arg(campaign.checklistKey));
        const qint64 id = changes.insert(
            u"campaigns"_s,
            {{u"fiscal_year"_s, campaign.fiscalYear},
             {u"title"_s, campaign.title.trimmed()},
             {u"checklist_key"_s, campaign.checklistKey},
             {u"checklist_version"_s, campaign.checklistVersion ? campaign.checklistVersion : version.toInt()},
             {u"deadline"_s,
              campaign.deadline.isValid() ? QVariant(campaign.deadline.toString(Qt::ISODate)) : QVariant()},
             {u"owner_id"_s, m_session.personId ? QVariant(m_session.personId) : QVariant()}});
        changes.replaceSet(u"campaign_chapters"_s, {{u"campaign_id"_s, id}}, u"chapter"_s, campaign.chapters,
                           u"campaigns"_s, id, u"chapters"_s);
        for (qint64 unit : QSet<qint64>(unitIds.begin(), unitIds.end()))
            changes.insert(u"campaign_units"_s,
                           {{u"campaign_id"_s, id},
                            {u"unit_id"_s, unit},
                            {u"status"_s, SelfInspectionTexts::key(CampaignUnitStatus::NotStarted)},
                            {u"token"_s, newToken()}});
        changes.announce(this, [=, this] { Q_EMIT changed(id, 0); });
        return id;
    });
}

QList<CampaignUnit> SelfInspectionService::units(qint64 campaignId)
{
    QList<CampaignUnit> list = storedUnits(campaignId, 0);
    AccessTarget target = m_access.campaignUnit(campaignId, 0);
    list.removeIf([&](const CampaignUnit& unit) {
        target.unitId = unit.unitId;
        return !m_access.allows(Operation::ReadSelfInspection, target);
    });
    return list;
}

QList<CampaignUnit> SelfInspectionService::storedUnits(qint64 campaignId, qint64 unitId)
{
    QList<CampaignUnit> list;
    QSqlQuery query =
        m_db.exec(u"SELECT c.id, c.unit_id, c.status, COALESCE(c.return_reason, ''), c.token, "_s %
                      VersionedRows::stampColumns(u"c"_s) %
                      u" FROM campaign_units c JOIN units u ON u.id = c.unit_id WHERE c.campaign_id = ?"_s %
                      (unitId ? u" AND c.unit_id = ?"_s : QString()) % u" ORDER BY u.sort_order, u.id"_s,
                  unitId ? QVariantList{campaignId, unitId} : QVariantList{campaignId});
    while (query.next())
        list << CampaignUnit{query.value(0).toLongLong(),
                             query.value(1).toLongLong(),
                             SelfInspectionTexts::status(query.value(2).toString()),
                             query.value(3).toString(),
                             query.value(4).toString(),
                             VersionedRows::readStamp(query, 5)};
    return list;
}

CampaignUnit SelfInspectionService::unit(qint64 campaignId, qint64 unitId)
{
    requireRead(campaignId, unitId);
    const QList<CampaignUnit> found = storedUnits(campaignId, unitId);
    if (found.isEmpty())
        throw Error(tr("The unit is not part of this self-inspection campaign."));
    return found.constFirst();
}

const Checklist& SelfInspectionService::checklist(qint64 campaignId)
{
    const auto cached = m_checklists.constFind(campaignId);
    if (cached != m_checklists.cend())
        return *cached;
    const Campaign c = campaign(campaignId);
    ChecklistLibrary library(m_db, m_session);
    return *m_checklists.insert(campaignId, library.load(c.checklistKey, c.checklistVersion));
}

QList<const ChecklistItem*> SelfInspectionService::items(qint64 campaignId)
{
    const auto cached = m_items.constFind(campaignId);
    if (cached != m_items.cend())
        return *cached;
    const QStringList chapters = campaign(campaignId).chapters;
    QList<const ChecklistItem*> list;
    for (const ChecklistChapter& chapter : checklist(campaignId).chapters) {
        if (!chapters.isEmpty() && !chapters.contains(chapter.number))
            continue;
        for (const ChecklistSection& section : chapter.sections) {
            for (const ChecklistItem& item : section.items)
                list << &item;
        }
    }
    return *m_items.insert(campaignId, list);
}

QHash<QString, UnitAnswer> SelfInspectionService::answers(qint64 campaignId, qint64 unitId)
{
    requireRead(campaignId, unitId);
    QHash<QString, UnitAnswer> map;
    QSqlQuery query = m_db.exec(u"SELECT id, item_key, answer, comment, "_s % VersionedRows::stampColumns() %
                                    u" FROM campaign_answers WHERE campaign_id = ? AND unit_id = ?"_s,
                                {campaignId, unitId});
    while (query.next()) {
        const UnitAnswer answer{query.value(0).toLongLong(), query.value(1).toString(),
                                SelfInspectionTexts::answer(query.value(2).toString()), query.value(3).toString(),
                                VersionedRows::readStamp(query, 4)};
        map.insert(answer.itemKey, answer);
    }
    return map;
}

UnitAnswer SelfInspectionService::setAnswer(qint64 campaignId, qint64 unitId, const QString& itemKey, Answer answer,
                                            const QString& comment, int expectedVersion)
{
    m_access.require(Operation::AnswerSelfInspection, m_access.campaignUnit(campaignId, unitId),
                     tr("answer for this unit"));
    const CampaignUnit state = unit(campaignId, unitId);
    if (state.status == CampaignUnitStatus::Submitted || state.status == CampaignUnitStatus::Accepted)
        throw Error(tr("The answers are %1 and locked until the campaign's owner returns them.")
                        .arg(SelfInspectionTexts::name(state.status)));
    bool known = false;
    for (const ChecklistItem* item : items(campaignId))
        known |= item->id == itemKey;
    if (!known)
        throw Error(tr("The item %1 is not part of this campaign.").arg(itemKey));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const QVariant existing =
            m_db.scalar(u"SELECT id FROM campaign_answers WHERE campaign_id = ? AND unit_id = ? AND item_key = ?"_s,
                        {campaignId, unitId, itemKey});
        if (existing.isValid())
            changes.update(u"campaign_answers"_s, existing.toLongLong(), expectedVersion, itemKey,
                           {{u"answer"_s, SelfInspectionTexts::key(answer)}, {u"comment"_s, comment}});
        else if (expectedVersion != 0)
            throw StaleEdit(tr("The answer to %1 has been removed in the meantime.").arg(itemKey));
        else
            changes.insert(u"campaign_answers"_s, {{u"campaign_id"_s, campaignId},
                                                   {u"unit_id"_s, unitId},
                                                   {u"item_key"_s, itemKey},
                                                   {u"answer"_s, SelfInspectionTexts::key(answer)},
                                                   {u"comment"_s, comment}});
        if (state.status == CampaignUnitStatus::NotStarted)
            changes.update(u"campaign_units"_s, state.id, state.stamp.version, tr("self-inspection"),
                           {{u"status"_s, SelfInspectionTexts::key(CampaignUnitStatus::InProgress)}});
        changes.announce(this, [=, this] { Q_EMIT changed(campaignId, unitId); });
    });
    return answers(campaignId, unitId).value(itemKey);
}

void SelfInspectionService::delegate(qint64 campaignId, qint64 unitId, qint64 personId)
{
    m_access.require(Operation::DelegateSelfInspection, m_access.campaignUnit(campaignId, unitId),
                     tr("delegate answering"));
    if (m_db.scalar(u"SELECT unit_id FROM people WHERE id = ?"_s, {personId}).toLongLong() != unitId)
        throw Error(tr("Only people of the unit can answer for it."));
    const CampaignUnit state = unit(campaignId, unitId);
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const ColumnValues owner{{u"campaign_id"_s, campaignId}, {u"unit_id"_s, unitId}};
        QStringList delegates;
        QSqlQuery stored = m_db.exec(
            u"SELECT person_id FROM campaign_delegates WHERE campaign_id = ? AND unit_id = ?"_s, {campaignId, unitId});
        while (stored.next())
            delegates << stored.value(0).toString();
        stored.finish();
        changes.replaceSet(u"campaign_delegates"_s, owner, u"person_id"_s, delegates << QString::number(personId),
                           u"campaign_units"_s, state.id, u"delegates"_s);
    });
}

void SelfInspectionService::setStatus(qint64 campaignId, qint64 unitId, CampaignUnitStatus status,
                                      const QString& reason)
{
    const CampaignUnit state = unit(campaignId, unitId);
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(u"campaign_units"_s, state.id, state.stamp.version, tr("self-inspection"),
                       {{u"status"_s, SelfInspectionTexts::key(status)},
                        {u"return_reason"_s, reason.isEmpty() ? QVariant() : QVariant(reason)}});
        changes.announce(this, [=, this] { Q_EMIT changed(campaignId, unitId); });
    });
}

void SelfInspectionService::submit(qint64 campaignId, qint64 unitId)
{
    m_access.require(Operation::SubmitSelfInspection, m_access.campaignUnit(campaignId, unitId),
                     tr("submit the answers"));
    const CampaignUnit state = unit(campaignId, unitId);
    if (state.status == CampaignUnitStatus::Submitted || state.status == CampaignUnitStatus::Accepted)
        throw Error(tr("The answers are already %1.").arg(SelfInspectionTexts::name(state.status)));
    setStatus(campaignId, unitId, CampaignUnitStatus::Submitted, {});
}

void SelfInspectionService::accept(qint64 campaignId, qint64 unitId)
{
    requireManage(campaignId, tr("accept answers"));
    if (unit(campaignId, unitId).status != CampaignUnitStatus::Submitted)
        throw Error(tr("Only submitted answers can be accepted."));
    setStatus(campaignId, unitId, CampaignUnitStatus::Accepted, {});
}

void SelfInspectionService::returnForRework(qint64 campaignId, qint64 unitId, const QString& reason)
{
    requireManage(campaignId, tr("return answers for rework"));
    if (reason.trimmed().isEmpty())
        throw Error(tr("Say why the answers go back, so the unit knows what to rework."));
    const CampaignUnitStatus status = unit(campaignId, unitId).status;
    if (status != CampaignUnitStatus::Submitted && status != CampaignUnitStatus::Accepted)
        throw Error(tr("Only submitted or accepted answers can be returned."));
    setStatus(campaignId, unitId, CampaignUnitStatus::Returned, reason.trimmed());
}

int SelfInspectionService::applyReturnedAnswers(qint64 campaignId, qint64 unitId,
                                                const QHash<QString, UnitAnswer>& returned)
{
    return applyReturnedAnswers(QList<ReturnedAnswers>{{campaignId, unitId, returned}});
}

int SelfInspectionService::applyReturnedAnswers(const QList<ReturnedAnswers>& returned)
{
    QList<CampaignUnit> states;
    for (const ReturnedAnswers& unitAnswers : returned) {
        requireManage(unitAnswers.campaignId, tr("import returned workbooks"));
        states << unit(unitAnswers.campaignId, unitAnswers.unitId);
        if (states.constLast().status == CampaignUnitStatus::Accepted)
            throw Error(tr("The unit's answers were accepted; return them for rework before importing again."));
    }
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        int written = 0;
        QList<ColumnValues> added; // of every unit, written together
        for (qsizetype u = 0; u < returned.size(); ++u) {
            const qint64 campaignId = returned[u].campaignId;
            const qint64 unitId = returned[u].unitId;
            const QHash<QString, UnitAnswer>& given = returned[u].answers;
            const CampaignUnit& state = states[u];
            const QHash<QString, UnitAnswer> current = answers(campaignId, unitId);
            int unitWritten = 0;
            for (const UnitAnswer& answer : given) {
                const auto found = current.constFind(answer.itemKey);
                const ColumnValues values{{u"answer"_s, SelfInspectionTexts::key(answer.answer)},
                                          {u"comment"_s, answer.comment}};
                if (found == current.cend()) {
                    if (answer.answer == Answer::Unanswered && answer.comment.isEmpty())
                        continue;
                    added.append(ColumnValues{{u"campaign_id"_s, campaignId},
                                              {u"unit_id"_s, unitId},
                                              {u"item_key"_s, answer.itemKey}} +
                                 values);
                } else if (found->answer != answer.answer || found->comment != answer.comment) {
                    changes.update(u"campaign_answers"_s, found->id, found->stamp.version, answer.itemKey, values);
                } else {
                    continue;
                }
                ++unitWritten;
            }
            int answered = 0;
            for (const UnitAnswer& answer : given)
                answered += answer.answer != Answer::Unanswered ? 1 : 0;
            const CampaignUnitStatus status =
                answered == items(campaignId).size() ? CampaignUnitStatus::Submitted : CampaignUnitStatus::InProgress;
            if (unitWritten > 0 || status != state.status)
                changes.update(u"campaign_units"_s, state.id, state.stamp.version, tr("self-inspection"),
                               {{u"status"_s, SelfInspectionTexts::key(status)}});
            if (unitWritten > 0)
                changes.announce(this, [=, this] { Q_EMIT changed(campaignId, unitId); });
            written += unitWritten;
        }
        changes.insertAll(u"campaign_answers"_s, added);
        return written;
    });
}

SelfInspectionService::UnitProgress SelfInspectionService::progress(qint64 campaignId, qint64 unitId)
{
    UnitProgress progress;
    progress.total = static_cast<int>(items(campaignId).size());
    progress.answered = m_db.scalar(u"SELECT COUNT(*) FROM campaign_answers WHERE campaign_id = ? AND unit_id = ? "
                                    "AND answer <> ?"_s,
                                    {campaignId, unitId, SelfInspectionTexts::key(Answer::Unanswered)})
                            .toInt();
    return progress;
}

QHash<qint64, QHash<QString, SelfInspectionService::AnswerCounts>> SelfInspectionService::matrix(qint64 campaignId)
{
    QHash<QString, QString> chapterOf;
    for (const ChecklistChapter& chapter : checklist(campaignId).chapters) {
        for (const ChecklistSection& section : chapter.sections) {
            for (const ChecklistItem& item : section.items)
                chapterOf.insert(item.id, chapter.number);
        }
    }
    QHash<qint64, QHash<QString, AnswerCounts>> cells;
    for (const CampaignUnit& unit : units(campaignId)) {
        auto& row = cells[unit.unitId];
        const QHash<QString, UnitAnswer> given = answers(campaignId, unit.unitId);
        for (const ChecklistItem* item : items(campaignId)) {
            AnswerCounts& counts = row[chapterOf.value(item->id)];
            ++counts[static_cast<std::size_t>(given.value(item->id).answer)];
        }
    }
    return cells;
}

QList<QPair<QString, int>> SelfInspectionService::mostOftenNo(qint64 campaignId, int limit)
{
    QHash<QString, int> counts;
    for (const CampaignUnit& unit : units(campaignId)) {
        for (const UnitAnswer& answer : answers(campaignId, unit.unitId)) {
            if (answer.answer == Answer::No)
                ++counts[answer.itemKey];
        }
    }
    QList<QPair<QString, int>> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list << qMakePair(it.key(), it.value());
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return list.mid(0, limit);
}

QList<SelfInspectionService::Disagreement> SelfInspectionService::comparisonWithAudit(qint64 campaignId)
{
    const Campaign c = campaign(campaignId);
    QList<Disagreement> list;
    // The year's audits may ask another checklist (a revision, the standards behind a staff sheet): the campaign's
    // items are compared with the items the crosswalks map them to, read once for all units.
    QList<ChecklistRef> audited;
    QSqlQuery checklists = m_db.exec(u"SELECT DISTINCT checklist_key, checklist_version FROM audits WHERE "
                                     "fiscal_year = ?"_s,
                                     {c.fiscalYear});
    while (checklists.next())
        audited << ChecklistRef{checklists.value(0).toString(), checklists.value(1).toInt()};
    checklists.finish();
    QList<ItemCorrespondence> toAudits;
    for (const ChecklistRef& ref : std::as_const(audited))
        toAudits << ItemCorrespondence::between(m_db, {c.checklistKey, c.checklistVersion}, ref);
    QHash<QString, QStringList> auditedKeys; // campaign item -> the audited items it is compared with
    for (const ChecklistItem* item : items(campaignId)) {
        QStringList& keys = auditedKeys[item->id];
        // The staff sheet asks about standards items: its items are compared with the items they derive from.
        keys << item->derivedFrom;
        // The item itself where an audit asks the same checklist version (or keeps the id in another).
        for (const ItemCorrespondence& correspondence : std::as_const(toAudits))
            keys << correspondence.counterparts(item->id);
        keys.removeDuplicates();
    }
    for (const CampaignUnit& unit : units(campaignId)) {
        QHash<QString, QString> audited; // item -> result, in the audits of the same fiscal year
        QSqlQuery query =
            m_db.exec(u"SELECT r.item_key, r.result FROM audit_results r JOIN audits a ON a.id = r.audit_id "
                      "WHERE a.fiscal_year = ? AND r.unit_id = ?"_s,
                      {c.fiscalYear, unit.unitId});
        while (query.next())
            audited.insert(query.value(0).toString(), query.value(1).toString());
        if (audited.isEmpty())
            continue;
        const QHash<QString, UnitAnswer> given = answers(campaignId, unit.unitId);
        for (const ChecklistItem* item : items(campaignId)) {
            const Answer answer = given.value(item->id).answer;
            if (answer != Answer::Yes && answer != Answer::No)
                continue;
            for (const QString& key : auditedKeys.value(item->id)) {
                const QString result = audited.value(key);
                const bool auditedBad = result == u"non_conforming"_s || result == u"partly_conforming"_s;
                const bool auditedGood = result == u"conforming"_s;
                if ((answer == Answer::Yes && auditedBad) || (answer == Answer::No && auditedGood))
                    list << Disagreement{unit.unitId, item->id, key,
                                         answer,      result,   answer == Answer::Yes && result == u"non_conforming"_s};
            }
        }
    }
    // The ones that stand out first.
    std::stable_sort(list.begin(), list.end(),
                     [](const Disagreement& a, const Disagreement& b) { return a.standsOut && !b.standsOut; });
    return list;
}

} // namespace kansa
