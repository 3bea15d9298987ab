#include "policy/PolicyReader.h"

#include "common/Error.h"
#include "exchange/CsvReader.h"
#include "exchange/ZipFile.h"
#include "policy/DocxNumbering.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

[[noreturn]] void throwTooMuchText(const QString& shownAs)
{
    throw Error(PolicyReader::tr("%1 holds more text than any policy (over %2 characters); nothing was read.")
                    .arg(shownAs)
                    .arg(PolicyReader::MaxCharacters));
}

QStringList splitLines(const QString& text)
{
    QString unified = text;
    unified.replace(u"\r\n"_s, u"\n"_s);
    unified.replace(u'\r', u'\n');
    return unified.split(u'\n');
}

} // namespace

PolicyDocument PolicyReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        throw Error(tr("%1 is larger than any policy (%2 MB; Kansa reads up to %3 MB).")
                        .arg(path)
                        .arg(file.size() / (1024 * 1024))
                        .arg(MaxFileSize / (1024 * 1024)));
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return readDocx(path, path);
    }
    return readBytes(file.readAll(), path);
}

PolicyDocument PolicyReader::readBytes(const QByteArray& bytes, const QString& shownAs)
{
    if (bytes.trimmed().isEmpty())
        throw Error(tr("%1 is empty: it holds no policy text.").arg(shownAs));
    if (bytes.size() > MaxFileSize)
        throw Error(tr("%1 is larger than any policy (%2 MB; Kansa reads up to %3 MB).")
                        .arg(shownAs)
                        .arg(bytes.size() / (1024 * 1024))
                        .arg(MaxFileSize / (1024 * 1024)));
    if (bytes.startsWith("%PDF"))
        return readPdf(bytes, shownAs);
    if (bytes.startsWith("PK\x03\x04")) {
        // The zip reader reads from a file: the bytes go to a temporary one.
        QTemporaryFile copy;
        if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
            throw Error(tr("%1 cannot be read: no temporary copy could be written.").arg(shownAs));
        return readDocx(copy.fileName(), shownAs);
    }
    return readText(bytes, shownAs);
}

PolicyDocument PolicyReader::readText(const QByteArray& bytes, const QString& shownAs)
{
    if (bytes.contains('\0'))
        throw Error(tr("%1 is not a text, DOCX or PDF file: it holds binary data.").arg(shownAs));
    PolicyDocument document;
    document.fileName = shownAs;
    document.format = u"text"_s;
    ImportProblem problem;
    const QString text = CsvReader::decode(bytes, &document.encoding, &problem);
    if (text.isNull())
        throw Error(tr("%1 is neither UTF-8 nor Shift_JIS text, nor a DOCX or PDF file.").arg(shownAs));
    if (text.size() > MaxCharacters)
        throwTooMuchText(shownAs);
    for (const QString& page : text.split(u'\f'))
        document.pages << splitLines(page);
    return document;
}

PolicyDocument PolicyReader::readDocx(const QString& path, const QString& shownAs)
{
    try {
        return readDocxPart(path, shownAs);
    } catch (const Error& error) {
        // The zip reader names the file it read: a temporary copy is named as the caller knows it.
        if (path == shownAs)
            throw;
        throw Error(QString(error.message()).replace(path, shownAs));
    }
}

PolicyDocument PolicyReader::readDocxPart(const QString& path, const QString& shownAs)
{
    const ZipReader zip(path);
    const QString part = u"word/document.xml"_s;
    if (!zip.contains(part))
        throw Error(tr("%1 is not a DOCX document: it has no %2.").arg(shownAs, part));
    // Read bounded: the zip reader refuses an entry that unpacks to more than MaxPartSize.
    const QByteArray xmlBytes = zip.read(part, MaxPartSize);
    // Numbered paragraphs (「(1)」「①」 drawn by Word) get their markers back.
    DocxNumbering numbering;
    const QString numberingPart = u"word/numbering.xml"_s;
    if (zip.contains(numberingPart)) {
        QString error;
        qint64 line = 0;
        numbering = DocxNumbering::read(zip.read(numberingPart, MaxPartSize), &error, &line);
        if (!error.isEmpty())
            throw Error(
                tr("%1: the part %2 is damaged at line %3: %4").arg(shownAs, numberingPart).arg(line).arg(error));
    }
    QXmlStreamReader xml(xmlBytes);
    PolicyDocument document;
    document.fileName = shownAs;
    document.format = u"docx"_s;
    QStringList lines;
    QString paragraph;
    QString numId;
    int numLevel = 0;
    qint64 characters = 0;
    bool inText = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"t")
                inText = true;
            else if (name == u"numId")
                numId = xml.attributes().value(u"w:val"_s).toString();
            else if (name == u"ilvl")
                numLevel = xml.attributes().value(u"w:val"_s).toInt();
            else if (name == u"tab")
                paragraph += u'\t';
            else if (name == u"br" || name == u"cr") {
                if (xml.attributes().value(u"w:type"_s) == u"page") {
                    lines << paragraph;
                    paragraph.clear();
                    document.pages << lines;
                    lines.clear();
                } else {
                    paragraph += u'\n';
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"t")
                inText = false;
            else if (name == u"p") {
                // A paragraph or a table cell's paragraph: one line each, after its number.
                if (!numId.isEmpty()) {
                    const QString marker = numbering.next(numId, numLevel);
                    if (!marker.isEmpty())
                        paragraph = marker % u' ' % paragraph;
                }
                lines += paragraph.split(u'\n');
                paragraph.clear();
                numId.clear();
                numLevel = 0;
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            characters += xml.text().size();
            if (characters > MaxCharacters)
                throwTooMuchText(shownAs);
            paragraph += xml.text();
        }
    }
    if (xml.hasError())
        throw Error(tr("%1: the part %2 is damaged at line %3: %4")
                        .arg(shownAs, part)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
    if (!paragraph.isEmpty())
        lines << paragraph;
    document.pages << lines;
    return document;
}

PolicyDocument PolicyReader::readPdf(const QByteArray& bytes, const QString& shownAs)
{
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        throw Error(tr("%1 is not a PDF file Kansa can read: it is damaged or not a PDF.").arg(shownAs));
    if (pdf->isLocked())
        throw Error(tr("%1 is protected by a password; save it without one and try again.").arg(shownAs));
    const int pages = pdf->numPages();
    if (pages <= 0)
        throw Error(tr("%1 is a PDF file without pages.").arg(shownAs));
    if (pages > MaxPages)
        throw Error(
            tr("%1 has more pages than any policy (%2; Kansa reads up to %3).").arg(shownAs).arg(pages).arg(MaxPages));
    PolicyDocument document;
    document.fileName = shownAs;
    document.format = u"pdf"_s;
    qint64 characters = 0;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            throw Error(tr("%1: page %2 cannot be read.").arg(shownAs).arg(i + 1));
        const QString text = page->text(QRectF());
        characters += text.size();
        if (characters > MaxCharacters)
            throwTooMuchText(shownAs);
        document.pages << splitLines(text);
    }
    return document;
}

} // namespace kansa
