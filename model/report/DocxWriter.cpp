#include "DocxWriter.h"

#include "common/Error.h"
#include "exchange/OutputFile.h"
#include "exchange/ZipFile.h"
#include "report/ReportPainter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString R = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
const QString WP = u"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"_s;
const QString A = u"http://schemas.openxmlformats.org/drawingml/2006/main"_s;
const QString PIC = u"http://schemas.openxmlformats.org/drawingml/2006/picture"_s;
const QString PackageRels = u"http://schemas.openxmlformats.org/package/2006/relationships"_s;
const QString ContentTypes = u"http://schemas.openxmlformats.org/package/2006/content-types"_s;
const QString RelationType = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"_s;

// Twentieths of a point, Word's unit of length; EMU for pictures.
int twips(double mm)
{
    return qRound(mm * 1440 / 25.4);
}
qint64 emu(double mm)
{
    return qRound64(mm * 36000);
}

const int ContentWidth = twips(ReportPage::ContentWidthMm);
const QString RuleColour = u"9AA0A6"_s;

void element(QXmlStreamWriter& xml, const QString& name, const QString& value)
{
    xml.writeEmptyElement(W, name);
    xml.writeAttribute(W, u"val"_s, value);
}

// A run of text; its line breaks as w:br.
void run(QXmlStreamWriter& xml, const QString& text, const QString& style = {})
{
    xml.writeStartElement(W, u"r"_s);
    if (!style.isEmpty()) {
        xml.writeStartElement(W, u"rPr"_s);
        element(xml, u"rStyle"_s, style);
        xml.writeEndElement();
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(W, u"br"_s);
        xml.writeStartElement(W, u"t"_s);
        xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        xml.writeCharacters(lines[i]);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void paragraph(QXmlStreamWriter& xml, const QString& style, const QString& text, bool pageBreakBefore = false,
               Qt::Alignment alignment = Qt::AlignLeft)
{
    xml.writeStartElement(W, u"p"_s);
    xml.writeStartElement(W, u"pPr"_s);
    element(xml, u"pStyle"_s, style);
    if (pageBreakBefore)
        xml.writeEmptyElement(W, u"pageBreakBefore"_s);
    if (alignment != Qt::AlignLeft)
        element(xml, u"jc"_s, alignment == Qt::AlignHCenter ? u"center"_s : u"right"_s);
    xml.writeEndElement();
    if (!text.isEmpty())
        run(xml, text);
    xml.writeEndElement();
}

void tab(QXmlStreamWriter& xml)
{
    xml.writeStartElement(W, u"r"_s);
    xml.writeEmptyElement(W, u"tab"_s);
    xml.writeEndElement();
}

// A field (PAGE, NUMPAGES) that Word and LibreOffice compute; "1" until they do.
void field(QXmlStreamWriter& xml, const QString& instruction)
{
    auto fieldChar = [&](const QString& type) {
        xml.writeStartElement(W, u"r"_s);
        xml.writeEmptyElement(W, u"fldChar"_s);
        xml.writeAttribute(W, u"fldCharType"_s, type);
        xml.writeEndElement();
    };
    fieldChar(u"begin"_s);
    xml.writeStartElement(W, u"r"_s);
    xml.writeStartElement(W, u"instrText"_s);
    xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
    xml.writeCharacters(u" "_s % instruction % u" "_s);
    xml.writeEndElement();
    xml.writeEndElement();
    fieldChar(u"separate"_s);
    run(xml, u"1"_s);
    fieldChar(u"end"_s);
}

QByteArray finished(QByteArray& bytes, QXmlStreamWriter& xml)
{
    xml.writeEndDocument();
    return bytes;
}

void start(QXmlStreamWriter& xml, const QString& root)
{
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeNamespace(W, u"w"_s);
    xml.writeNamespace(R, u"r"_s);
    xml.writeStartElement(W, root);
}

void paragraphStyle(QXmlStreamWriter& xml, const QString& id, const QString& name, double points, bool bold,
                    const QString& align = {}, const QString& colour = {}, double beforeMm = 0, double afterMm = 1.5,
                    int outlineLevel = 0)
{
    xml.writeStartElement(W, u"style"_s);
    xml.writeAttribute(W, u"type"_s, u"paragraph"_s);
    xml.writeAttribute(W, u"styleId"_s, id);
    element(xml, u"name"_s, name);
    if (id != u"Normal"_s) {
        element(xml, u"basedOn"_s, u"Normal"_s);
        element(xml, u"next"_s, u"Normal"_s);
    }
    element(xml, u"qFormat"_s, u"1"_s);
    xml.writeStartElement(W, u"pPr"_s);
    if (outlineLevel) {
        xml.writeEmptyElement(W, u"keepNext"_s);
        xml.writeEmptyElement(W, u"keepLines"_s);
    }
    xml.writeEmptyElement(W, u"spacing"_s);
    xml.writeAttribute(W, u"before"_s, QString::number(twips(beforeMm)));
    xml.writeAttribute(W, u"after"_s, QString::number(twips(afterMm)));
    if (!align.isEmpty())
        element(xml, u"jc"_s, align);
    if (outlineLevel)
        element(xml, u"outlineLvl"_s, QString::number(outlineLevel - 1));
    xml.writeEndElement();
    xml.writeStartElement(W, u"rPr"_s);
    if (bold)
        xml.writeEmptyElement(W, u"b"_s);
    if (!colour.isEmpty())
        element(xml, u"color"_s, colour);
    const QString halfPoints = QString::number(qRound(points * 2));
    element(xml, u"sz"_s, halfPoints);
    element(xml, u"szCs"_s, halfPoints);
    xml.writeEndElement();
    xml.writeEndElement();
}

QByteArray stylesXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    start(xml, u"styles"_s);
    xml.writeStartElement(W, u"docDefaults"_s);
    xml.writeStartElement(W, u"rPrDefault"_s);
    xml.writeStartElement(W, u"rPr"_s);
    xml.writeEmptyElement(W, u"rFonts"_s);
    for (const QString& script : {u"ascii"_s, u"hAnsi"_s, u"eastAsia"_s, u"cs"_s})
        xml.writeAttribute(W, script, ReportPage::FontFamily);
    xml.writeEmptyElement(W, u"lang"_s);
    xml.writeAttribute(W, u"val"_s, u"en-US"_s);
    xml.writeAttribute(W, u"eastAsia"_s, u"ja-JP"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(W, u"pPrDefault"_s);
    xml.writeStartElement(W, u"pPr"_s);
    // Lines as the font makes them, not snapped to a grid of Japanese Word's default pitch.
    element(xml, u"snapToGrid"_s, u"0"_s);
    xml.writeEmptyElement(W, u"spacing"_s);
    xml.writeAttribute(W, u"line"_s, u"240"_s);
    xml.writeAttribute(W, u"lineRule"_s, u"auto"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();

    paragraphStyle(xml, u"Normal"_s, u"Normal"_s, 10, false, {}, {}, 0, 3);
    paragraphStyle(xml, u"Title"_s, u"Title"_s, 22, true, u"center"_s, {}, 40, 14);
    paragraphStyle(xml, u"Centered"_s, u"Centered"_s, 13, false, u"center"_s, {}, 0, 5);
    paragraphStyle(xml, u"Heading1"_s, u"heading 1"_s, 15, true, {}, {}, 6, 2, 1);
    paragraphStyle(xml, u"Heading2"_s, u"heading 2"_s, 12.5, true, {}, {}, 3.5, 2, 2);
    paragraphStyle(xml, u"Heading3"_s, u"heading 3"_s, 11, true, {}, {}, 3.5, 2, 3);
    paragraphStyle(xml, u"Note"_s, u"Note"_s, 8.5, false, {}, u"5F6368"_s, 0, 2.5);
    paragraphStyle(xml, u"Cell"_s, u"Table Text"_s, 8.5, false, {}, {}, 0, 0);
    paragraphStyle(xml, u"CellHeading"_s, u"Table Heading"_s, 8.5, true, {}, {}, 0, 0);
    paragraphStyle(xml, u"AfterTable"_s, u"After Table"_s, 6, false, {}, {}, 0, 0);
    paragraphStyle(xml, u"Header"_s, u"header"_s, 8, false, {}, u"5F6368"_s, 0, 0);
    paragraphStyle(xml, u"Footer"_s, u"footer"_s, 8, false, {}, u"5F6368"_s, 0, 0);

    // The marking, in the header and footer: bold and red, as on the PDF's pages.
    xml.writeStartElement(W, u"style"_s);
    xml.writeAttribute(W, u"type"_s, u"character"_s);
    xml.writeAttribute(W, u"styleId"_s, u"Marking"_s);
    element(xml, u"name"_s, u"Marking"_s);
    xml.writeStartElement(W, u"rPr"_s);
    xml.writeEmptyElement(W, u"b"_s);
    element(xml, u"color"_s, u"B71C1C"_s);
    element(xml, u"sz"_s, u"18"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    return finished(bytes, xml);
}

// The font by the name this machine has, and Word's name for the metric-compatible font Windows has.
QByteArray fontTableXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    start(xml, u"fonts"_s);
    xml.writeStartElement(W, u"font"_s);
    xml.writeAttribute(W, u"name"_s, ReportPage::FontFamily);
    element(xml, u"altName"_s, u"ＭＳ Ｐゴシック"_s);
    element(xml, u"panose1"_s, u"020B0600070205080204"_s);
    element(xml, u"charset"_s, u"80"_s);
    element(xml, u"family"_s, u"swiss"_s);
    element(xml, u"pitch"_s, u"variable"_s);
    xml.writeEndElement();
    return finished(bytes, xml);
}

// The letterhead's header or footer: one line of left, centre and right parts at tab stops, the header ruled
// below, as on the PDF's pages; a part that shows the marking in the marking's style.
QByteArray headerXml(const ReportDocument& document, bool header)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    start(xml, header ? u"hdr"_s : u"ftr"_s);
    xml.writeStartElement(W, u"p"_s);
    xml.writeStartElement(W, u"pPr"_s);
    element(xml, u"pStyle"_s, header ? u"Header"_s : u"Footer"_s);
    if (header) {
        xml.writeStartElement(W, u"pBdr"_s);
        xml.writeEmptyElement(W, u"bottom"_s);
        xml.writeAttribute(W, u"val"_s, u"single"_s);
        xml.writeAttribute(W, u"sz"_s, u"4"_s);
        xml.writeAttribute(W, u"space"_s, u"1"_s);
        xml.writeAttribute(W, u"color"_s, RuleColour);
        xml.writeEndElement();
    }
    xml.writeStartElement(W, u"tabs"_s);
    for (const auto& [kind, position] :
         {std::pair{u"center"_s, ContentWidth / 2}, std::pair{u"right"_s, ContentWidth}}) {
        xml.writeEmptyElement(W, u"tab"_s);
        xml.writeAttribute(W, u"val"_s, kind);
        xml.writeAttribute(W, u"pos"_s, QString::number(position));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    const QStringList& parts = header ? document.letterhead.header : document.letterhead.footer;
    for (qsizetype i = 0; i < 3; ++i) {
        if (i > 0)
            tab(xml);
        const QString part = parts.value(i);
        const QString style = part.contains(ReportLetterhead::placeholder(u"取扱区分"_s)) ? u"Marking"_s : QString();
        for (const ReportDocument::Segment& segment : document.runningSegments(part)) {
            if (segment.kind == ReportDocument::Segment::Kind::Text)
                run(xml, segment.text, style);
            else
                field(xml, segment.kind == ReportDocument::Segment::Kind::PageNumber ? u"PAGE"_s : u"NUMPAGES"_s);
        }
    }
    xml.writeEndElement();
    return finished(bytes, xml);
}

struct Picture
{
    QString name; // media/chart1.png
    QString relation;
    QByteArray png;
};

class BodyWriter
{
public:
    // styles: the ids of the paragraph styles where a template names them otherwise (heading 1 → "1").
    BodyWriter(const ReportDocument& document, QHash<QString, QString> styles = {})
        : m_document(document)
        , m_styles(std::move(styles))
        , m_xml(&m_bytes)
    {}

    // The whole document.xml.
    QByteArray write()
    {
        m_xml.writeStartDocument(u"1.0"_s, true);
        declareNamespaces();
        m_xml.writeStartElement(W, u"document"_s);
        m_xml.writeStartElement(W, u"body"_s);
        blocks(m_document.printedBlocks());
        sectionProperties();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        return finished(m_bytes, m_xml);
    }

    // The blocks' paragraphs and tables alone, to go into a template's body (whose root declares the prefixes).
    QByteArray fragment(const QList<ReportBlock>& list)
    {
        declareNamespaces();
        m_xml.writeStartElement(W, u"fragment"_s);
        m_xml.writeCharacters({}); // the start tag is complete before the blocks
        const qsizetype start = m_bytes.size();
        blocks(list);
        const qsizetype end = m_bytes.size();
        m_xml.writeEndElement();
        return m_bytes.mid(start, end - start);
    }

    const QList<Picture>& pictures() const { return m_pictures; }

private:
    void declareNamespaces()
    {
        m_xml.writeNamespace(W, u"w"_s);
        m_xml.writeNamespace(R, u"r"_s);
        m_xml.writeNamespace(WP, u"wp"_s);
        m_xml.writeNamespace(A, u"a"_s);
        m_xml.writeNamespace(PIC, u"pic"_s);
    }

    QString style(const QString& id) const { return m_styles.value(id, id); }

    void blocks(const QList<ReportBlock>& list)
    {
        for (const ReportBlock& block : list) {
            if (block.kind == ReportBlock::Kind::PageBreak) {
                m_breakBefore = true;
                continue;
            }
            place(block);
            m_breakBefore = false;
        }
    }

    void place(const ReportBlock& block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            paragraph(m_xml, style(u"Title"_s), block.text, m_breakBefore);
            return;
        case ReportBlock::Kind::Centered:
            paragraph(m_xml, style(u"Centered"_s), block.text, m_breakBefore);
            return;
        case ReportBlock::Kind::Heading:
            paragraph(m_xml, style(u"Heading"_s % QString::number(std::clamp(block.level, 1, 3))), block.text,
                      m_breakBefore);
            return;
        case ReportBlock::Kind::Paragraph:
            paragraph(m_xml, style(u"Normal"_s), block.text, m_breakBefore, block.alignment);
            return;
        case ReportBlock::Kind::Note:
            paragraph(m_xml, style(u"Note"_s), block.text, m_breakBefore);
            return;
        case ReportBlock::Kind::Fields:
        case ReportBlock::Kind::Table:
            if (m_breakBefore) // a table cannot break a page itself: an empty paragraph does
                paragraph(m_xml, style(u"AfterTable"_s), {}, true);
            table(block);
            return;
        case ReportBlock::Kind::Chart:
            chart(block.chart);
            return;
        case ReportBlock::Kind::PageBreak:
            return;
        }
    }

    void border(const QString& side)
    {
        m_xml.writeEmptyElement(W, side);
        m_xml.writeAttribute(W, u"val"_s, u"single"_s);
        m_xml.writeAttribute(W, u"sz"_s, u"4"_s);
        m_xml.writeAttribute(W, u"space"_s, u"0"_s);
        m_xml.writeAttribute(W, u"color"_s, RuleColour);
    }

    void row(const QStringList& cells, const QList<int>& widths, bool heading, bool firstShaded)
    {
        m_xml.writeStartElement(W, u"tr"_s);
        m_xml.writeStartElement(W, u"trPr"_s);
        if (heading) // repeated at the top of each page the table runs onto
            m_xml.writeEmptyElement(W, u"tblHeader"_s);
        m_xml.writeEmptyElement(W, u"cantSplit"_s);
        m_xml.writeEndElement();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const bool shaded = heading || (firstShaded && c == 0);
            m_xml.writeStartElement(W, u"tc"_s);
            m_xml.writeStartElement(W, u"tcPr"_s);
            m_xml.writeEmptyElement(W, u"tcW"_s);
            m_xml.writeAttribute(W, u"w"_s, QString::number(widths[c]));
            m_xml.writeAttribute(W, u"type"_s, u"dxa"_s);
            if (shaded) {
                m_xml.writeEmptyElement(W, u"shd"_s);
                m_xml.writeAttribute(W, u"val"_s, u"clear"_s);
                m_xml.writeAttribute(W, u"color"_s, u"auto"_s);
                m_xml.writeAttribute(W, u"fill"_s, u"E3ECF7"_s);
            }
            m_xml.writeEndElement();
            paragraph(m_xml, style(shaded ? u"CellHeading"_s : u"Cell"_s), cells.value(c));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void table(const ReportBlock& block)
    {
        const bool fields = block.kind == ReportBlock::Kind::Fields;
        const qsizetype columns = fields ? 2 : block.table.headers.size();
        if (columns == 0)
            return;
        int weights = 0;
        for (qsizetype c = 0; c < columns; ++c)
            weights += block.columnWeights.value(c, 1);
        QList<int> widths;
        for (qsizetype c = 0; c < columns; ++c)
            widths << ContentWidth * block.columnWeights.value(c, 1) / weights;

        m_xml.writeStartElement(W, u"tbl"_s);
        m_xml.writeStartElement(W, u"tblPr"_s);
        m_xml.writeEmptyElement(W, u"tblW"_s);
        m_xml.writeAttribute(W, u"w"_s, QString::number(ContentWidth));
        m_xml.writeAttribute(W, u"type"_s, u"dxa"_s);
        m_xml.writeStartElement(W, u"tblBorders"_s);
        for (const QString& side : {u"top"_s, u"left"_s, u"bottom"_s, u"right"_s, u"insideH"_s, u"insideV"_s})
            border(side);
        m_xml.writeEndElement();
        m_xml.writeEmptyElement(W, u"tblLayout"_s);
        m_xml.writeAttribute(W, u"type"_s, u"fixed"_s);
        m_xml.writeStartElement(W, u"tblCellMar"_s);
        for (const QString& side : {u"top"_s, u"left"_s, u"bottom"_s, u"right"_s}) {
            m_xml.writeEmptyElement(W, side);
            m_xml.writeAttribute(W, u"w"_s, QString::number(twips(side == u"top"_s || side == u"bottom"_s ? 1 : 1.2)));
            m_xml.writeAttribute(W, u"type"_s, u"dxa"_s);
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeStartElement(W, u"tblGrid"_s);
        for (const int width : widths) {
            m_xml.writeEmptyElement(W, u"gridCol"_s);
            m_xml.writeAttribute(W, u"w"_s, QString::number(width));
        }
        m_xml.writeEndElement();
        if (!fields)
            row(block.table.headers, widths, true, false);
        for (const QStringList& cells : block.table.rows)
            row(cells, widths, false, fields);
        m_xml.writeEndElement();
        // Space after the table, and what keeps two tables from becoming one.
        paragraph(m_xml, style(u"AfterTable"_s), {});
    }

    void chart(const ReportChart& chart)
    {
        const QImage image = ReportPainter::chartImage(chart, 1000);
        const int number = int(m_pictures.size()) + 1;
        Picture picture{u"media/chart"_s % QString::number(number) % u".png"_s, u"rIdChart"_s % QString::number(number),
                        ReportPainter::png(image)};
        m_pictures << picture;
        const qint64 width = emu(ReportPage::ContentWidthMm);
        const qint64 height = width * image.height() / image.width();
        m_xml.writeStartElement(W, u"p"_s);
        m_xml.writeStartElement(W, u"pPr"_s);
        element(m_xml, u"pStyle"_s, style(u"Normal"_s));
        if (m_breakBefore)
            m_xml.writeEmptyElement(W, u"pageBreakBefore"_s);
        m_xml.writeEndElement();
        m_xml.writeStartElement(W, u"r"_s);
        m_xml.writeStartElement(W, u"drawing"_s);
        m_xml.writeStartElement(WP, u"inline"_s);
        m_xml.writeEmptyElement(WP, u"extent"_s);
        m_xml.writeAttribute(u"cx"_s, QString::number(width));
        m_xml.writeAttribute(u"cy"_s, QString::number(height));
        m_xml.writeEmptyElement(WP, u"docPr"_s);
        m_xml.writeAttribute(u"id"_s, QString::number(number));
        m_xml.writeAttribute(u"name"_s, chart.title);
        m_xml.writeStartElement(A, u"graphic"_s);
        m_xml.writeStartElement(A, u"graphicData"_s);
        m_xml.writeAttribute(u"uri"_s, PIC);
        m_xml.writeStartElement(PIC, u"pic"_s);
        m_xml.writeStartElement(PIC, u"nvPicPr"_s);
        m_xml.writeEmptyElement(PIC, u"cNvPr"_s);
        m_xml.writeAttribute(u"id"_s, QString::number(number));
        m_xml.writeAttribute(u"name"_s, picture.name.section(u'/', -1));
        m_xml.writeEmptyElement(PIC, u"cNvPicPr"_s);
        m_xml.writeEndElement();
        m_xml.writeStartElement(PIC, u"blipFill"_s);
        m_xml.writeEmptyElement(A, u"blip"_s);
        m_xml.writeAttribute(R, u"embed"_s, picture.relation);
        m_xml.writeStartElement(A, u"stretch"_s);
        m_xml.writeEmptyElement(A, u"fillRect"_s);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeStartElement(PIC, u"spPr"_s);
        m_xml.writeStartElement(A, u"xfrm"_s);
        m_xml.writeEmptyElement(A, u"off"_s);
        m_xml.writeAttribute(u"x"_s, u"0"_s);
        m_xml.writeAttribute(u"y"_s, u"0"_s);
        m_xml.writeEmptyElement(A, u"ext"_s);
        m_xml.writeAttribute(u"cx"_s, QString::number(width));
        m_xml.writeAttribute(u"cy"_s, QString::number(height));
        m_xml.writeEndElement();
        m_xml.writeStartElement(A, u"prstGeom"_s);
        m_xml.writeAttribute(u"prst"_s, u"rect"_s);
        m_xml.writeEmptyElement(A, u"avLst"_s);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // pic
        m_xml.writeEndElement(); // graphicData
        m_xml.writeEndElement(); // graphic
        m_xml.writeEndElement(); // inline
        m_xml.writeEndElement(); // drawing
        m_xml.writeEndElement(); // r
        m_xml.writeEndElement(); // p
    }

    // A4 with the PDF's margins; the header and footer at the PDF's distances from the edge.
    void sectionProperties()
    {
        m_xml.writeStartElement(W, u"sectPr"_s);
        for (const QString& part : {u"header"_s, u"footer"_s}) {
            m_xml.writeEmptyElement(W, part % u"Reference"_s);
            m_xml.writeAttribute(W, u"type"_s, u"default"_s);
            m_xml.writeAttribute(R, u"id"_s, u"rId"_s % part);
        }
        m_xml.writeEmptyElement(W, u"pgSz"_s);
        m_xml.writeAttribute(W, u"w"_s, QString::number(twips(210)));
        m_xml.writeAttribute(W, u"h"_s, QString::number(twips(297)));
        m_xml.writeEmptyElement(W, u"pgMar"_s);
        m_xml.writeAttribute(W, u"top"_s, QString::number(twips(ReportPage::TopMm)));
        m_xml.writeAttribute(W, u"right"_s, QString::number(twips(ReportPage::SideMm)));
        m_xml.writeAttribute(W, u"bottom"_s, QString::number(twips(ReportPage::BottomMm)));
        m_xml.writeAttribute(W, u"left"_s, QString::number(twips(ReportPage::SideMm)));
        m_xml.writeAttribute(W, u"header"_s, QString::number(twips(ReportPage::HeaderFromEdgeMm)));
        m_xml.writeAttribute(W, u"footer"_s, QString::number(twips(ReportPage::FooterFromEdgeMm)));
        m_xml.writeAttribute(W, u"gutter"_s, u"0"_s);
        m_xml.writeEmptyElement(W, u"docGrid"_s);
        m_xml.writeAttribute(W, u"linePitch"_s, u"360"_s);
        m_xml.writeEndElement();
    }

    const ReportDocument& m_document;
    const QHash<QString, QString> m_styles;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    QList<Picture> m_pictures;
    bool m_breakBefore = false;
};

struct Relation
{
    QString id;
    QString type; // the relationship's URI
    QString target;
};

QByteArray relationshipsXml(const QList<Relation>& relations)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeDefaultNamespace(PackageRels);
    xml.writeStartElement(PackageRels, u"Relationships"_s);
    for (const Relation& relation : relations) {
        xml.writeEmptyElement(PackageRels, u"Relationship"_s);
        xml.writeAttribute(u"Id"_s, relation.id);
        xml.writeAttribute(u"Type"_s, relation.type);
        xml.writeAttribute(u"Target"_s, relation.target);
    }
    return finished(bytes, xml);
}

QByteArray documentRelationships(const QList<Picture>& pictures)
{
    QList<Relation> relations{{u"rIdstyles"_s, RelationType % u"styles"_s, u"styles.xml"_s},
                              {u"rIdfonts"_s, RelationType % u"fontTable"_s, u"fontTable.xml"_s},
                              {u"rIdheader"_s, RelationType % u"header"_s, u"header1.xml"_s},
                              {u"rIdfooter"_s, RelationType % u"footer"_s, u"footer1.xml"_s}};
    for (const Picture& picture : pictures)
        relations.append({picture.relation, RelationType % u"image"_s, picture.name});
    return relationshipsXml(relations);
}

QByteArray contentTypes()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeDefaultNamespace(ContentTypes);
    xml.writeStartElement(ContentTypes, u"Types"_s);
    auto byExtension = [&](const QString& extension, const QString& type) {
        xml.writeEmptyElement(ContentTypes, u"Default"_s);
        xml.writeAttribute(u"Extension"_s, extension);
        xml.writeAttribute(u"ContentType"_s, type);
    };
    byExtension(u"rels"_s, u"application/vnd.openxmlformats-package.relationships+xml"_s);
    byExtension(u"xml"_s, u"application/xml"_s);
    byExtension(u"png"_s, u"image/png"_s);
    const QString word = u"application/vnd.openxmlformats-officedocument.wordprocessingml."_s;
    const QList<std::pair<QString, QString>> parts{
        {u"/word/document.xml"_s, word % u"document.main+xml"_s},
        {u"/word/styles.xml"_s, word % u"styles+xml"_s},
        {u"/word/fontTable.xml"_s, word % u"fontTable+xml"_s},
        {u"/word/header1.xml"_s, word % u"header+xml"_s},
        {u"/word/footer1.xml"_s, word % u"footer+xml"_s},
        {u"/docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s}};
    for (const auto& [part, type] : parts) {
        xml.writeEmptyElement(ContentTypes, u"Override"_s);
        xml.writeAttribute(u"PartName"_s, part);
        xml.writeAttribute(u"ContentType"_s, type);
    }
    return finished(bytes, xml);
}

QByteArray coreProperties(const ReportDocument& document)
{
    const QString cp = u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s;
    const QString dc = u"http://purl.org/dc/elements/1.1/"_s;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeNamespace(cp, u"cp"_s);
    xml.writeNamespace(dc, u"dc"_s);
    xml.writeStartElement(cp, u"coreProperties"_s);
    xml.writeTextElement(dc, u"title"_s, document.title);
    xml.writeTextElement(dc, u"creator"_s, document.organisation);
    return finished(bytes, xml);
}

QString unescaped(QString text)
{
    static const QRegularExpression reference(u"&#(x?)([0-9a-fA-F]+);"_s);
    QString decoded;
    qsizetype from = 0;
    for (const QRegularExpressionMatch& m : reference.globalMatch(text)) {
        decoded += QStringView(text).mid(from, m.capturedStart() - from);
        const char32_t code = m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16);
        decoded += QString::fromUcs4(&code, 1);
        from = m.capturedEnd();
    }
    decoded += QStringView(text).mid(from);
    return decoded.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&apos;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
}

// The package's parts and the charts' pictures, written whole or not at all.
void writePackage(QList<QPair<QString, QByteArray>> parts, const QList<Picture>& pictures, const QString& path)
{
    for (const Picture& picture : pictures)
        parts.append({u"word/"_s % picture.name, picture.png});
    OutputFile output(path);
    ZipWriter zip(output.temporaryPath(), path);
    for (const auto& [name, bytes] : parts)
        zip.add(name, bytes);
    zip.close();
    output.commit();
}

// Placeholders filled in WordprocessingML as Word saved it, where one placeholder may run over several runs
// (Word splits a run where spelling was checked or an edit began): the value goes where the placeholder begins,
// the rest of it is taken out of the runs it spans; everything else stays as the template has it.
QByteArray fillWordXml(const QByteArray& xml, const ReportDocument& document)
{
    static const QRegularExpression paragraphPattern(u"<w:p[ >].*?</w:p>"_s,
                                                     QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression textPattern(u"(<w:t(?: [^>]*)?>)([^<]*)</w:t>"_s);
    static const QRegularExpression placeholderPattern(u"\\{\\{[^{}]*\\}\\}"_s);
    const QString text = QString::fromUtf8(xml);
    if (!text.contains(u"{{"_s))
        return xml;
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch& paragraph : paragraphPattern.globalMatch(text)) {
        out += QStringView(text).mid(from, paragraph.capturedStart() - from);
        from = paragraph.capturedEnd();
        const QString p = paragraph.captured(0);
        QList<QRegularExpressionMatch> runs;
        QStringList texts;
        for (const QRegularExpressionMatch& run : textPattern.globalMatch(p)) {
            runs << run;
            texts << unescaped(run.captured(2));
        }
        const QString joined = texts.join(QString());
        if (!joined.contains(u"{{"_s)) {
            out += p;
            continue;
        }
        // From the last placeholder to the first: what comes before the one filled keeps its place.
        QList<QRegularExpressionMatch> found;
        for (const QRegularExpressionMatch& m : placeholderPattern.globalMatch(joined))
            found.prepend(m);
        for (const QRegularExpressionMatch& m : found) {
            qsizetype position = m.capturedStart();
            qsizetype remaining = m.capturedLength();
            qsizetype offset = 0;
            bool placed = false;
            for (QString& run : texts) {
                const qsizetype end = offset + run.size();
                if (remaining > 0 && position < end) {
                    const qsizetype take = std::min(remaining, end - position);
                    run.replace(position - offset, take, placed ? QString() : document.filled(m.captured(0)));
                    placed = true;
                    remaining -= take;
                    position += take;
                }
                offset = end;
            }
        }
        QString rebuilt;
        qsizetype at = 0;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            rebuilt += QStringView(p).mid(at, runs[i].capturedStart() - at);
            rebuilt += u"<w:t xml:space=\"preserve\">"_s % texts[i].toHtmlEscaped() % u"</w:t>"_s;
            at = runs[i].capturedEnd();
        }
        out += rebuilt + QStringView(p).mid(at);
    }
    out += QStringView(text).mid(from);
    return out.toUtf8();
}

// A report that starts from the municipality's DOCX template: its package as it is (page set-up, header and
// footer with the emblem, fonts, numbering), its body as the cover, its styles with the report's added where the
// template has none of the name, and the report after the cover.
class TemplateWriter
{
public:
    explicit TemplateWriter(const ReportDocument& document)
        : m_document(document)
    {
        QFile file(m_dir.filePath(u"template.docx"_s));
        if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly) ||
            file.write(document.letterhead.content) != document.letterhead.content.size())
            throw Error(DocxWriter::tr("The letterhead %1 cannot be read: %2")
                            .arg(document.letterhead.fileName, file.errorString()));
        file.close();
        m_zip = std::make_unique<ZipReader>(file.fileName());
    }

    void write(const QString& path)
    {
        QList<QPair<QString, QByteArray>> parts;
        for (const ZipReader::Entry& entry : m_zip->entries(MaxTemplateEntries)) {
            if (entry.name.endsWith(u'/'))
                continue;
            parts.append({entry.name, m_zip->read(entry.name, MaxTemplatePart)});
        }
        QHash<QString, QByteArray> byName;
        for (const auto& [name, bytes] : parts)
            byName.insert(name, bytes);
        const QHash<QString, QString> styles = mergeStyles(byName[u"word/styles.xml"_s]);
        BodyWriter body(m_document, styles);
        // The template's cover stands in for the report's own; without one the report keeps its own.
        const QList<ReportBlock> blocks =
            m_document.letterhead.cover.isEmpty() ? m_document.blocks : m_document.blocks.mid(m_document.coverBlocks);
        const QByteArray report = body.fragment(blocks);
        for (auto& [name, bytes] : parts) {
            if (name == u"word/document.xml"_s)
                bytes = documentXml(bytes, report);
            else if (name == u"word/styles.xml"_s)
                bytes = m_styles;
            else if (name == u"word/_rels/document.xml.rels"_s)
                bytes = withPictures(bytes, body.pictures());
            else if (name == u"[Content_Types].xml"_s && !bytes.contains("Extension=\"png\""))
                bytes.replace("</Types>", "<Default Extension=\"png\" ContentType=\"image/png\"/></Types>");
            else if (name.startsWith(u"word/header"_s) || name.startsWith(u"word/footer"_s))
                bytes = fillWordXml(bytes, m_document);
        }
        writePackage(parts, body.pictures(), path);
    }

private:
    static constexpr int MaxTemplateEntries = 2000;
    static constexpr qint64 MaxTemplatePart = 16 * 1024 * 1024;

    // The template's body (its cover, filled) and the report, before the template's last section properties;
    // the prefixes the report's XML uses declared on the root where the template does not.
    QByteArray documentXml(const QByteArray& xml, const QByteArray& report)
    {
        QByteArray filled = fillWordXml(xml, m_document);
        const qsizetype rootEnd = filled.indexOf('>', filled.indexOf("<w:document"));
        QByteArray declarations;
        for (const auto& [prefix, uri] : {std::pair{"w", W}, {"r", R}, {"wp", WP}, {"a", A}, {"pic", PIC}}) {
            const QByteArray attribute = QByteArray(QByteArray("xmlns:") + prefix + "=\"");
            if (!filled.left(rootEnd).contains(attribute))
                declarations += QByteArray(' ' + attribute + uri.toUtf8() + '"');
        }
        filled.insert(rootEnd, declarations);
        qsizetype section = filled.lastIndexOf("<w:sectPr");
        const qsizetype bodyEnd = filled.lastIndexOf("</w:body>");
        if (section < 0 || section > bodyEnd)
            section = bodyEnd;
        if (section < 0)
            throw Error(DocxWriter::tr("The letterhead %1 has no document body.").arg(m_document.letterhead.fileName));
        filled.insert(section, report);
        return filled;
    }

    // The template's styles, and the report's of a name the template lacks; the report's ids by the template's
    // names (a Japanese Word names heading 1 "1").
    QHash<QString, QString> mergeStyles(const QByteArray& templateStyles)
    {
        static const QRegularExpression stylePattern(u"<w:style [^>]*?w:styleId=\"([^\"]*)\"[^>]*>.*?</w:style>"_s,
                                                     QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression namePattern(u"<w:name w:val=\"([^\"]*)\""_s);
        QHash<QString, QString> idsByName;
        const QString theirs = QString::fromUtf8(templateStyles);
        for (const QRegularExpressionMatch& m : stylePattern.globalMatch(theirs))
            idsByName.insert(namePattern.match(m.captured(0)).captured(1).toLower(), m.captured(1));
        QHash<QString, QString> ids;
        QString added;
        for (const QRegularExpressionMatch& m : stylePattern.globalMatch(QString::fromUtf8(stylesXml()))) {
            const QString name = namePattern.match(m.captured(0)).captured(1).toLower();
            const QString id = m.captured(1);
            if (idsByName.contains(name)) {
                ids.insert(id, idsByName.value(name));
            } else {
                const QString own = idsByName.values().contains(id) ? u"Kansa"_s % id : id;
                ids.insert(id, own);
                QString element = m.captured(0);
                element.replace(u"w:styleId=\""_s % id % u'"', u"w:styleId=\""_s % own % u'"');
                added += element;
            }
        }
        m_styles = templateStyles;
        const qsizetype end = m_styles.lastIndexOf("</w:styles>");
        if (end >= 0)
            m_styles.insert(end, added.toUtf8());
        return ids;
    }

    static QByteArray withPictures(QByteArray relationships, const QList<Picture>& pictures)
    {
        QByteArray added;
        for (const Picture& picture : pictures)
            added += QByteArray("<Relationship Id=\"" + picture.relation.toUtf8() + "\" Type=\"" +
                                (RelationType % u"image"_s).toUtf8() + "\" Target=\"" + picture.name.toUtf8() + "\"/>");
        relationships.replace("</Relationships>", QByteArray(added + "</Relationships>"));
        return relationships;
    }

    const ReportDocument& m_document;
    QTemporaryDir m_dir;
    std::unique_ptr<ZipReader> m_zip;
    QByteArray m_styles;
};

} // namespace

void DocxWriter::write(const ReportDocument& document, const QString& path)
{
    if (document.letterhead.format == u"docx"_s && !document.letterhead.content.isEmpty()) {
        TemplateWriter(document).write(path);
        return;
    }
    BodyWriter body(document);
    const QByteArray documentXml = body.write();
    QList<QPair<QString, QByteArray>> parts{
        {u"[Content_Types].xml"_s, contentTypes()},
        {u"_rels/.rels"_s,
         relationshipsXml(
             {{u"rIdDocument"_s, RelationType % u"officeDocument"_s, u"word/document.xml"_s},
              {u"rIdCore"_s, u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"_s,
               u"docProps/core.xml"_s}})},
        {u"word/document.xml"_s, documentXml},
        {u"word/_rels/document.xml.rels"_s, documentRelationships(body.pictures())},
        {u"word/styles.xml"_s, stylesXml()},
        {u"word/fontTable.xml"_s, fontTableXml()},
        {u"word/header1.xml"_s, headerXml(document, true)},
        {u"word/footer1.xml"_s, headerXml(document, false)},
        {u"docProps/core.xml"_s, coreProperties(document)}};
    writePackage(parts, body.pictures(), path);
}

} // namespace kansa
