#include "DraftReview.h"

#include "checklist/ChecklistReader.h"
#include "checklist/ChecklistWriter.h"
#include "common/Error.h"
#include "exchange/OutputFile.h"
#include "policy/ObligationFinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr qint64 MaxReviewBytes = 64 * 1024 * 1024;

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& element : value.toArray())
        list << element.toString();
    return list;
}

} // namespace

DraftReview::DraftReview(const Derivation& derivation, const QString& policyName, const QString& policyHash)
    : m_checklist(derivation.checklist)
    , m_missing(derivation.missing)
    , m_policyName(policyName)
    , m_policyHash(policyHash)
{
    for (const DraftItem& draft : derivation.items) {
        Entry entry;
        entry.id = draft.item.id;
        entry.matchedId = draft.matchedId;
        entry.score = draft.score;
        entry.isNew = draft.isNew;
        entry.kind = ObligationFinder::kindKey(draft.kind);
        entry.headingPath = draft.headingPath;
        m_entries.insert(entry.id, entry);
    }
    reindex();
}

QString DraftReview::fileFor(const QString& folder, const QString& policyHash)
{
    return QDir(folder).filePath(u"review-"_s % policyHash.left(16) % u".json"_s);
}

DraftReview DraftReview::resume(const QString& folder, const Derivation& derivation, const QString& policyName,
                                const QString& policyHash)
{
    DraftReview review(derivation, policyName, policyHash);
    review.m_file = fileFor(folder, policyHash);
    QFile file(review.m_file);
    if (!file.exists())
        return review;
    if (file.size() > MaxReviewBytes || !file.open(QIODevice::ReadOnly))
        throw Error(tr("The review kept in %1 cannot be read: %2").arg(review.m_file, file.errorString()));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value(u"format"_s).toString() != u"kansa-policy-review"_s)
        throw Error(tr("The review kept in %1 is damaged (%2); move it away to begin the review anew.")
                        .arg(review.m_file, parseError.errorString()));
    const ChecklistReader::Result read = ChecklistReader::readObject(
        root.value(u"checklist"_s).toObject(), review.m_file, [](const QString& pointer) { return pointer; });
    if (read.checklist.chapters.isEmpty())
        throw Error(
            tr("The review kept in %1 holds no checklist; move it away to begin the review anew.").arg(review.m_file));
    review.m_checklist = read.checklist;
    review.m_entries.clear();
    for (const QJsonValue& value : root.value(u"items"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.id = object.value(u"id"_s).toString();
        const QString decision = object.value(u"decision"_s).toString();
        entry.decision = decision == decisionKey(Decision::Accepted)   ? Decision::Accepted
                         : decision == decisionKey(Decision::Rejected) ? Decision::Rejected
                                                                       : Decision::Open;
        entry.edited = object.value(u"edited"_s).toBool();
        entry.matchedId = object.value(u"matched"_s).toString();
        entry.score = object.value(u"score"_s).toDouble();
        entry.isNew = object.value(u"new"_s).toBool();
        entry.kind = object.value(u"kind"_s).toString();
        entry.headingPath = strings(object.value(u"heading_path"_s));
        review.m_entries.insert(entry.id, entry);
    }
    review.reindex();
    return review;
}

void DraftReview::save() const
{
    QJsonArray items;
    for (const QString& id : m_order) {
        const Entry& entry = m_entries[id];
        items.append(QJsonObject{{u"id"_s, entry.id},
                                 {u"decision"_s, decisionKey(entry.decision)},
                                 {u"edited"_s, entry.edited},
                                 {u"matched"_s, entry.matchedId},
                                 {u"score"_s, entry.score},
                                 {u"new"_s, entry.isNew},
                                 {u"kind"_s, entry.kind},
                                 {u"heading_path"_s, strings(entry.headingPath)}});
    }
    const QJsonObject root{{u"format"_s, u"kansa-policy-review"_s},
                           {u"policy"_s, m_policyName},
                           {u"policy_sha256"_s, m_policyHash},
                           {u"checklist"_s, QJsonDocument::fromJson(ChecklistWriter::toJson(m_checklist)).object()},
                           {u"items"_s, items}};
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    OutputFile::write(m_file, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void DraftReview::reindex()
{
    m_order.clear();
    m_positions.clear();
    for (qsizetype c = 0; c < m_checklist.chapters.size(); ++c) {
        const QList<ChecklistSection>& sections = m_checklist.chapters[c].sections;
        for (qsizetype s = 0; s < sections.size(); ++s) {
            for (qsizetype i = 0; i < sections[s].items.size(); ++i) {
                const QString& id = sections[s].items[i].id;
                m_order << id;
                m_positions << Position{c, s, i};
                if (!m_entries.contains(id))
                    m_entries.insert(id, Entry{id});
            }
        }
    }
}

ChecklistItem* DraftReview::find(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return nullptr;
    const Position& at = m_positions[row];
    return &m_checklist.chapters[at.chapter].sections[at.section].items[at.item];
}

const ChecklistItem& DraftReview::item(int row) const
{
    const Position& at = m_positions.at(row);
    return m_checklist.chapters[at.chapter].sections[at.section].items[at.item];
}

const DraftReview::Entry& DraftReview::entry(int row) const
{
    return m_entries.find(m_order.at(row)).value();
}

int DraftReview::rowOf(const QString& id) const
{
    return int(m_order.indexOf(id));
}

DraftReview::Counts DraftReview::counts() const
{
    Counts counts;
    counts.total = size();
    for (const QString& id : m_order) {
        const Entry& entry = m_entries.find(id).value();
        counts.accepted += entry.decision == Decision::Accepted;
        counts.rejected += entry.decision == Decision::Rejected;
        counts.edited += entry.edited;
    }
    return counts;
}

void DraftReview::decide(int row, Decision decision)
{
    m_entries[m_order.at(row)].decision = decision;
}

void DraftReview::edit(int row, const ChecklistItem& edited)
{
    ChecklistItem& item = *find(m_order.at(row));
    if (item.question == edited.question && item.roles == edited.roles && item.level == edited.level &&
        item.evidence == edited.evidence && item.priority == edited.priority)
        return;
    item.question = edited.question;
    item.roles = edited.roles;
    item.level = edited.level;
    item.evidence = edited.evidence;
    item.priority = edited.priority;
    m_entries[item.id].edited = true;
}

int DraftReview::split(int row)
{
    const QString id = m_order.at(row);
    QString newId;
    for (int n = 2; newId.isEmpty() || m_entries.contains(newId); ++n)
        newId = id % u"-"_s % QString::number(n);
    const Position at = m_positions.at(row);
    QList<ChecklistItem>& items = m_checklist.chapters[at.chapter].sections[at.section].items;
    ChecklistItem copy = items[at.item];
    copy.id = newId;
    items.insert(at.item + 1, copy);
    Entry entry = m_entries[id];
    entry.id = newId;
    entry.decision = Decision::Open;
    m_entries[id].decision = Decision::Open;
    m_entries.insert(newId, entry);
    reindex();
    return rowOf(newId);
}

bool DraftReview::merge(int row)
{
    const QString id = m_order.at(row);
    const Position at = m_positions.at(row);
    QList<ChecklistItem>& items = m_checklist.chapters[at.chapter].sections[at.section].items;
    if (at.item + 1 >= items.size())
        return false;
    ChecklistItem& into = items[at.item];
    const ChecklistItem next = items[at.item + 1];
    if (!into.source.contains(next.source))
        into.source += next.source;
    for (const QString& role : next.roles) {
        if (!into.roles.contains(role))
            into.roles << role;
    }
    for (const LocalizedText& evidence : next.evidence) {
        if (!into.evidence.contains(evidence))
            into.evidence << evidence;
    }
    into.priority = into.priority || next.priority;
    const QString removed = next.id;
    items.removeAt(at.item + 1);
    m_entries.remove(removed);
    m_entries[id].edited = true;
    m_entries[id].decision = Decision::Open;
    reindex();
    return true;
}

Checklist DraftReview::result(const QString& id, const LocalizedText& title, bool includeOpen) const
{
    Checklist checklist = m_checklist;
    checklist.id = id;
    checklist.title = title;
    for (ChecklistChapter& chapter : checklist.chapters) {
        for (ChecklistSection& section : chapter.sections) {
            section.items.removeIf([&](const ChecklistItem& item) {
                const Decision decision = m_entries.value(item.id).decision;
                return decision == Decision::Rejected || (decision == Decision::Open && !includeOpen);
            });
        }
        chapter.sections.removeIf([](const ChecklistSection& section) { return section.items.isEmpty(); });
        chapter.obligations = -1;
    }
    checklist.chapters.removeIf([](const ChecklistChapter& chapter) { return chapter.sections.isEmpty(); });
    return checklist;
}

Derivation DraftReview::derivationOf(const Checklist& result) const
{
    Derivation derivation;
    derivation.checklist = result;
    for (const ChecklistItem* item : result.items()) {
        const Entry entry = m_entries.value(item->id);
        DraftItem drafted;
        drafted.item = *item;
        drafted.headingPath = entry.headingPath;
        drafted.matchedId = entry.matchedId;
        drafted.score = entry.score;
        drafted.isNew = entry.isNew;
        derivation.items << drafted;
    }
    return derivation;
}

QString DraftReview::decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Accepted:
        return u"accepted"_s;
    case Decision::Rejected:
        return u"rejected"_s;
    case Decision::Open:
        break;
    }
    return u"open"_s;
}

} // namespace kansa
