#include "ReportLetterhead.h"

#include "common/Error.h"
#include "exchange/ZipFile.h"
#include "report/DocxWriter.h"
#include "report/ReportDocument.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr qint64 MaxPartBytes = 8 * 1024 * 1024;
constexpr int MaxEntries = 2000;

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString StyleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString FoNs = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;

Qt::Alignment alignmentOf(const QString& value)
{
    if (value == u"center"_s)
        return Qt::AlignHCenter;
    if (value == u"right"_s || value == u"end"_s)
        return Qt::AlignRight;
    return Qt::AlignLeft;
}

// The paragraphs of a WordprocessingML part (a body, a header, a footer) as text: tabs as \t, line breaks as \n, the
// PAGE and NUMPAGES fields as {{頁}} and {{総頁}} (their shown results left out).
QList<ReportLetterhead::Line> wordParagraphs(const QByteArray& xml, const QString& where)
{
    QList<ReportLetterhead::Line> lines;
    QXmlStreamReader reader(xml);
    ReportLetterhead::Line line;
    bool inParagraph = false;
    bool inInstruction = false;
    bool skippingResult = false; // between a field's separate and end
    QString instruction;
    auto fieldToken = [](const QString& code) {
        const QString name = code.trimmed().section(u' ', 0, 0).toUpper();
        if (name == u"PAGE"_s)
            return ReportLetterhead::placeholder(u"頁"_s);
        if (name == u"NUMPAGES"_s || name == u"SECTIONPAGES"_s)
            return ReportLetterhead::placeholder(u"総頁"_s);
        return QString();
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == W) {
            const QStringView name = reader.name();
            if (name == u"p"_s) {
                inParagraph = true;
                line = {};
            } else if (name == u"jc"_s && inParagraph) {
                line.alignment = alignmentOf(reader.attributes().value(W, u"val"_s).toString());
            } else if (name == u"t"_s && inParagraph && !skippingResult) {
                line.text += reader.readElementText();
            } else if (name == u"tab"_s && inParagraph && !skippingResult) {
                // A tab stop of the paragraph's properties is no tab of its text.
                line.text += u'\t';
            } else if (name == u"tabs"_s) {
                reader.skipCurrentElement();
            } else if (name == u"br"_s && inParagraph && !skippingResult) {
                line.text += u'\n';
            } else if (name == u"fldSimple"_s) {
                line.text += fieldToken(reader.attributes().value(W, u"instr"_s).toString());
                reader.skipCurrentElement();
            } else if (name == u"instrText"_s) {
                instruction += reader.readElementText();
                inInstruction = true;
            } else if (name == u"fldChar"_s) {
                const QStringView type = reader.attributes().value(W, u"fldCharType"_s);
                if (type == u"begin"_s) {
                    instruction.clear();
                } else if (type == u"separate"_s && inInstruction) {
                    line.text += fieldToken(instruction);
                    skippingResult = true;
                } else if (type == u"end"_s) {
                    skippingResult = inInstruction = false;
                }
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == W && reader.name() == u"p"_s) {
            inParagraph = false;
            lines << line;
        }
    }
    if (reader.hasError())
        throw Error(ReportLetterhead::tr("%1: %2 is not well-formed XML (line %3): %4")
                        .arg(where)
                        .arg(reader.lineNumber())
                        .arg(reader.errorString()));
    return lines;
}

// The paragraphs of an ODF element (text:p, text:h) as text, with tabs, line breaks and page fields as above.
QList<ReportLetterhead::Line> odfParagraphs(QXmlStreamReader& reader, const QHash<QString, Qt::Alignment>& alignments,
                                            const QString& until)
{
    QList<ReportLetterhead::Line> lines;
    int depth = 0;
    ReportLetterhead::Line line;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == until)
            break;
        if (reader.isStartElement() && reader.namespaceUri() == TextNs) {
            const QStringView name = reader.name();
            if ((name == u"p"_s || name == u"h"_s) && depth++ == 0)
                line = {{}, alignments.value(reader.attributes().value(TextNs, u"style-name"_s).toString())};
            else if (name == u"tab"_s)
                line.text += u'\t';
            else if (name == u"line-break"_s)
                line.text += u'\n';
            else if (name == u"s"_s)
                line.text += QString(std::max(1, reader.attributes().value(TextNs, u"c"_s).toInt()), u' ');
            else if (name == u"page-number"_s) {
                line.text += ReportLetterhead::placeholder(u"頁"_s);
                reader.skipCurrentElement();
            } else if (name == u"page-count"_s) {
                line.text += ReportLetterhead::placeholder(u"総頁"_s);
                reader.skipCurrentElement();
            }
        } else if (reader.isCharacters() && depth > 0) {
            line.text += reader.text();
        } else if (reader.isEndElement() && reader.namespaceUri() == TextNs &&
                   (reader.name() == u"p"_s || reader.name() == u"h"_s) && --depth == 0) {
            lines << line;
        }
    }
    return lines;
}

// Paragraph styles of an ODF part that align their text.
QHash<QString, Qt::Alignment> odfAlignments(const QByteArray& xml)
{
    QHash<QString, Qt::Alignment> alignments;
    QXmlStreamReader reader(xml);
    QString style;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.namespaceUri() != StyleNs)
            continue;
        if (reader.name() == u"style"_s)
            style = reader.attributes().value(StyleNs, u"name"_s).toString();
        else if (reader.name() == u"paragraph-properties"_s && !style.isEmpty())
            alignments.insert(style, alignmentOf(reader.attributes().value(FoNs, u"text-align"_s).toString()));
    }
    return alignments;
}

// Left, centre and right of a header or footer: its paragraphs split at their tabs, one line per paragraph.
QStringList runningParts(const QList<ReportLetterhead::Line>& paragraphs)
{
    QStringList parts(3);
    for (const ReportLetterhead::Line& paragraph : paragraphs) {
        if (paragraph.text.trimmed().isEmpty())
            continue;
        QStringList pieces = paragraph.text.split(u'\t');
        if (pieces.size() == 1 && paragraph.alignment == Qt::AlignHCenter)
            pieces = {QString(), pieces.first()};
        else if (pieces.size() == 1 && paragraph.alignment == Qt::AlignRight)
            pieces = {QString(), QString(), pieces.first()};
        else if (pieces.size() == 2)
            pieces = {pieces.first(), QString(), pieces.last()};
        for (qsizetype i = 0; i < 3; ++i) {
            const QString piece = i < 2 ? pieces.value(i).trimmed() : pieces.mid(2).join(u' ').trimmed();
            if (piece.isEmpty())
                continue;
            parts[i] += (parts[i].isEmpty() ? QString() : u"\n"_s) + piece;
        }
    }
    return parts;
}

class Package
{
public:
    Package(const QString& fileName, const QByteArray& content)
        : m_fileName(fileName)
    {
        if (content.size() > ReportLetterhead::MaxBytes)
            throw Error(ReportLetterhead::tr("%1 is %2 MB; a letterhead template may be at most %3 MB.")
                            .arg(fileName)
                            .arg(double(content.size()) / (1024 * 1024), 0, 'f', 1)
                            .arg(ReportLetterhead::MaxBytes / (1024 * 1024)));
        QFile file(m_dir.filePath(u"template"_s));
        if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            throw Error(ReportLetterhead::tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        file.close();
        try {
            m_zip = std::make_unique<ZipReader>(file.fileName());
            m_zip->entries(MaxEntries);
        } catch (const Error&) {
            throw Error(ReportLetterhead::tr("%1 is not a Word (DOCX) or OpenDocument (ODT) document.").arg(fileName));
        }
    }

    bool contains(const QString& part) const { return m_zip->contains(part); }
    QByteArray read(const QString& part) const
    {
        try {
            return m_zip->read(part, MaxPartBytes);
        } catch (const Error& error) {
            throw Error(ReportLetterhead::tr("%1: %2").arg(m_fileName, error.message()));
        }
    }
    QString where(const QString& part) const { return m_fileName + u" ("_s + part + u')'; }

private:
    QString m_fileName;
    QTemporaryDir m_dir;
    std::unique_ptr<ZipReader> m_zip;
};

// The header and footer parts the body's last section refers to (its default ones), by their relationships.
std::pair<QString, QString> wordRunningParts(const Package& package, const QByteArray& document)
{
    QHash<QString, QString> targets;
    if (package.contains(u"word/_rels/document.xml.rels"_s)) {
        QXmlStreamReader rels(package.read(u"word/_rels/document.xml.rels"_s));
        while (!rels.atEnd()) {
            if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship"_s)
                targets.insert(rels.attributes().value(u"Id"_s).toString(),
                               u"word/"_s + rels.attributes().value(u"Target"_s).toString().remove(u"/word/"_s));
        }
    }
    QString header, footer;
    QXmlStreamReader reader(document);
    const QString R = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.namespaceUri() != W)
            continue;
        const bool isHeader = reader.name() == u"headerReference"_s;
        if ((!isHeader && reader.name() != u"footerReference"_s) ||
            reader.attributes().value(W, u"type"_s) != u"default"_s)
            continue;
        (isHeader ? header : footer) = targets.value(reader.attributes().value(R, u"id"_s).toString());
    }
    return {header, footer};
}

void checkPlaceholders(const QList<ReportLetterhead::Line>& lines, const QString& fileName, const QString& part)
{
    static const QRegularExpression pattern(u"\\{\\{([^{}]*)\\}\\}"_s);
    for (const ReportLetterhead::Line& line : lines) {
        for (const QRegularExpressionMatch& match : pattern.globalMatch(line.text)) {
            if (!ReportLetterhead::placeholders().contains(match.captured(1).trimmed()))
                throw Error(ReportLetterhead::tr("%1: the %2 uses the placeholder %3, which is not one of %4.")
                                .arg(fileName, part, match.captured(0), ReportLetterhead::placeholders().join(u'、')));
        }
    }
}

} // namespace

QStringList ReportLetterhead::placeholders()
{
    return {u"団体名"_s,   u"表題"_s,           u"年度"_s, u"文書番号"_s, u"発行日"_s,
            u"取扱区分"_s, u"監査統括責任者"_s, u"宛先"_s, u"頁"_s,       u"総頁"_s};
}

ReportLetterhead ReportLetterhead::standard()
{
    ReportLetterhead letterhead;
    letterhead.header = {placeholder(u"取扱区分"_s), QString(), placeholder(u"表題"_s)};
    letterhead.footer = {placeholder(u"取扱区分"_s), placeholder(u"頁"_s) + u" / "_s + placeholder(u"総頁"_s),
                         placeholder(u"団体名"_s) + u"  ·  Kansa "_s + QStringLiteral(KANSA_VERSION)};
    return letterhead;
}

ReportLetterhead ReportLetterhead::read(const QString& fileName, const QByteArray& content)
{
    const Package package(fileName, content);
    ReportLetterhead letterhead;
    letterhead.fileName = fileName;
    letterhead.content = content;
    QList<Line> header, footer;
    if (package.contains(u"word/document.xml"_s)) {
        letterhead.format = u"docx"_s;
        const QByteArray document = package.read(u"word/document.xml"_s);
        letterhead.cover = wordParagraphs(document, package.where(u"word/document.xml"_s));
        const auto [headerPart, footerPart] = wordRunningParts(package, document);
        if (!headerPart.isEmpty() && package.contains(headerPart))
            header = wordParagraphs(package.read(headerPart), package.where(headerPart));
        if (!footerPart.isEmpty() && package.contains(footerPart))
            footer = wordParagraphs(package.read(footerPart), package.where(footerPart));
    } else if (package.contains(u"content.xml"_s) && package.contains(u"styles.xml"_s)) {
        letterhead.format = u"odt"_s;
        const QByteArray contentXml = package.read(u"content.xml"_s);
        QXmlStreamReader body(contentXml);
        const QHash<QString, Qt::Alignment> alignments = odfAlignments(contentXml);
        while (!body.atEnd()) {
            if (body.readNext() == QXmlStreamReader::StartElement && body.name() == u"text"_s &&
                body.namespaceUri() == u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s)
                letterhead.cover = odfParagraphs(body, alignments, u"text"_s);
        }
        const QByteArray stylesXml = package.read(u"styles.xml"_s);
        const QHash<QString, Qt::Alignment> styleAlignments = odfAlignments(stylesXml);
        QXmlStreamReader styles(stylesXml);
        while (!styles.atEnd()) {
            if (styles.readNext() != QXmlStreamReader::StartElement || styles.namespaceUri() != StyleNs)
                continue;
            if (styles.name() == u"header"_s && header.isEmpty())
                header = odfParagraphs(styles, styleAlignments, u"header"_s);
            else if (styles.name() == u"footer"_s && footer.isEmpty())
                footer = odfParagraphs(styles, styleAlignments, u"footer"_s);
        }
        if (body.hasError() || styles.hasError())
            throw Error(tr("%1 is damaged: %2").arg(fileName, (body.hasError() ? body : styles).errorString()));
    } else {
        throw Error(tr("%1 is not a Word (DOCX) or OpenDocument (ODT) document.").arg(fileName));
    }
    // Empty paragraphs at the end of the cover are the template's last line, not part of the letterhead.
    while (!letterhead.cover.isEmpty() && letterhead.cover.last().text.trimmed().isEmpty())
        letterhead.cover.removeLast();
    checkPlaceholders(letterhead.cover, fileName, tr("cover"));
    checkPlaceholders(header, fileName, tr("header"));
    checkPlaceholders(footer, fileName, tr("footer"));
    const ReportLetterhead fallback = standard();
    letterhead.header = header.isEmpty() ? fallback.header : runningParts(header);
    letterhead.footer = footer.isEmpty() ? fallback.footer : runningParts(footer);
    return letterhead;
}

QByteArray ReportLetterhead::standardTemplate()
{
    ReportDocument document;
    for (const QString& name : placeholders())
        document.values.insert(name, placeholder(name));
    document.letterhead = standard();
    document.addParagraph(placeholder(u"文書番号"_s), Qt::AlignRight);
    document.addParagraph(placeholder(u"発行日"_s), Qt::AlignRight);
    document.addParagraph(placeholder(u"宛先"_s) + u"　様"_s);
    document.addParagraph(placeholder(u"団体名"_s) + u"\n"_s + placeholder(u"監査統括責任者"_s), Qt::AlignRight);
    document.addTitle(placeholder(u"表題"_s));
    document.addParagraph(placeholder(u"年度"_s), Qt::AlignHCenter);
    document.addParagraph(placeholder(u"取扱区分"_s), Qt::AlignHCenter);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"letterhead.docx"_s);
    DocxWriter::write(document, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

QString ReportLetterhead::fill(const QString& text, const QHash<QString, QString>& values, int page, int pages)
{
    if (!text.contains(u"{{"_s))
        return text;
    static const QRegularExpression pattern(u"\\{\\{([^{}]*)\\}\\}"_s);
    QString filled;
    qsizetype from = 0;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text)) {
        const QString name = match.captured(1).trimmed();
        filled += text.mid(from, match.capturedStart() - from);
        if (name == u"頁"_s && page > 0)
            filled += QString::number(page);
        else if (name == u"総頁"_s && page > 0)
            filled += pages > 0 ? QString::number(pages) : u"…"_s;
        else
            filled += values.value(name, match.captured(0));
        from = match.capturedEnd();
    }
    return filled + text.mid(from);
}

} // namespace kansa
