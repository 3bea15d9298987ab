#pragma once

#include "common/RecordRef.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

// A titled table of text cells, as shown on screen and handed to Excel users.
struct ExportTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QList<RecordRef> records = {}; // what each row stands for, where rows stand for records a screen opens; or empty
};

// Writes tables as CSV (UTF-8 with a byte order mark and CRLF, which Excel opens as Japanese text) or as an
// XLSX workbook with one sheet per table; cells that are numbers are written as numbers.
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    static QByteArray csv(const QList<QStringList>& rows);
    // Several tables in one CSV file: each under its title, separated by an empty line.
    static QByteArray csv(const QList<ExportTable>& tables);
    // Throws kansa::Error naming the file when it cannot be written.
    static void writeXlsx(const QList<ExportTable>& tables, const QString& path);
};

} // namespace kansa
