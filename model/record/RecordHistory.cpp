#include "RecordHistory.h"

#include "audit/Audit.h"
#include "common/Error.h"
#include "org/Role.h"
#include "remediation/Remediation.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QStringBuilder>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

struct FieldName
{
    const char16_t* table;
    const char16_t* field;
    const char* name;
};

// The fields a history shows, by the names the screens give them. Fields not listed are shown by their column
// name; a record's place (its audit, unit and item, its plan) is not repeated in its history.
constexpr FieldName FieldNames[] = {
    {u"audit_results", u"result", QT_TRANSLATE_NOOP("RecordHistory", "Result")},
    {u"audit_results", u"notes", QT_TRANSLATE_NOOP("RecordHistory", "Notes")},
    {u"audit_evidence", u"kind", QT_TRANSLATE_NOOP("RecordHistory", "Kind")},
    {u"audit_evidence", u"description", QT_TRANSLATE_NOOP("RecordHistory", "Description")},
    {u"audit_evidence", u"observed_on", QT_TRANSLATE_NOOP("RecordHistory", "Observed on")},
    {u"audit_evidence_files", u"file_name", QT_TRANSLATE_NOOP("RecordHistory", "File name")},
    {u"audit_evidence_files", u"content", QT_TRANSLATE_NOOP("RecordHistory", "File")},
    {u"audit_findings", u"severity", QT_TRANSLATE_NOOP("RecordHistory", "Severity")},
    {u"audit_findings", u"title", QT_TRANSLATE_NOOP("RecordHistory", "Title")},
    {u"audit_findings", u"condition_found", QT_TRANSLATE_NOOP("RecordHistory", "Condition")},
    {u"audit_findings", u"criterion", QT_TRANSLATE_NOOP("RecordHistory", "Criterion")},
    {u"audit_findings", u"cause", QT_TRANSLATE_NOOP("RecordHistory", "Cause")},
    {u"audit_findings", u"effect", QT_TRANSLATE_NOOP("RecordHistory", "Effect")},
    {u"audit_findings", u"recommendation", QT_TRANSLATE_NOOP("RecordHistory", "Recommendation")},
    {u"audit_findings", u"origin_finding_id", QT_TRANSLATE_NOOP("RecordHistory", "Raised from finding")},
    {u"remediation_plans", u"status", QT_TRANSLATE_NOOP("RecordHistory", "Status")},
    {u"remediation_plans", u"summary", QT_TRANSLATE_NOOP("RecordHistory", "Summary")},
    {u"remediation_plans", u"exception_id", QT_TRANSLATE_NOOP("RecordHistory", "Exception")},
    {u"remediation_plans", u"verification_note", QT_TRANSLATE_NOOP("RecordHistory", "Verification note")},
    {u"remediation_plans", u"verification_evidence", QT_TRANSLATE_NOOP("RecordHistory", "Evidence seen")},
    {u"remediation_plans", u"closed_on", QT_TRANSLATE_NOOP("RecordHistory", "Closed on")},
    {u"remediation_actions", u"description", QT_TRANSLATE_NOOP("RecordHistory", "Description")},
    {u"remediation_actions", u"owner_id", QT_TRANSLATE_NOOP("RecordHistory", "Owner")},
    {u"remediation_actions", u"due_on", QT_TRANSLATE_NOOP("RecordHistory", "Due on")},
    {u"remediation_actions", u"done", QT_TRANSLATE_NOOP("RecordHistory", "Done")},
    {u"progress_reports", u"reported_on", QT_TRANSLATE_NOOP("RecordHistory", "Reported on")},
    {u"progress_reports", u"percent", QT_TRANSLATE_NOOP("RecordHistory", "Progress (%)")},
    {u"progress_reports", u"narrative", QT_TRANSLATE_NOOP("RecordHistory", "Narrative")},
    {u"progress_reports", u"evidence", QT_TRANSLATE_NOOP("RecordHistory", "Evidence")},
    {u"exceptions", u"unit_id", QT_TRANSLATE_NOOP("RecordHistory", "Unit")},
    {u"exceptions", u"items", QT_TRANSLATE_NOOP("RecordHistory", "Items")},
    {u"exceptions", u"reason", QT_TRANSLATE_NOOP("RecordHistory", "Reason")},
    {u"exceptions", u"compensating_measures", QT_TRANSLATE_NOOP("RecordHistory", "Compensating measures")},
    {u"exceptions", u"requested_by", QT_TRANSLATE_NOOP("RecordHistory", "Requested by")},
    {u"exceptions", u"requested_on", QT_TRANSLATE_NOOP("RecordHistory", "Requested on")},
    {u"exceptions", u"decision", QT_TRANSLATE_NOOP("RecordHistory", "Decision")},
    {u"exceptions", u"decided_on", QT_TRANSLATE_NOOP("RecordHistory", "Decided on")},
    {u"exceptions", u"decision_comment", QT_TRANSLATE_NOOP("RecordHistory", "Reason for the decision")},
    {u"exceptions", u"valid_from", QT_TRANSLATE_NOOP("RecordHistory", "Valid from")},
    {u"exceptions", u"valid_until", QT_TRANSLATE_NOOP("RecordHistory", "Valid until")},
    {u"exceptions", u"next_review_on", QT_TRANSLATE_NOOP("RecordHistory", "Next review on")},
    {u"accounts", u"login", QT_TRANSLATE_NOOP("RecordHistory", "Login name")},
    {u"accounts", u"password", QT_TRANSLATE_NOOP("RecordHistory", "Password")},
    {u"accounts", u"person_id", QT_TRANSLATE_NOOP("RecordHistory", "Person")},
    {u"accounts", u"display_name", QT_TRANSLATE_NOOP("RecordHistory", "Name")},
    {u"accounts", u"is_administrator", QT_TRANSLATE_NOOP("RecordHistory", "Administrator")},
    {u"accounts", u"failed_attempts", QT_TRANSLATE_NOOP("RecordHistory", "Failed sign-ins")},
    {u"accounts", u"last_failed_at", QT_TRANSLATE_NOOP("RecordHistory", "Last failed sign-in")},
    {u"people", u"code", QT_TRANSLATE_NOOP("RecordHistory", "Staff number")},
    {u"people", u"name", QT_TRANSLATE_NOOP("RecordHistory", "Name")},
    {u"people", u"kana", QT_TRANSLATE_NOOP("RecordHistory", "Reading")},
    {u"people", u"unit_id", QT_TRANSLATE_NOOP("RecordHistory", "Unit")},
    {u"people", u"email", QT_TRANSLATE_NOOP("RecordHistory", "Email")},
    {u"people", u"roles", QT_TRANSLATE_NOOP("RecordHistory", "Roles")},
};

bool placeField(const QString& table, const QString& field)
{
    static const QStringList itemPlace{u"audit_id"_s, u"unit_id"_s, u"item_key"_s};
    if (table == u"audit_results"_s || table == u"audit_evidence"_s || table == u"audit_findings"_s)
        return itemPlace.contains(field);
    if (table == u"audit_evidence_files"_s)
        return field == u"evidence_id"_s;
    if (table == u"remediation_actions"_s || table == u"progress_reports"_s)
        return field == u"plan_id"_s;
    return table == u"remediation_plans"_s && field == u"finding_id"_s;
}

QString fieldName(const QString& table, const QString& field)
{
    for (const FieldName& name : FieldNames) {
        if (table == QString::fromUtf16(name.table) && field == QString::fromUtf16(name.field))
            return RecordHistory::tr(name.name);
    }
    return field;
}

QString actionName(const QString& action)
{
    if (action == u"insert"_s)
        return RecordHistory::tr("Created");
    if (action == u"delete"_s)
        return RecordHistory::tr("Removed");
    return RecordHistory::tr("Changed");
}

// A statement's condition that a column holds a value ("IS NULL" for none), with the value bound.
QString holds(const QString& column, const QVariant& value, QVariantList& bound)
{
    if (value.isNull())
        return column % u" IS NULL"_s;
    bound << value;
    return column % u" = ?"_s;
}

} // namespace

RecordHistory::RecordHistory(Database& db, const Session& session)
    : m_db(db)
    , m_access(db, session)
{}

QList<HistoryEntry> RecordHistory::auditItem(qint64 auditId, qint64 unitId, const QString& itemKey)
{
    m_access.require(Operation::ReadAuditRecords, m_access.auditUnit(auditId, unitId),
                     tr("read the history of this item"));
    const QVariant unit = unitId ? QVariant(unitId) : QVariant();
    const QList<std::pair<QString, QVariant>> place{
        {u"item_key"_s, itemKey}, {u"audit_id"_s, auditId}, {u"unit_id"_s, unit}};
    const QList<qint64> evidence = rowsCreatedWith(u"audit_evidence"_s, place);
    QList<qint64> files;
    for (qint64 evidenceId : evidence)
        files += rowsCreatedWith(u"audit_evidence_files"_s, {{u"evidence_id"_s, evidenceId}});
    return read({{u"audit_results"_s, rowsCreatedWith(u"audit_results"_s, place), tr("Result")},
                 {u"audit_evidence"_s, evidence, tr("Evidence %1")},
                 {u"audit_evidence_files"_s, files, tr("Evidence file %1")}});
}

QList<HistoryEntry> RecordHistory::finding(qint64 findingId)
{
    m_access.require(Operation::ReadAuditRecords, m_access.finding(findingId), tr("read the history of this finding"));
    return read({{u"audit_findings"_s, {findingId}, tr("Finding")}});
}

QList<HistoryEntry> RecordHistory::plan(qint64 planId)
{
    m_access.require(Operation::ReadRemediation, m_access.plan(planId), tr("read the history of this plan"));
    return read({{u"remediation_plans"_s, {planId}, tr("Plan")},
                 {u"remediation_actions"_s, rowsCreatedWith(u"remediation_actions"_s, {{u"plan_id"_s, planId}}),
                  tr("Action %1")},
                 {u"progress_reports"_s, rowsCreatedWith(u"progress_reports"_s, {{u"plan_id"_s, planId}}),
                  tr("Progress report %1")}});
}

QList<HistoryEntry> RecordHistory::exception(qint64 exceptionId)
{
    m_access.require(Operation::ReadRemediation, m_access.exception(exceptionId),
                     tr("read the history of this exception"));
    return read({{u"exceptions"_s, {exceptionId}, tr("Exception")}});
}

QList<HistoryEntry> RecordHistory::account(qint64 accountId)
{
    m_access.require(Operation::ListAccounts, m_access.organisation(), tr("read the history of an account"));
    const QVariant personId = m_db.scalar(u"SELECT person_id FROM accounts WHERE id = ?"_s, {accountId});
    if (!personId.isValid())
        throw Error(tr("The account no longer exists."));
    QList<Part> parts{{u"accounts"_s, {accountId}, tr("Account")}};
    if (!personId.isNull())
        parts.append({u"people"_s, {personId.toLongLong()}, tr("Person")});
    return read(parts);
}

QList<HistoryEntry> RecordHistory::account(const QString& login)
{
    const QVariant id = m_db.scalar(u"SELECT id FROM accounts WHERE login = ?"_s, {login});
    if (!id.isValid())
        throw Error(tr("No account has the login name 「%1」.").arg(login));
    return account(id.toLongLong());
}

QList<qint64> RecordHistory::rowsCreatedWith(const QString& table, const QList<std::pair<QString, QVariant>>& columns)
{
    QVariantList bound;
    QStringList stored;
    for (const auto& [column, value] : columns)
        stored << holds(column, value, bound);
    QList<qint64> ids;
    QSqlQuery now = m_db.exec(u"SELECT id FROM "_s % table % u" WHERE "_s % stored.join(u" AND "_s), bound);
    while (now.next())
        ids << now.value(0).toLongLong();
    now.finish();

    // The entry of the first column finds the rows; one more entry per column (or its absence, for none) confirms.
    bound = {table, columns.constFirst().first, columns.constFirst().second.toString()};
    QString sql = u"SELECT DISTINCT c.row_id FROM change_log c WHERE c.table_name = ? AND c.action = 'insert' AND "
                  "c.field = ? AND c.new_value = ?"_s;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        const auto& [column, value] = columns[i];
        const QString same = u"SELECT 1 FROM change_log o WHERE o.table_name = c.table_name AND o.row_id = c.row_id "
                             "AND o.action = 'insert' AND o.field = ? AND o.new_value"_s;
        bound << column;
        if (value.isNull()) {
            sql += u" AND NOT EXISTS ("_s % same % u" IS NOT NULL)"_s;
        } else {
            sql += u" AND EXISTS ("_s % same % u" = ?)"_s;
            bound << value.toString();
        }
    }
    QSqlQuery logged = m_db.exec(sql, bound);
    while (logged.next())
        ids << logged.value(0).toLongLong();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QList<HistoryEntry> RecordHistory::read(const QList<Part>& parts)
{
    QList<HistoryEntry> entries;
    constexpr qsizetype IdsPerStatement = 500;
    for (const Part& part : parts) {
        for (qsizetype first = 0; first < part.ids.size(); first += IdsPerStatement) {
            const QList<qint64> ids = part.ids.mid(first, IdsPerStatement);
            QVariantList bound{part.table};
            for (qint64 id : ids)
                bound << id;
            QSqlQuery query = m_db.exec(u"SELECT id, changed_at, changed_by, row_id, action, field, old_value, "
                                        "new_value FROM change_log WHERE table_name = ? AND row_id IN ("_s %
                                            QStringList(ids.size(), u"?"_s).join(u", "_s) % u')',
                                        bound);
            struct Row
            {
                qint64 id;
                QString at, by;
                qint64 rowId;
                QString action, field;
                QVariant oldValue, newValue;
            };
            QList<Row> rows;
            while (query.next()) {
                rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString(),
                             query.value(6), query.value(7)});
            }
            query.finish(); // before the names of values are looked up
            for (const Row& row : std::as_const(rows)) {
                if (placeField(part.table, row.field))
                    continue;
                QDateTime at = QDateTime::fromString(row.at, Qt::ISODateWithMs);
                at.setTimeSpec(Qt::UTC);
                const bool removal = row.action == u"delete"_s;
                entries.append(
                    {row.id, at, row.by, part.label.contains(u"%1"_s) ? part.label.arg(row.rowId) : part.label,
                     actionName(row.action),
                     removal && row.field.isEmpty() ? QString() : fieldName(part.table, row.field),
                     valueText(part.table, row.field, row.oldValue), valueText(part.table, row.field, row.newValue)});
            }
        }
    }
    // The newest change first; the fields of one change (of one record, by one person at one moment) in the order
    // they were written.
    std::sort(entries.begin(), entries.end(),
              [](const HistoryEntry& a, const HistoryEntry& b) { return a.entryId > b.entryId; });
    const auto sameChange = [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.changedAt == b.changedAt && a.changedBy == b.changedBy && a.record == b.record;
    };
    for (auto first = entries.begin(); first != entries.end();) {
        auto last =
            std::find_if_not(first, entries.end(), [&](const HistoryEntry& e) { return sameChange(*first, e); });
        std::reverse(first, last);
        first = last;
    }
    return entries;
}

QString RecordHistory::valueText(const QString& table, const QString& field, const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (table == u"audit_results"_s && field == u"result"_s)
        return AuditTexts::name(AuditTexts::result(text));
    if (table == u"audit_findings"_s && field == u"severity"_s)
        return AuditTexts::name(AuditTexts::severity(text));
    if (table == u"audit_evidence"_s && field == u"kind"_s)
        return AuditTexts::name(AuditTexts::evidenceKind(text));
    if (table == u"remediation_plans"_s && field == u"status"_s)
        return RemediationTexts::name(RemediationTexts::status(text));
    if (table == u"exceptions"_s && field == u"decision"_s)
        return RemediationTexts::name(RemediationTexts::decision(text));
    if (table == u"accounts"_s && field == u"password"_s) // never the password: that it was set or changed
        return text == u"changed"_s ? tr("Changed") : tr("Set");
    if (field == u"done"_s || field == u"is_administrator"_s)
        return text == u"1"_s || text == u"true"_s ? tr("Yes") : tr("No");
    if (field == u"roles"_s) {
        QList<Role> roles;
        for (const QString& key : text.split(u' ', Qt::SkipEmptyParts)) {
            if (const std::optional<Role> role = Roles::fromKey(key))
                roles << *role;
        }
        return Roles::names(roles);
    }
    const auto nameOf = [&](const QString& sql) {
        const QVariant name = m_db.scalar(sql, {text.toLongLong()});
        return name.isValid() ? name.toString() : text;
    };
    if (field == u"owner_id"_s || field == u"person_id"_s)
        return nameOf(u"SELECT name FROM people WHERE id = ?"_s);
    if (field == u"unit_id"_s)
        return nameOf(u"SELECT name FROM units WHERE id = ?"_s);
    return text;
}

ExportTable RecordHistory::table(const QString& title, const QList<HistoryEntry>& entries, CalendarStyle style)
{
    ExportTable table{
        title, {tr("When"), tr("Who"), tr("What"), tr("Change"), tr("Field"), tr("Before"), tr("After")}, {}};
    for (const HistoryEntry& entry : entries) {
        const QDateTime local = entry.changedAt.toLocalTime();
        table.rows.append(
            {JapaneseCalendar::formatDate(local.date(), style) % u' ' % local.time().toString(u"HH:mm:ss"_s),
             entry.changedBy, entry.record, entry.action, entry.field, entry.oldValue, entry.newValue});
    }
    return table;
}

} // namespace kansa
