#include "ChecklistLibrary.h"

#include "checklist/ChecklistReader.h"
#include "checklist/ChecklistTable.h"
#include "checklist/ChecklistWriter.h"
#include "checklist/CrosswalkService.h"
#include "common/Error.h"
#include "store/Database.h"
#include "store/VersionedRows.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QString systemActor()
{
    return u"Kansa "_s % QStringLiteral(KANSA_VERSION);
}

QHash<QString, const ChecklistItem*> itemsById(const Checklist& checklist)
{
    QHash<QString, const ChecklistItem*> items;
    for (const ChecklistItem* item : checklist.items())
        items.insert(item->id, item);
    return items;
}

// Where each item stands: moving an item to another section is a change too.
QHash<QString, QString> placeById(const Checklist& checklist)
{
    QHash<QString, QString> places;
    for (const ChecklistChapter& chapter : checklist.chapters) {
        for (const ChecklistSection& section : chapter.sections) {
            for (const ChecklistItem& item : section.items)
                places.insert(item.id, section.number);
        }
    }
    return places;
}

} // namespace

ChecklistDiff ChecklistDiff::between(const Checklist& before, const Checklist& after)
{
    ChecklistDiff diff;
    const auto old = itemsById(before);
    const auto oldPlaces = placeById(before);
    const auto newPlaces = placeById(after);
    QSet<QString> present;
    for (const ChecklistItem* item : after.items()) {
        present.insert(item->id);
        const auto found = old.constFind(item->id);
        if (found == old.cend())
            diff.added << item->id;
        else if (!(**found == *item) || oldPlaces.value(item->id) != newPlaces.value(item->id))
            diff.changed << item->id;
    }
    for (const ChecklistItem* item : before.items()) {
        if (!present.contains(item->id))
            diff.removed << item->id;
    }
    return diff;
}

ChecklistLibrary::ChecklistLibrary(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_access(m_db, m_session)
{}

QList<ChecklistEntry> ChecklistLibrary::checklists()
{
    QList<ChecklistEntry> list;
    QSqlQuery query = m_db.exec(u"SELECT c.checklist_key, c.origin, COALESCE(c.based_on, ''), v.kind, v.title_ja, "
                                "v.title_en, c.current_version, v.item_count, "_s %
                                VersionedRows::stampColumns(u"c"_s) %
                                u" FROM checklists c JOIN checklist_versions v "
                                "ON v.checklist_id = c.id AND v.version = c.current_version "
                                "ORDER BY c.origin DESC, c.checklist_key"_s);
    while (query.next()) {
        ChecklistEntry entry;
        entry.key = query.value(0).toString();
        entry.origin = query.value(1).toString();
        entry.basedOn = query.value(2).toString();
        entry.kind = query.value(3).toString();
        entry.title = {query.value(4).toString(), query.value(5).toString()};
        entry.currentVersion = query.value(6).toInt();
        entry.itemCount = query.value(7).toInt();
        entry.stamp = VersionedRows::readStamp(query, 8);
        list << entry;
    }
    return list;
}

Checklist ChecklistLibrary::load(const QString& key, int version)
{
    return loadFrom(m_db, key, version);
}

Checklist ChecklistLibrary::loadFrom(Database& db, const QString& key, int version)
{
    QSqlQuery query = db.exec(u"SELECT v.content, v.version FROM checklists c JOIN checklist_versions v "
                              "ON v.checklist_id = c.id WHERE c.checklist_key = ? AND v.version = "
                              "CASE WHEN ? = 0 THEN c.current_version ELSE ? END"_s,
                              {key, version, version});
    if (!query.next())
        throw Error(tr("The checklist %1 has no version %2.").arg(key).arg(version));
    const int stored = query.value(1).toInt();
    const ChecklistReader::Result read = ChecklistReader::readJson(query.value(0).toString().toUtf8(), key);
    if (!read.ok())
        throw Error(tr("The stored checklist %1 cannot be read: %2").arg(key, read.problems.first().toString()));
    Checklist checklist = read.checklist;
    checklist.version = stored;
    return checklist;
}

QList<ChecklistVersion> ChecklistLibrary::versions(const QString& key)
{
    QList<ChecklistVersion> list;
    QSqlQuery query = m_db.exec(u"SELECT v.version, v.item_count, v.added, v.changed, v.removed, v.created_at, "
                                "v.created_by FROM checklist_versions v JOIN checklists c ON c.id = v.checklist_id "
                                "WHERE c.checklist_key = ? ORDER BY v.version"_s,
                                {key});
    while (query.next()) {
        list << ChecklistVersion{
            query.value(0).toInt(),   query.value(1).toInt(),
            query.value(2).toInt(),   query.value(3).toInt(),
            query.value(4).toInt(),   QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs),
            query.value(6).toString()};
    }
    return list;
}

ChecklistLibrary::ImportOutcome ChecklistLibrary::store(Database& db, const Checklist& checklist, const QString& origin,
                                                        const QString& basedOn, const QString& actor)
{
    return db.write(actor, [&](VersionedRows& changes) {
        ImportOutcome outcome;
        outcome.key = checklist.id;
        QSqlQuery existing = db.exec(
            u"SELECT id, current_version, version, origin FROM checklists WHERE checklist_key = ?"_s, {checklist.id});
        qint64 checklistId = 0;
        int rowVersion = 0;
        if (existing.next()) {
            checklistId = existing.value(0).toLongLong();
            outcome.version = existing.value(1).toInt();
            rowVersion = existing.value(2).toInt();
            const QString storedOrigin = existing.value(3).toString();
            existing.finish();
            if (storedOrigin != origin)
                throw Error(tr("「%1」 is a checklist shipped with Kansa and cannot be replaced by an import; copy it "
                               "under a new id and import that.")
                                .arg(checklist.id));
            outcome.diff = ChecklistDiff::between(loadFrom(db, checklist.id, 0), checklist);
            if (outcome.diff.isEmpty())
                return outcome; // nothing was written: the same file twice changes nothing
            ++outcome.version;
            changes.update(u"checklists"_s, checklistId, rowVersion, checklist.id,
                           {{u"current_version"_s, outcome.version}});
        } else {
            existing.finish();
            outcome.created = true;
            outcome.version = 1;
            for (const ChecklistItem* item : checklist.items())
                outcome.diff.added << item->id;
            checklistId =
                changes.insert(u"checklists"_s, {{u"checklist_key"_s, checklist.id},
                                                 {u"origin"_s, origin},
                                                 {u"based_on"_s, basedOn.isEmpty() ? QVariant() : QVariant(basedOn)},
                                                 {u"current_version"_s, 1}});
        }
        Checklist stored = checklist;
        stored.version = outcome.version;
        // The version's content is logged as the checklist's new current_version, not cell by cell.
        const qint64 versionId =
            changes.appendContent(u"checklist_versions"_s,
                                  {{u"checklist_id"_s, checklistId},
                                   {u"version"_s, outcome.version},
                                   {u"kind"_s, stored.kind},
                                   {u"title_ja"_s, stored.title.ja},
                                   {u"title_en"_s, stored.title.en},
                                   {u"content"_s, QString::fromUtf8(ChecklistWriter::toJson(stored))},
                                   {u"item_count"_s, stored.itemCount()},
                                   {u"added"_s, outcome.diff.added.size()},
                                   {u"changed"_s, outcome.diff.changed.size()},
                                   {u"removed"_s, outcome.diff.removed.size()},
                                   {u"created_at"_s, VersionedRows::now()},
                                   {u"created_by"_s, actor}},
                                  u"id"_s);
        int position = 0;
        for (const ChecklistChapter& chapter : stored.chapters) {
            for (const ChecklistSection& section : chapter.sections) {
                for (const ChecklistItem& item : section.items) {
                    changes.appendContent(u"checklist_items"_s, {{u"version_id"_s, versionId},
                                                                 {u"item_key"_s, item.id},
                                                                 {u"position"_s, ++position},
                                                                 {u"chapter"_s, chapter.number},
                                                                 {u"section"_s, section.number},
                                                                 {u"ref"_s, item.ref},
                                                                 {u"question_ja"_s, item.question.ja},
                                                                 {u"question_en"_s, item.question.en},
                                                                 {u"roles"_s, item.roles.join(u' ')},
                                                                 {u"level"_s, item.level},
                                                                 {u"priority"_s, item.priority ? 1 : 0}});
                }
            }
        }
        return outcome;
    });
}

ChecklistReader::Result ChecklistLibrary::readImport(const QString& path)
{
    requireManage();
    ChecklistReader::Result read = ChecklistTable::readAny(path);
    if (!read.ok())
        return read;
    // The items of the current versions of the other checklists; the checklist's own are those of the file.
    QSet<QString> known;
    QSqlQuery query = m_db.exec(u"SELECT i.item_key FROM checklist_items i JOIN checklist_versions v "
                                "ON v.id = i.version_id JOIN checklists c ON c.id = v.checklist_id "
                                "AND v.version = c.current_version WHERE c.checklist_key <> ?"_s,
                                {read.checklist.id});
    while (query.next())
        known.insert(query.value(0).toString());
    read.problems += ChecklistReader::crossCheck({read}, known);
    return read;
}

void ChecklistLibrary::requireManage()
{
    m_access.require(Operation::ManageChecklists, m_access.organisation(),
                     AccessPolicy::name(Operation::ManageChecklists));
}

ChecklistLibrary::ImportOutcome ChecklistLibrary::importOwn(const Checklist& checklist)
{
    requireManage();
    const ImportOutcome outcome = store(m_db, checklist, QString::fromUtf16(Own), {}, m_session.actor());
    if (!outcome.diff.isEmpty())
        Q_EMIT changed();
    return outcome;
}

ChecklistLibrary::ImportOutcome ChecklistLibrary::importDerived(const Checklist& checklist,
                                                                const Derivation& derivation, const Checklist& against,
                                                                CrosswalkService& crosswalks)
{
    requireManage();
    const ImportOutcome outcome = m_db.write(m_session.actor(), [&](VersionedRows&) {
        const ImportOutcome stored = store(m_db, checklist, QString::fromUtf16(Own), {}, m_session.actor());
        crosswalks.storeDerived(derivation, against, {stored.key, stored.version}, {against.id, against.version});
        return stored;
    });
    if (!outcome.diff.isEmpty())
        Q_EMIT changed();
    return outcome;
}

ChecklistLibrary::ImportOutcome ChecklistLibrary::saveEdited(const Checklist& checklist)
{
    requireManage();
    const QJsonObject root = QJsonDocument::fromJson(ChecklistWriter::toJson(checklist)).object();
    const ChecklistReader::Result check = ChecklistReader::readObject(root, checklist.id, [&](const QString& pointer) {
        // /chapters/c/sections/s/items/i/...: name the item by its id
        const QStringList parts = pointer.split(u'/');
        if (parts.size() >= 7 && parts[1] == u"chapters"_s && parts[5] == u"items"_s) {
            const int c = parts[2].toInt();
            const int s = parts[4].toInt();
            const int i = parts[6].toInt();
            if (c < checklist.chapters.size() && s < checklist.chapters[c].sections.size() &&
                i < checklist.chapters[c].sections[s].items.size())
                return checklist.chapters[c].sections[s].items[i].id;
        }
        return QString();
    });
    QStringList problems;
    for (const ChecklistProblem& problem : check.problems)
        problems << problem.toString();
    if (!check.ok())
        throw Error(tr("The checklist was not saved:\n%1").arg(problems.join(u'\n')));
    return importOwn(checklist);
}

QString ChecklistLibrary::copy(const QString& key, const QString& newKey, const LocalizedText& newTitle)
{
    requireManage();
    static const QRegularExpression keyPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
    if (!keyPattern.match(newKey).hasMatch())
        throw Error(tr("「%1」 cannot be a checklist id: use lower-case letters, digits and -.").arg(newKey));
    if (newTitle.ja.trimmed().isEmpty() || newTitle.en.trimmed().isEmpty())
        throw Error(tr("The copy needs a title in Japanese and in English."));
    if (m_db.scalar(u"SELECT id FROM checklists WHERE checklist_key = ?"_s, {newKey}).isValid())
        throw Error(tr("A checklist with the id %1 already exists.").arg(newKey));
    Checklist copy = load(key);
    copy.id = newKey;
    copy.title = newTitle;
    store(m_db, copy, QString::fromUtf16(Own), key, m_session.actor());
    Q_EMIT changed();
    return newKey;
}

QStringList ChecklistLibrary::syncShipped(Database& db, const QString& signedInAs)
{
    // The shipped files change only with the application: skip the work when they are the ones synced last.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList files = ChecklistReader::shippedFiles();
    for (const QString& file : files) {
        QFile data(file);
        if (data.open(QIODevice::ReadOnly))
            hash.addData(data.readAll());
    }
    const QString fingerprint = QString::fromLatin1(hash.result().toHex());
    if (db.scalar(u"SELECT value FROM schema_info WHERE key = 'shipped_checklists'"_s).toString() == fingerprint)
        return {};

    QList<ChecklistReader::Result> shipped;
    for (const QString& file : files) {
        shipped << ChecklistReader::readFile(file);
        if (!shipped.last().ok())
            throw Error(tr("A shipped checklist is damaged: %1").arg(shipped.last().problems.first().toString()));
    }
    const QString actor = signedInAs.isEmpty() ? systemActor() : systemActor() % u" ("_s % signedInAs % u')';
    return db.write(actor, [&](VersionedRows& changes) {
        QStringList updated;
        for (const ChecklistReader::Result& result : shipped) {
            // A municipality's own checklist that happens to have a shipped id stays theirs.
            const QVariant origin =
                db.scalar(u"SELECT origin FROM checklists WHERE checklist_key = ?"_s, {result.checklist.id});
            if (origin.isValid() && origin.toString() != QString::fromUtf16(Shipped))
                continue;
            const ImportOutcome outcome = store(db, result.checklist, QString::fromUtf16(Shipped), {}, actor);
            if (!outcome.diff.isEmpty())
                updated << outcome.key;
        }
        changes.setSetting(u"shipped_checklists"_s, fingerprint);
        return updated;
    });
}

} // namespace kansa
