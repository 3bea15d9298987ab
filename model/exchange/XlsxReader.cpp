#include "XlsxReader.h"

#include "common/Error.h"
#include "exchange/ZipFile.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr int MaxColumns = 16384; // XFD, the last column a workbook can have
constexpr int MaxRows = 1048576;

// Far more than a checklist or a returned workbook holds, and bounded: a small file that unpacks to a sheet
// that reaches column XFD in every row, or to millions of strings, is refused before it fills the memory.
constexpr qint64 MaxPartSize = 64LL * 1024 * 1024;
constexpr qint64 MaxCells = 2'000'000;       // cells of all sheets, the empty ones before a cell included
constexpr qint64 MaxStrings = 1'000'000;     // shared strings
constexpr qint64 MaxCharacters = 64'000'000; // characters of all shared strings and cells

// What a workbook may still hold as it is read (MaxCells, MaxStrings, MaxCharacters).
struct Budget
{
    qint64 cells = MaxCells;
    qint64 strings = MaxStrings;
    qint64 characters = MaxCharacters;
};

[[noreturn]] void throwTooLarge(const QString& path, const QString& where)
{
    throw Error(XlsxReader::tr("%1 is larger than any checklist or returned workbook (at %2): it holds more cells or "
                               "text than Kansa reads (%3 cells, %4 characters). Nothing was read.")
                    .arg(path, where)
                    .arg(MaxCells)
                    .arg(MaxCharacters));
}

// A part of the workbook, read through the bounded zip reader (at most MaxPartSize, its CRC checked).
QByteArray part(const ZipReader& zip, const QString& name, const QString& path, bool required = true)
{
    if (!zip.contains(name)) {
        if (required)
            throw Error(XlsxReader::tr("%1 is not an XLSX workbook: it has no %2.").arg(path, name));
        return {};
    }
    return zip.read(name, MaxPartSize);
}

void checkXml(const QXmlStreamReader& xml, const QString& path, const QString& name)
{
    if (xml.hasError())
        throw Error(XlsxReader::tr("%1: the part %2 is damaged at line %3: %4")
                        .arg(path, name)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
}

// "BC12" -> column 55 (1-based), row 12.
bool parseReference(QStringView reference, int* row, int* column)
{
    int c = 0;
    qsizetype i = 0;
    while (i < reference.size() && reference[i].isLetter()) {
        c = c * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (c > MaxColumns)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = reference.mid(i).toInt(&ok);
    if (!ok || c < 1 || r < 1 || r > MaxRows)
        return false;
    *row = r;
    *column = c;
    return true;
}

QStringList sharedStrings(const ZipReader& zip, const QString& path, Budget& budget)
{
    QStringList strings;
    const QByteArray data = part(zip, u"xl/sharedStrings.xml"_s, path, false);
    if (data.isEmpty())
        return strings;
    QXmlStreamReader xml(data);
    QString current;
    bool inString = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si") {
            inString = true;
            current.clear();
        } else if (xml.isEndElement() && xml.name() == u"si") {
            inString = false;
            budget.characters -= current.size();
            if (--budget.strings < 0 || budget.characters < 0)
                throwTooLarge(path, u"xl/sharedStrings.xml"_s);
            strings << current;
        } else if (inString && xml.isStartElement() && xml.name() == u"t") {
            current += xml.readElementText();
        } else if (inString && xml.isStartElement() && xml.name() == u"rPh") {
            xml.skipCurrentElement(); // furigana guides are not part of the text
        }
    }
    checkXml(xml, path, u"xl/sharedStrings.xml"_s);
    return strings;
}

XlsxReader::Sheet readSheet(const ZipReader& zip, const QString& path, const QString& name, const QString& partName,
                            const QStringList& strings, Budget& budget)
{
    XlsxReader::Sheet sheet;
    sheet.name = name;
    QXmlStreamReader xml(part(zip, partName, path));
    int row = 0;
    int column = 0;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1StringView("r")).toInt(&ok);
            row = ok ? r : row + 1;
            column = 0;
        } else if (xml.name() == u"c") {
            const QStringView reference = xml.attributes().value(QLatin1StringView("r"));
            int r = row;
            int c = column + 1;
            if (!reference.isEmpty() && !parseReference(reference, &r, &c))
                throw Error(XlsxReader::tr("%1: sheet %2 has a cell with the reference 「%3」.")
                                .arg(path, name, reference.toString()));
            row = r;
            column = c;
            type = xml.attributes().value(QLatin1StringView("t")).toString();
        } else if (xml.name() == u"f") {
            sheet.formulas.insert({row, column});
            xml.skipCurrentElement();
        } else if (xml.name() == u"v" || (xml.name() == u"t" && type == u"inlineStr")) {
            QString value = xml.readElementText();
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size())
                    throw Error(XlsxReader::tr("%1: cell %2!%3 points at a shared string that does not exist.")
                                    .arg(path, name, XlsxReader::cellName(row, column)));
                value = strings.at(index);
            } else if (type == u"b") {
                value = value == u"1" ? u"TRUE"_s : u"FALSE"_s;
            }
            if (row < 1 || column < 1)
                continue;
            budget.cells -= std::max<qint64>(0, row - sheet.rows.size());
            budget.cells -= std::max<qint64>(0, column - (row <= sheet.rows.size() ? sheet.rows[row - 1].size() : 0));
            budget.characters -= value.size();
            if (budget.cells < 0 || budget.characters < 0)
                throwTooLarge(path, name % u'!' % XlsxReader::cellName(row, column));
            while (sheet.rows.size() < row)
                sheet.rows << QStringList();
            QStringList& cells = sheet.rows[row - 1];
            while (cells.size() < column)
                cells << QString();
            cells[column - 1] += value;
        }
    }
    checkXml(xml, path, partName);
    return sheet;
}

} // namespace

QString XlsxReader::cellName(int row, int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters % QString::number(row);
}

QList<XlsxReader::Sheet> XlsxReader::read(const QString& path)
{
    std::optional<ZipReader> opened;
    try {
        opened.emplace(path);
    } catch (const Error&) {
        throw Error(tr("%1 is not an XLSX workbook (it cannot be opened as a zip archive).").arg(path));
    }
    const ZipReader& zip = *opened;
    Budget budget;
    const QStringList strings = sharedStrings(zip, path, budget);

    // Where each sheet's part is: workbook.xml names the sheets and their relationship ids.
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(part(zip, u"xl/_rels/workbook.xml.rels"_s, path));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                QString target = xml.attributes().value(QLatin1StringView("Target")).toString();
                if (target.startsWith(u'/'))
                    target = target.mid(1);
                else
                    target = u"xl/"_s % target;
                targets.insert(xml.attributes().value(QLatin1StringView("Id")).toString(), target);
            }
        }
        checkXml(xml, path, u"xl/_rels/workbook.xml.rels"_s);
    }
    QList<Sheet> sheets;
    QXmlStreamReader xml(part(zip, u"xl/workbook.xml"_s, path));
    QList<QPair<QString, QString>> order;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            const QString id =
                xml.attributes()
                    .value(u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s, u"id"_s)
                    .toString();
            order << qMakePair(xml.attributes().value(QLatin1StringView("name")).toString(), targets.value(id));
        }
    }
    checkXml(xml, path, u"xl/workbook.xml"_s);
    for (const auto& [name, target] : order) {
        if (target.isEmpty())
            throw Error(tr("%1: the sheet %2 has no part in the workbook.").arg(path, name));
        sheets << readSheet(zip, path, name, target, strings, budget);
    }
    return sheets;
}

} // namespace kansa
