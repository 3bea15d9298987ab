#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "store/ChangeChain.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kansa {

class Database;

// What a check of the record found wrong: the change-log entry where it shows (0: none), the record it concerns,
// and who wrote that entry and when.
struct RecordProblem
{
    QString what;
    qint64 entryId = 0;
    QString record; // 「audit_results 412」
    QString changedBy;
    QString changedAt; // as stored (UTC, ISO 8601)
};

struct RecordVerification
{
    qint64 entries = 0; // change-log entries checked
    qint64 files = 0;   // evidence files and issued reports checked against their hashes
    QString head;       // the last entry's hash
    QList<RecordProblem> problems;
    bool intact() const { return problems.isEmpty(); }
};

// Checks the record: the change log's hash chain from its first entry to its last (ChangeChain), and every stored
// file (evidence and issued reports) against its hash and against the hash the change log recorded when it was
// stored. Reads the whole organisation, so only those who read every unit may run it.
class RecordVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(RecordVerifier)

public:
    RecordVerifier(Database& db, const Session& session);

    RecordVerification verify();
    // verify(), and that the first anchor.entries entries of the change log still end in the anchor's head:
    // nothing recorded before the report that carries the anchor (named by source) was changed since, even by
    // someone who rewrote the whole chain.
    RecordVerification verifyAgainst(const ChangeChain::Anchor& anchor, const QString& source);

    // The record check an issued report's PDF carries; throws kansa::Error naming the file when it cannot be
    // read or carries none.
    static ChangeChain::Anchor anchorOf(const QString& issuedPdf);
    // What a verification comes to, in a sentence or two: intact or not, what was checked, and, when it was
    // against an issued report (source, with the entries it anchors), that nothing before it changed.
    static QString verdict(const RecordVerification& result, const QString& source = {}, qint64 anchored = 0);
    // Where a problem shows: the record, who wrote the entry and when (empty when no entry shows it).
    static QString detail(const RecordProblem& problem);
    // The problem of an entry whose hash does not follow from the entry before it.
    static RecordProblem brokenAt(qint64 entryId, const ChangeChain::Entry& entry);

private:
    void verifyChain(RecordVerification& result);
    void verifyFiles(RecordVerification& result, const QString& table, const QString& contentColumn,
                     const QString& logField, const QString& nameColumn);

    Database& m_db;
    AccessPolicy m_access;
};

} // namespace kansa
