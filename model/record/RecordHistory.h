#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "calendar/JapaneseCalendar.h"
#include "exchange/TableExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kansa {

class Database;

// One changed field of a record, as the change log holds it, in words: who changed what and when.
struct HistoryEntry
{
    qint64 entryId = 0;
    QDateTime changedAt; // UTC
    QString changedBy;   // 「大森 正和 (m.omori)」
    QString record;      // what of the record changed: 「結果」, 「証跡 12」, 「対策 3」
    QString action;      // 「作成」, 「変更」, 「削除」
    QString field;       // the field's name (empty for a removal)
    QString oldValue;
    QString newValue;
};

// The history of a record where people look at it: an item's result and its evidence, a finding, a remediation
// plan with its actions and progress reports, an exception, an account with its person and roles. Read from the
// change log under the access policy: whoever may read the record may read its history. Rows since removed
// (evidence, actions) are found by the entry that created them.
class RecordHistory final
{
    Q_DECLARE_TR_FUNCTIONS(RecordHistory)

public:
    RecordHistory(Database& db, const Session& session);

    // unitId 0: the audit's organisation-level item.
    QList<HistoryEntry> auditItem(qint64 auditId, qint64 unitId, const QString& itemKey);
    QList<HistoryEntry> finding(qint64 findingId);
    QList<HistoryEntry> plan(qint64 planId);
    QList<HistoryEntry> exception(qint64 exceptionId);
    QList<HistoryEntry> account(qint64 accountId);
    QList<HistoryEntry> account(const QString& login);

    // The entries as a table (the newest change first, as read), times in the calendar chosen, to be shown or written
    // as CSV.
    static ExportTable table(const QString& title, const QList<HistoryEntry>& entries, CalendarStyle style);

private:
    struct Part
    {
        QString table;
        QList<qint64> ids;
        QString label; // 「証跡」; empty: the record itself, named by its fields alone
    };
    QList<HistoryEntry> read(const QList<Part>& parts);
    // The rows of a table whose creation the change log recorded with these column values (also rows since
    // removed), and those stored now.
    QList<qint64> rowsCreatedWith(const QString& table, const QList<std::pair<QString, QVariant>>& columns);
    QString valueText(const QString& table, const QString& field, const QVariant& value);

    Database& m_db;
    AccessPolicy m_access;
};

} // namespace kansa
