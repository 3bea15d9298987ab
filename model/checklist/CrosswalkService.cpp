#include "CrosswalkService.h"

#include "checklist/Checklist.h"
#include "common/Error.h"
#include "exchange/CsvTable.h"
#include "exchange/TableExport.h"
#include "store/Database.h"
#include "store/VersionedRows.h"

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString Table = u"crosswalk_links"_s;

// The columns of a crosswalk file, in the order an export writes them.
const QList<CsvTable::Column>& columns()
{
    static const QList<CsvTable::Column> list{
        {u"from_checklist"_s, {u"from_checklist"_s}, true},
        {u"from_version"_s, {u"from_version"_s}, true},
        {u"from_item"_s, {u"from_item"_s}, true},
        {u"relation"_s, {u"relation"_s}, true},
        {u"to_checklist"_s, {u"to_checklist"_s}, true},
        {u"to_version"_s, {u"to_version"_s}, true},
        {u"to_item"_s, {u"to_item"_s}, true},
        {u"score"_s, {u"score"_s}, false},
        {u"note"_s, {u"note"_s}, false},
    };
    return list;
}

QString sideKey(const ChecklistRef& ref)
{
    return ref.key % u'#' % QString::number(ref.version);
}

// What identifies a link: its two items in their versions.
QString linkKey(const CrosswalkLink& link)
{
    return sideKey(link.from) % u'|' % link.fromItem % u'|' % sideKey(link.to) % u'|' % link.toItem;
}

QString describe(const CrosswalkLink& link)
{
    return link.fromItem % u" → "_s % link.toItem;
}

QVariant scoreValue(const std::optional<double>& score)
{
    return score ? QVariant(*score) : QVariant();
}

// Scores are kept to three decimals, so that a file read back writes the same figures.
std::optional<double> rounded(const std::optional<double>& score)
{
    if (!score)
        return std::nullopt;
    return std::round(*score * 1000.0) / 1000.0;
}

void sortLinks(QList<CrosswalkLink>& links)
{
    std::ranges::sort(links, [](const CrosswalkLink& a, const CrosswalkLink& b) {
        return std::tie(a.from.key, a.from.version, a.to.key, a.to.version, a.fromItem, a.toItem) <
               std::tie(b.from.key, b.from.version, b.to.key, b.to.version, b.fromItem, b.toItem);
    });
}

} // namespace

ColumnValues CrosswalkService::columnsOf(const CrosswalkLink& link, const QHash<QString, Side>& sides)
{
    return {{u"from_checklist_id"_s, sides.value(sideKey(link.from)).checklistId},
            {u"from_version"_s, link.from.version},
            {u"from_item"_s, link.fromItem},
            {u"relation"_s, Crosswalk::key(link.relation)},
            {u"to_checklist_id"_s, sides.value(sideKey(link.to)).checklistId},
            {u"to_version"_s, link.to.version},
            {u"to_item"_s, link.toItem},
            {u"score"_s, scoreValue(rounded(link.score))},
            {u"note"_s, link.note}};
}

CrosswalkService::CrosswalkService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_access(m_db, m_session)
{}

void CrosswalkService::requireManage()
{
    m_access.require(Operation::ManageChecklists, m_access.organisation(),
                     AccessPolicy::name(Operation::ManageChecklists));
}

QList<CrosswalkLink> CrosswalkService::read(const QString& condition, const QVariantList& values)
{
    QSqlQuery query = m_db.exec(u"SELECT l.id, fc.checklist_key, l.from_version, l.from_item, l.relation, "
                                "tc.checklist_key, l.to_version, l.to_item, l.score, l.note, "_s %
                                    VersionedRows::stampColumns(u"l"_s) %
                                    u" FROM crosswalk_links l JOIN checklists fc ON fc.id = l.from_checklist_id "
                                    "JOIN checklists tc ON tc.id = l.to_checklist_id"_s %
                                    (condition.isEmpty() ? QString() : u" WHERE "_s % condition),
                                values);
    QList<CrosswalkLink> links;
    while (query.next()) {
        CrosswalkLink link;
        link.id = query.value(0).toLongLong();
        link.from = {query.value(1).toString(), query.value(2).toInt()};
        link.fromItem = query.value(3).toString();
        link.relation = Crosswalk::relation(query.value(4).toString()).value_or(CrosswalkRelation::Related);
        link.to = {query.value(5).toString(), query.value(6).toInt()};
        link.toItem = query.value(7).toString();
        if (!query.value(8).isNull())
            link.score = query.value(8).toDouble();
        link.note = query.value(9).toString();
        link.stamp = VersionedRows::readStamp(query, 10);
        links << link;
    }
    sortLinks(links);
    return links;
}

QList<CrosswalkLink> CrosswalkService::links(const std::optional<ChecklistRef>& touching)
{
    if (!touching)
        return read({}, {});
    return read(u"(fc.checklist_key = ? AND l.from_version = ?) OR (tc.checklist_key = ? AND l.to_version = ?)"_s,
                {touching->key, touching->version, touching->key, touching->version});
}

QHash<QString, QList<CrosswalkLink>> CrosswalkService::linksByItem(const ChecklistRef& checklist)
{
    QHash<QString, QList<CrosswalkLink>> byItem;
    for (const CrosswalkLink& link : links(checklist)) {
        const CrosswalkLink seen = link.from == checklist ? link : link.reversed();
        byItem[seen.fromItem] << seen;
    }
    return byItem;
}

QList<CrosswalkService::LinkProblem> CrosswalkService::check(const QList<CrosswalkLink>& links,
                                                             QHash<QString, Side>& sides)
{
    QList<LinkProblem> problems;
    const auto side = [&](const ChecklistRef& ref) -> const Side& {
        const QString key = sideKey(ref);
        if (!sides.contains(key)) {
            Side loaded;
            QSqlQuery query = m_db.exec(u"SELECT c.id, i.item_key FROM checklists c JOIN checklist_versions v ON "
                                        "v.checklist_id = c.id LEFT JOIN checklist_items i ON i.version_id = v.id "
                                        "WHERE c.checklist_key = ? AND v.version = ?"_s,
                                        {ref.key, ref.version});
            while (query.next()) {
                loaded.checklistId = query.value(0).toLongLong();
                loaded.items.insert(query.value(1).toString());
            }
            sides.insert(key, loaded);
        }
        return sides[key];
    };
    QHash<QString, int> seen;
    for (int i = 0; i < links.size(); ++i) {
        const CrosswalkLink& link = links[i];
        bool known = true;
        for (const bool left : {true, false}) {
            const ChecklistRef& ref = left ? link.from : link.to;
            const QString& item = left ? link.fromItem : link.toItem;
            const QString prefix = left ? u"from_"_s : u"to_"_s;
            const Side& found = side(ref);
            if (!found.checklistId) {
                problems << LinkProblem{
                    i, prefix % u"version"_s,
                    tr("The library has no checklist 「%1」 version %2.").arg(ref.key).arg(ref.version), -1};
                known = false;
            } else if (!found.items.contains(item)) {
                problems << LinkProblem{
                    i, prefix % u"item"_s,
                    tr("Checklist 「%1」 version %2 has no item 「%3」.").arg(ref.key).arg(ref.version).arg(item), -1};
                known = false;
            }
        }
        if (known && link.from == link.to)
            problems << LinkProblem{i, u"to_version"_s, tr("A link joins two different checklist versions."), -1};
        const auto twice = seen.constFind(linkKey(link));
        if (twice != seen.cend())
            problems << LinkProblem{i, u"to_item"_s, tr("The same link as on line %1."), *twice};
        seen.insert(linkKey(link), i);
    }
    return problems;
}

CrosswalkService::ImportOutcome CrosswalkService::store(const QList<CrosswalkLink>& links,
                                                        const QHash<QString, Side>& sides)
{
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        ImportOutcome outcome;
        // The links stored already between the versions the new ones join: one query per pair of versions.
        QHash<QString, CrosswalkLink> stored;
        QSet<QString> pairs;
        for (const CrosswalkLink& link : links) {
            if (pairs.contains(sideKey(link.from) % u'|' % sideKey(link.to)))
                continue;
            pairs.insert(sideKey(link.from) % u'|' % sideKey(link.to));
            for (const CrosswalkLink& existing :
                 read(u"fc.checklist_key = ? AND l.from_version = ? AND tc.checklist_key = ? AND l.to_version = ?"_s,
                      {link.from.key, link.from.version, link.to.key, link.to.version}))
                stored.insert(linkKey(existing), existing);
        }
        QList<ColumnValues> added;
        for (const CrosswalkLink& link : links) {
            const auto existing = stored.constFind(linkKey(link));
            if (existing == stored.cend()) {
                added << columnsOf(link, sides);
            } else if (existing->relation != link.relation || existing->note != link.note ||
                       existing->score != rounded(link.score)) {
                changes.update(Table, existing->id, existing->stamp.version, describe(link),
                               {{u"relation"_s, Crosswalk::key(link.relation)},
                                {u"score"_s, scoreValue(rounded(link.score))},
                                {u"note"_s, link.note}});
                ++outcome.changed;
            } else {
                ++outcome.unchanged;
            }
        }
        if (!added.isEmpty())
            changes.insertAll(Table, added);
        outcome.added = static_cast<int>(added.size());
        if (outcome.added || outcome.changed)
            changes.announce(this, [this] { Q_EMIT changed(); });
        return outcome;
    });
}

qint64 CrosswalkService::add(const CrosswalkLink& link)
{
    requireManage();
    QHash<QString, Side> sides;
    const QList<LinkProblem> problems = check({link}, sides);
    if (!problems.isEmpty())
        throw Error(problems.first().message);
    if (!read(u"fc.checklist_key = ? AND l.from_version = ? AND l.from_item = ? AND tc.checklist_key = ? AND "
              "l.to_version = ? AND l.to_item = ?"_s,
              {link.from.key, link.from.version, link.fromItem, link.to.key, link.to.version, link.toItem})
             .isEmpty())
        throw Error(tr("%1 is linked already.").arg(describe(link)));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const qint64 id = changes.insert(Table, columnsOf(link, sides));
        changes.announce(this, [this] { Q_EMIT changed(); });
        return id;
    });
}

CrosswalkLink CrosswalkService::stored(qint64 id)
{
    const QList<CrosswalkLink> found = read(u"l.id = ?"_s, {id});
    if (found.isEmpty())
        throw StaleEdit(tr("The link has been removed by someone else in the meantime."));
    return found.first();
}

void CrosswalkService::update(const CrosswalkLink& link)
{
    requireManage();
    // A link read from its other side (linksByItem) gives the relation as seen from there.
    const CrosswalkLink kept = stored(link.id);
    const bool reversed = kept.from == link.to && kept.fromItem == link.toItem;
    const CrosswalkRelation relation = reversed ? Crosswalk::inverse(link.relation) : link.relation;
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(Table, link.id, link.stamp.version, describe(kept),
                       {{u"relation"_s, Crosswalk::key(relation)}, {u"note"_s, link.note}});
        changes.announce(this, [this] { Q_EMIT changed(); });
    });
}

void CrosswalkService::remove(qint64 id, int expectedVersion)
{
    requireManage();
    const CrosswalkLink kept = stored(id);
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.remove(Table, id, expectedVersion, describe(kept));
        changes.announce(this, [this] { Q_EMIT changed(); });
    });
}

CrosswalkService::ImportOutcome CrosswalkService::importCsv(const QByteArray& bytes)
{
    requireManage();
    const CsvTable table(bytes, columns());
    ImportOutcome outcome;
    outcome.problems = table.problems();
    if (!outcome.problems.isEmpty())
        return outcome;
    const QList<CsvRecord> rows = table.rows();
    QList<CrosswalkLink> links;
    QList<const CsvRecord*> linkRows;
    for (const CsvRecord& row : rows) {
        CrosswalkLink link;
        bool valid = true;
        const auto required = [&](const QString& key) {
            const QString value = table.value(row, key);
            if (value.isEmpty()) {
                outcome.problems << table.problem(row, key, tr("The field is empty."));
                valid = false;
            }
            return value;
        };
        const auto version = [&](const QString& key) {
            bool ok = false;
            const int value = required(key).toInt(&ok);
            if (!ok || value < 1) {
                if (!table.value(row, key).isEmpty())
                    outcome.problems << table.problem(row, key, tr("A version is a whole number from 1."));
                valid = false;
            }
            return value;
        };
        link.from = {required(u"from_checklist"_s), version(u"from_version"_s)};
        link.fromItem = required(u"from_item"_s);
        const QString relation = required(u"relation"_s);
        if (const auto known = Crosswalk::relation(relation)) {
            link.relation = *known;
        } else if (!relation.isEmpty()) {
            outcome.problems << table.problem(
                row, u"relation"_s,
                tr("Unknown relation 「%1」: use equal, subset, superset or related.").arg(relation));
            valid = false;
        }
        link.to = {required(u"to_checklist"_s), version(u"to_version"_s)};
        link.toItem = required(u"to_item"_s);
        const QString score = table.value(row, u"score"_s);
        if (!score.isEmpty()) {
            bool ok = false;
            const double value = score.toDouble(&ok);
            if (!ok || value < 0 || value > 1) {
                outcome.problems << table.problem(row, u"score"_s, tr("A score is a number from 0 to 1."));
                valid = false;
            }
            link.score = value;
        }
        link.note = table.value(row, u"note"_s);
        if (valid) {
            links << link;
            linkRows << &row;
        }
    }
    QHash<QString, Side> sides;
    for (const LinkProblem& problem : check(links, sides)) {
        const QString message =
            problem.earlier < 0 ? problem.message : problem.message.arg(linkRows[problem.earlier]->line);
        outcome.problems << table.problem(*linkRows[problem.index], problem.field, message);
    }
    if (!outcome.problems.isEmpty()) {
        // In the order of the file, as a person corrects it.
        std::ranges::stable_sort(outcome.problems, {},
                                 [](const ImportProblem& p) { return std::pair(p.line, p.column); });
        return outcome;
    }
    return store(links, sides);
}

QByteArray CrosswalkService::exportCsv(const std::optional<ChecklistRef>& touching)
{
    QList<QStringList> rows;
    QStringList heading;
    for (const CsvTable::Column& column : columns())
        heading << column.key;
    rows << heading;
    for (const CrosswalkLink& link : links(touching))
        rows << QStringList{link.from.key, QString::number(link.from.version),
                            link.fromItem, Crosswalk::key(link.relation),
                            link.to.key,   QString::number(link.to.version),
                            link.toItem,   link.score ? QString::number(*link.score, 'f', 3) : QString(),
                            link.note};
    return TableExport::csv(rows);
}

int CrosswalkService::storeDerived(const Derivation& derivation, const Checklist& against, const ChecklistRef& draft,
                                   const ChecklistRef& stored)
{
    requireManage();
    const QList<CrosswalkLink> links = Crosswalk::fromDerivation(derivation, against, draft, stored);
    QHash<QString, Side> sides;
    const QList<LinkProblem> problems = check(links, sides);
    if (!problems.isEmpty())
        throw Error(problems.first().message);
    return store(links, sides).added;
}

} // namespace kansa
