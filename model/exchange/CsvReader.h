#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

// One problem found in an imported file: where (line, column) and what.
struct ImportProblem
{
    int line = 0;   // 1-based; 0 for the whole file
    int column = 0; // 1-based; 0 for the whole line
    QString field;  // the column's heading as the file writes it, when known
    QString message;

    QString toString(const QString& fileName) const;
};

struct CsvRecord
{
    int line = 0; // the line the record starts on
    QStringList fields;
};

// Reads CSV as HR systems and Excel write it: UTF-8 with or without BOM, or Shift_JIS (CP932); CRLF or LF;
// quoted fields with "" escapes and line breaks inside quotes. Never throws: problems are collected.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr int DefaultMaxFieldLength = 10000;

    struct Result
    {
        QString encoding; // "UTF-8" or "Shift_JIS"
        QList<CsvRecord> records;
        QList<ImportProblem> problems;
    };

    static Result read(const QByteArray& bytes, int maxFieldLength = DefaultMaxFieldLength);
    // Decodes the bytes, or returns a null string and sets *problem when they are neither UTF-8 nor CP932.
    static QString decode(const QByteArray& bytes, QString* encoding, ImportProblem* problem);
};

} // namespace kansa
