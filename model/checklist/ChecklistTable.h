#pragma once

#include "checklist/ChecklistReader.h"

#include <QCoreApplication>

namespace kansa {

// A checklist as one table, a row per item, for people who keep their checklist in Excel: CSV (UTF-8 with
// or without BOM, or Shift_JIS) and XLSX. Rows starting with # above the heading row carry the checklist's
// id, title, kind, version and source documents; without them the file name gives the id. The table is
// turned into the same structure the JSON reader checks, so the same rules apply and every problem names
// the line or sheet!cell.
class ChecklistTable final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTable)

public:
    static ChecklistReader::Result readCsv(const QByteArray& bytes, const QString& fileName);
    static ChecklistReader::Result readXlsx(const QString& path);
    // Reads CSV, XLSX or JSON by the file's suffix.
    static ChecklistReader::Result readAny(const QString& path);

    static QList<QStringList> toRows(const Checklist& checklist);
    static QByteArray toCsv(const Checklist& checklist); // UTF-8 with BOM and CRLF, as Excel reads it
    static void writeXlsx(const Checklist& checklist, const QString& path); // throws kansa::Error

    // cellName(row, column): where a cell is, e.g. "12" (a CSV line) or "チェックリスト!C12".
    using CellName = std::function<QString(int row, int column)>;
    static ChecklistReader::Result fromRows(const QList<QStringList>& rows, const QString& fileName,
                                            const CellName& cellName);
};

} // namespace kansa
