#include "RecordHeadCheck.h"

#include "store/ChangeChain.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QStringBuilder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// The settings of this computer's record checks, shared by the application and the command line.
QSettings settings()
{
    return QSettings(u"Kansa"_s, u"record"_s);
}

// The database as this computer knows it, whoever signs in: the file (or the year archive it was unpacked
// from), or the server's database.
QString settingsKey(const ConnectionSpec& spec)
{
    const QString identity = spec.backend == ConnectionSpec::Backend::SQLite
                                 ? QDir::cleanPath(QFileInfo(spec.toUrlWithoutPassword()).absoluteFilePath())
                                 : spec.host % u':' % QString::number(spec.port) % u'/' % spec.databaseName;
    return u"seen/"_s %
           QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex());
}

struct ChainedEntry
{
    qint64 id = 0;
    ChangeChain::Entry entry;
    QString stored;
};

QList<ChainedEntry> readEntries(QSqlQuery& query)
{
    QList<ChainedEntry> entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), ChangeChain::entryOf(query), query.value(9).toString()});
    return entries;
}

// Whether each entry follows from the one before (the first from previous); the first that does not is a problem.
bool follows(const QString& previous, const QList<ChainedEntry>& entries, RecordVerification& result)
{
    QString last = previous;
    for (const ChainedEntry& chained : entries) {
        if (ChangeChain::hash(last, chained.entry) != chained.stored) {
            result.problems.append(RecordVerifier::brokenAt(chained.id, chained.entry));
            return false;
        }
        last = chained.stored;
    }
    if (!entries.isEmpty())
        result.head = entries.constLast().stored;
    return true;
}

} // namespace

RecordVerification RecordHeadCheck::check(Database& db)
{
    RecordVerification result;
    if (!db.changeLogChained())
        return result;
    if (const std::optional<Seen> before = seen(db.spec()))
        followFrom(db, *before, result);
    else
        checkTail(db, result);
    if (result.intact())
        remember(db);
    return result;
}

void RecordHeadCheck::followFrom(Database& db, const Seen& seen, RecordVerification& result)
{
    const QString when = seen.seenAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QSqlQuery at = db.exec(u"SELECT (SELECT entry_hash FROM change_log WHERE id = ?), (SELECT COUNT(*) FROM "
                           "change_log WHERE id <= ?), (SELECT COUNT(*) FROM change_log WHERE id > ?)"_s,
                           {seen.lastId, seen.lastId, seen.lastId});
    at.next();
    const QString head = at.value(0).toString();
    const qint64 before = at.value(1).toLongLong();
    const qint64 since = at.value(2).toLongLong();
    const bool gone = at.isNull(0);
    at.finish();
    if (seen.lastId && gone) {
        result.problems.append({tr("Entry %1 of the change log, the last this computer saw on %2, is gone: entries "
                                   "recorded before then were removed.")
                                    .arg(seen.lastId)
                                    .arg(when)});
    } else if (head != seen.head) {
        result.problems.append({tr("Entry %1 of the change log no longer has the hash it had when this computer last "
                                   "saw it on %2: the record before then was changed or rewritten.")
                                    .arg(seen.lastId)
                                    .arg(when),
                                seen.lastId});
    } else if (before != seen.entries) {
        result.problems.append({tr("The change log held %1 entries up to entry %2 when this computer last saw it on "
                                   "%3; it now holds %4: entries recorded before then were removed.")
                                    .arg(seen.entries)
                                    .arg(seen.lastId)
                                    .arg(when)
                                    .arg(before)});
    }
    if (!result.intact())
        return;
    if (since > MaxFollowed) {
        checkTail(db, result);
        return;
    }
    QSqlQuery newer = db.exec(ChangeChain::selectEntries() % u" WHERE id > ? ORDER BY id"_s, {seen.lastId});
    const QList<ChainedEntry> entries = readEntries(newer);
    result.entries = entries.size() + (seen.lastId ? 1 : 0);
    result.head = seen.head;
    follows(seen.head, entries, result);
}

void RecordHeadCheck::checkTail(Database& db, RecordVerification& result)
{
    QSqlQuery last = db.exec(ChangeChain::selectEntries() % u" ORDER BY id DESC LIMIT ?"_s, {TailEntries + 1});
    QList<ChainedEntry> entries = readEntries(last);
    std::reverse(entries.begin(), entries.end());
    result.entries = entries.size();
    if (entries.size() <= TailEntries) { // the whole log: its first entry follows from nothing
        follows(QString(), entries, result);
        return;
    }
    follows(entries.constFirst().stored, entries.mid(1), result);
}

void RecordHeadCheck::remember(Database& db)
{
    if (!db.changeLogChained())
        return;
    QSqlQuery query = db.exec(u"SELECT COUNT(*), COALESCE(MAX(id), 0), (SELECT entry_hash FROM change_log ORDER BY "
                              "id DESC LIMIT 1) FROM change_log"_s);
    query.next();
    QSettings stored = settings();
    stored.beginGroup(settingsKey(db.spec()));
    stored.setValue(u"entries"_s, query.value(0).toLongLong());
    stored.setValue(u"lastId"_s, query.value(1).toLongLong());
    stored.setValue(u"head"_s, query.value(2).toString());
    stored.setValue(u"seenAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

void RecordHeadCheck::forget(const ConnectionSpec& spec)
{
    settings().remove(settingsKey(spec));
}

std::optional<RecordHeadCheck::Seen> RecordHeadCheck::seen(const ConnectionSpec& spec)
{
    QSettings stored = settings();
    stored.beginGroup(settingsKey(spec));
    if (!stored.contains(u"lastId"_s))
        return std::nullopt;
    QDateTime at = QDateTime::fromString(stored.value(u"seenAt"_s).toString(), Qt::ISODate);
    at.setTimeSpec(Qt::UTC);
    return Seen{stored.value(u"entries"_s).toLongLong(), stored.value(u"lastId"_s).toLongLong(),
                stored.value(u"head"_s).toString(), at};
}

QString RecordHeadCheck::warning(const RecordVerification& result, const QString& database)
{
    QString text = tr("The record of %1 was changed outside Kansa since this computer last saw it.").arg(database);
    for (const RecordProblem& problem : result.problems) {
        text += u'\n' % problem.what;
        const QString where = RecordVerifier::detail(problem);
        if (!where.isEmpty())
            text += u' ' % where;
    }
    return text % u'\n' %
           tr("Verify the record (File menu, or kansa-cli verify) to see everything that fails, and restore a "
              "backup if the record is needed as it was.");
}

} // namespace kansa
