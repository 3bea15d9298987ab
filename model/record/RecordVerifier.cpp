#include "RecordVerifier.h"

#include "common/Error.h"
#include "record/RecordReplay.h"
#include "store/ChangeChain.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

RecordVerifier::RecordVerifier(Database& db, const Session& session)
    : m_db(db)
    , m_access(db, session)
{}

RecordVerification RecordVerifier::verify()
{
    m_access.require(Operation::ReadOrganisationWide, m_access.organisation(), tr("verify the record"));
    RecordVerification result;
    verifyChain(result);
    RecordReplay::check(m_db, result);
    verifyFiles(result, u"audit_evidence_files"_s, u"content"_s, u"content"_s, u"file_name"_s);
    verifyFiles(result, u"issued_reports"_s, u"pdf"_s, u"pdf"_s, u"title"_s);
    return result;
}

RecordVerification RecordVerifier::verifyAgainst(const ChangeChain::Anchor& anchor, const QString& source)
{
    RecordVerification result = verify();
    QSqlQuery at = m_db.exec(u"SELECT id, entry_hash, table_name, row_id, changed_by, changed_at FROM change_log "
                             "ORDER BY id LIMIT 1 OFFSET ?"_s,
                             {std::max<qint64>(anchor.entries - 1, 0)});
    if (!at.next()) {
        result.problems.append({tr("%1 was issued when the change log held %2 entries; it now holds %3: entries "
                                   "recorded before the report were removed.")
                                    .arg(source)
                                    .arg(anchor.entries)
                                    .arg(result.entries)});
    } else if (at.value(1).toString() != anchor.head) {
        result.problems.append(
            {tr("Entry %1 of the change log, the last before %2 was issued, no longer ends the chain printed on the "
                "report (%3): the record before the report was changed or rewritten.")
                 .arg(anchor.entries)
                 .arg(source, anchor.head.left(16)),
             at.value(0).toLongLong(), at.value(2).toString() % u' ' % at.value(3).toString(), at.value(4).toString(),
             at.value(5).toString()});
    }
    return result;
}

ChangeChain::Anchor RecordVerifier::anchorOf(const QString& issuedPdf)
{
    // Far larger than any report of the large data set, and bounded.
    constexpr qint64 MaxIssuedPdfBytes = qint64(1) << 30;
    QFile file(issuedPdf);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(issuedPdf, file.errorString()));
    if (file.size() > MaxIssuedPdfBytes)
        throw Error(tr("%1 is larger than any report Kansa issues.").arg(issuedPdf));
    const std::optional<ChangeChain::Anchor> anchor = ChangeChain::anchorIn(file.readAll());
    if (!anchor)
        throw Error(tr("%1 carries no record check: only reports issued by Kansa do (Issue in Reports, or report "
                       "--issue).")
                        .arg(issuedPdf));
    return *anchor;
}

QString RecordVerifier::verdict(const RecordVerification& result, const QString& source, qint64 anchored)
{
    const QString summary = tr("%n change-log entries and %1 stored files checked; the last entry's hash is %2.",
                               nullptr, int(result.entries))
                                .arg(result.files)
                                .arg(result.head.left(16));
    if (!result.intact())
        return tr("The record has been changed outside Kansa (%n problems).", nullptr, int(result.problems.size())) %
               u' ' % summary;
    QString verdict = tr("The record holds together.") % u' ' % summary;
    if (!source.isEmpty())
        verdict += u'\n' % tr("Nothing recorded before %1 (%n entries) was changed since it was issued.", nullptr,
                              int(anchored))
                               .arg(source);
    return verdict;
}

QString RecordVerifier::detail(const RecordProblem& problem)
{
    if (problem.changedBy.isEmpty())
        return {};
    return tr("%1, written by %2 at %3").arg(problem.record, problem.changedBy, problem.changedAt);
}

RecordProblem RecordVerifier::brokenAt(qint64 entryId, const ChangeChain::Entry& entry)
{
    return {tr("The change log does not hold together at entry %1 (%2): that entry, or one before it, was changed or "
               "removed after it was written.")
                .arg(entryId)
                .arg(entry.table % (entry.field.isNull() ? QString() : u'.' % entry.field.toString())),
            entryId, entry.table % u' ' % entry.rowId.toString(), entry.changedBy, entry.changedAt};
}

void RecordVerifier::verifyChain(RecordVerification& result)
{
    QSqlQuery entries = m_db.exec(ChangeChain::selectEntries() % u" ORDER BY id"_s);
    QString previous;
    bool broken = false;
    while (entries.next()) {
        ++result.entries;
        const QString stored = entries.value(9).toString();
        if (!broken) {
            const ChangeChain::Entry entry = ChangeChain::entryOf(entries);
            if (ChangeChain::hash(previous, entry) != stored) {
                broken = true;
                result.problems.append(brokenAt(entries.value(0).toLongLong(), entry));
            }
        }
        previous = stored;
    }
    result.head = previous;
}

void RecordVerifier::verifyFiles(RecordVerification& result, const QString& table, const QString& contentColumn,
                                 const QString& logField, const QString& nameColumn)
{
    const bool postgres = m_db.backend() == ConnectionSpec::Backend::PostgreSQL;
    // On a server the server hashes the files, so that they need not travel.
    const QString content =
        postgres ? QString(u"encode(sha256(f."_s % contentColumn % u"), 'hex')"_s) : QString(u"f."_s % contentColumn);
    QSqlQuery files =
        m_db.exec(u"SELECT f.id, f."_s % nameColumn % u", f.sha256, "_s % content % u", length(f."_s % contentColumn %
                      u"), l.id, l.changed_by, l.changed_at, l.new_value FROM "_s % table %
                      u" f LEFT JOIN change_log l ON l.table_name = ? AND l.row_id = f.id AND l.field = "
                      "? AND l.action = 'insert' ORDER BY f.id"_s,
                  {table, logField});
    while (files.next()) {
        ++result.files;
        const qint64 id = files.value(0).toLongLong();
        const QString name = files.value(1).toString();
        const QString actual =
            postgres ? files.value(3).toString()
                     : QString::fromLatin1(
                           QCryptographicHash::hash(files.value(3).toByteArray(), QCryptographicHash::Sha256).toHex());
        const QString record = table % u' ' % QString::number(id);
        const QString recorded = files.value(8).toString();
        if (actual != files.value(2).toString())
            result.problems.append({tr("「%1」 (%2) does not match its own hash: its content was changed after it was "
                                       "stored.")
                                        .arg(name, record),
                                    files.value(5).toLongLong(), record, files.value(6).toString(),
                                    files.value(7).toString()});
        if (files.isNull(5))
            result.problems.append(
                {tr("「%1」 (%2) is not in the change log: it was not stored through Kansa.").arg(name, record), 0,
                 record, QString(), QString()});
        else if (recorded != u"sha256 "_s % actual % u", "_s % files.value(4).toString() % u" bytes"_s)
            result.problems.append({tr("「%1」 (%2) is not the file that the change log recorded when it was stored "
                                       "(entry %3).")
                                        .arg(name, record)
                                        .arg(files.value(5).toLongLong()),
                                    files.value(5).toLongLong(), record, files.value(6).toString(),
                                    files.value(7).toString()});
    }
}

} // namespace kansa
