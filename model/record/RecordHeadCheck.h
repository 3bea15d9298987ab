#pragma once

#include "record/RecordVerifier.h"
#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kansa {

class Database;

// The quick check of the record when a database is opened and closed, bounded however long its change log:
// this computer keeps, in its own settings, where the change log stood when it last saw the record intact (the
// entries it held and the last one's id and hash). The check finds that entry unchanged, the entries before it
// all there, and every entry written since chained onto it (up to MaxFollowed, else the last TailEntries); with
// nothing kept yet, the last TailEntries. Whoever rewrites the history behind Kansa's back between two sessions
// on this computer is found at the next opening; File > Verify the record checks everything.
class RecordHeadCheck final
{
    Q_DECLARE_TR_FUNCTIONS(RecordHeadCheck)

public:
    static constexpr int TailEntries = 50;
    static constexpr int MaxFollowed = 20000;

    struct Seen
    {
        qint64 entries = 0;
        qint64 lastId = 0;
        QString head;
        QDateTime seenAt; // UTC
    };

    // Checks the record as above; when it holds, remembers where the change log now stands. The verification's
    // entries are those checked; a problem names the entry where it shows.
    static RecordVerification check(Database& db);
    // Remembers where the change log stands now (after a whole verification, or for a database just created or
    // restored, whose earlier state this computer saw no longer counts).
    static void remember(Database& db);
    // Forgets what this computer saw of the database (a new organisation is being created in its place).
    static void forget(const ConnectionSpec& spec);
    static std::optional<Seen> seen(const ConnectionSpec& spec);

    // What to tell the person: the record changed outside Kansa since this computer last saw it.
    static QString warning(const RecordVerification& result, const QString& database);

private:
    static void followFrom(Database& db, const Seen& seen, RecordVerification& result);
    static void checkTail(Database& db, RecordVerification& result);
};

} // namespace kansa
