#include "CsvReader.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

QString ImportProblem::toString(const QString& fileName) const
{
    QString where = fileName;
    if (line > 0)
        where += u':' % QString::number(line);
    if (column > 0)
        where += u':' % QString::number(column);
    if (!field.isEmpty())
        where += u" (" % field % u')';
    return where % u": "_s % message;
}

QString CsvReader::decode(const QByteArray& bytes, QString* encoding, ImportProblem* problem)
{
    static const QByteArray utf8Bom("\xEF\xBB\xBF");
    if (bytes.startsWith(utf8Bom)) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder(bytes.mid(utf8Bom.size()));
        if (!decoder.hasError()) {
            *encoding = u"UTF-8"_s;
            return text;
        }
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes);
        if (!utf8.hasError()) {
            *encoding = u"UTF-8"_s;
            return text;
        }
        QStringDecoder sjis("CP932");
        if (sjis.isValid()) {
            text = sjis(bytes);
            if (!sjis.hasError()) {
                *encoding = u"Shift_JIS"_s;
                return text;
            }
        }
    }
    problem->message = tr("The file is neither UTF-8 nor Shift_JIS text; save it as CSV (UTF-8) and try again.");
    return {};
}

CsvReader::Result CsvReader::read(const QByteArray& bytes, int maxFieldLength)
{
    Result result;
    if (bytes.trimmed().isEmpty()) {
        result.problems << ImportProblem{0, 0, {}, tr("The file is empty.")};
        return result;
    }
    ImportProblem decodeProblem;
    const QString text = decode(bytes, &result.encoding, &decodeProblem);
    if (text.isNull()) {
        result.problems << decodeProblem;
        return result;
    }

    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldWasQuoted = false;
    bool fieldTooLong = false;
    int line = 1;
    record.line = 1;
    int recordStartLine = 1;

    auto endField = [&] {
        if (fieldTooLong) {
            result.problems << ImportProblem{
                recordStartLine,
                static_cast<int>(record.fields.size()) + 1,
                {},
                tr("The value is too long (%1 characters; at most %2).").arg(field.size()).arg(maxFieldLength)};
            field.truncate(maxFieldLength);
        }
        record.fields << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
        fieldTooLong = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank) {
            record.line = recordStartLine;
            result.records << record;
        }
        record.fields.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0) {
            result.problems << ImportProblem{line,
                                             static_cast<int>(record.fields.size()) + 1,
                                             {},
                                             tr("The file contains a NUL character; it is not a text file.")};
            return result;
        }
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (field.size() < maxFieldLength + 1)
                    field += c;
                else
                    fieldTooLong = true;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordStartLine = line;
        } else if (fieldWasQuoted) {
            if (!c.isSpace()) {
                result.problems << ImportProblem{line,
                                                 static_cast<int>(record.fields.size()) + 1,
                                                 {},
                                                 tr("Text follows the closing quote of a quoted value.")};
                return result;
            }
        } else if (c == u'"') {
            // RFC 4180: a value with a quote in it is quoted whole, the quote doubled. Taken as it stands, 「abc"def」
            // would hide a value whose opening quote was lost, and with it where the next value begins.
            result.problems << ImportProblem{line,
                                             static_cast<int>(record.fields.size()) + 1,
                                             {},
                                             tr("A quote inside a value that is not quoted: put the value in quotes "
                                                "and double the quote (\"\").")};
            return result;
        } else if (field.size() < maxFieldLength + 1) {
            field += c;
        } else {
            fieldTooLong = true;
        }
    }
    if (quoted) {
        result.problems << ImportProblem{
            recordStartLine, static_cast<int>(record.fields.size()) + 1, {}, tr("A quoted value is never closed.")};
        return result;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    if (result.records.isEmpty() && result.problems.isEmpty())
        result.problems << ImportProblem{0, 0, {}, tr("The file is empty.")};
    return result;
}

} // namespace kansa
