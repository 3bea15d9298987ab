#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kansa {

// Reads the cells of a sheet of an XLSX workbook (a zip of XML parts) through minizip and QXmlStreamReader,
// as Excel and LibreOffice Calc save it. Values come back as the text a person sees: shared strings,
// inline strings, numbers as written.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Sheet
    {
        QString name;
        QList<QStringList> rows;        // rows[r][c]: row r+1, column c+1; missing cells are empty
        QSet<QPair<int, int>> formulas; // (row, column), 1-based, of the cells that hold a formula
    };

    // The sheets in workbook order. Throws kansa::Error naming the file and part when it is not a workbook.
    static QList<Sheet> read(const QString& path);
    // "B7" for row 7 (1-based), column 2 (1-based).
    static QString cellName(int row, int column);
};

} // namespace kansa
