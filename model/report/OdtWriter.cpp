#include "OdtWriter.h"

#include "common/Error.h"
#include "exchange/OutputFile.h"
#include "exchange/ZipFile.h"
#include "report/ReportPainter.h"

#include <QFile>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString OfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString StyleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString TableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString FoNs = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;
const QString SvgNs = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s;
const QString DrawNs = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"_s;
const QString XlinkNs = u"http://www.w3.org/1999/xlink"_s;
const QString MetaNs = u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"_s;
const QString DcNs = u"http://purl.org/dc/elements/1.1/"_s;
const QString ManifestNs = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
const QString Font = ReportPage::FontFamily;
constexpr double ContentWidthCm = ReportPage::ContentWidthMm / 10;
constexpr double HeaderHeightCm = 0.6;

void declareNamespaces(QXmlStreamWriter& xml)
{
    xml.writeNamespace(OfficeNs, u"office"_s);
    xml.writeNamespace(StyleNs, u"style"_s);
    xml.writeNamespace(TextNs, u"text"_s);
    xml.writeNamespace(TableNs, u"table"_s);
    xml.writeNamespace(FoNs, u"fo"_s);
    xml.writeNamespace(SvgNs, u"svg"_s);
    xml.writeNamespace(DrawNs, u"draw"_s);
    xml.writeNamespace(XlinkNs, u"xlink"_s);
}

// Text with its line breaks as text:line-break.
void writeText(QXmlStreamWriter& xml, const QString& text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(TextNs, u"line-break"_s);
        xml.writeCharacters(lines[i]);
    }
}

void paragraph(QXmlStreamWriter& xml, const QString& style, const QString& text)
{
    xml.writeStartElement(TextNs, u"p"_s);
    xml.writeAttribute(TextNs, u"style-name"_s, style);
    writeText(xml, text);
    xml.writeEndElement();
}

void paragraphStyle(QXmlStreamWriter& xml, const QString& name, double points, bool bold, const QString& align = {},
                    const QString& colour = {}, double marginTopCm = 0, double marginBottomCm = 0.15,
                    int outlineLevel = 0)
{
    xml.writeStartElement(StyleNs, u"style"_s);
    xml.writeAttribute(StyleNs, u"name"_s, name);
    xml.writeAttribute(StyleNs, u"family"_s, u"paragraph"_s);
    if (outlineLevel)
        xml.writeAttribute(StyleNs, u"default-outline-level"_s, QString::number(outlineLevel));
    xml.writeStartElement(StyleNs, u"paragraph-properties"_s);
    if (!align.isEmpty())
        xml.writeAttribute(FoNs, u"text-align"_s, align);
    xml.writeAttribute(FoNs, u"margin-top"_s, QString::number(marginTopCm) % u"cm"_s);
    xml.writeAttribute(FoNs, u"margin-bottom"_s, QString::number(marginBottomCm) % u"cm"_s);
    if (outlineLevel)
        xml.writeAttribute(FoNs, u"keep-with-next"_s, u"always"_s);
    xml.writeEndElement();
    xml.writeStartElement(StyleNs, u"text-properties"_s);
    xml.writeAttribute(StyleNs, u"font-name"_s, Font);
    xml.writeAttribute(StyleNs, u"font-name-asian"_s, Font);
    for (const QString& size : {u"font-size"_s}) {
        xml.writeAttribute(FoNs, size, QString::number(points) % u"pt"_s);
        xml.writeAttribute(StyleNs, size % u"-asian"_s, QString::number(points) % u"pt"_s);
    }
    if (bold) {
        xml.writeAttribute(FoNs, u"font-weight"_s, u"bold"_s);
        xml.writeAttribute(StyleNs, u"font-weight-asian"_s, u"bold"_s);
    }
    if (!colour.isEmpty())
        xml.writeAttribute(FoNs, u"color"_s, colour);
    xml.writeEndElement();
    xml.writeEndElement();
}

// The header's or footer's paragraph: small and grey, with tab stops (position in cm), the header ruled below.
void runningStyle(QXmlStreamWriter& xml, const QString& name, const QList<std::pair<QString, double>>& tabStops,
                  bool ruled)
{
    xml.writeStartElement(StyleNs, u"style"_s);
    xml.writeAttribute(StyleNs, u"name"_s, name);
    xml.writeAttribute(StyleNs, u"family"_s, u"paragraph"_s);
    xml.writeStartElement(StyleNs, u"paragraph-properties"_s);
    if (ruled) {
        xml.writeAttribute(FoNs, u"border-bottom"_s, u"0.5pt solid #9aa0a6"_s);
        xml.writeAttribute(FoNs, u"padding-bottom"_s, u"0.05cm"_s);
    }
    xml.writeStartElement(StyleNs, u"tab-stops"_s);
    for (const auto& [type, position] : tabStops) {
        xml.writeEmptyElement(StyleNs, u"tab-stop"_s);
        xml.writeAttribute(StyleNs, u"position"_s, QString::number(position) % u"cm"_s);
        xml.writeAttribute(StyleNs, u"type"_s, type);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEmptyElement(StyleNs, u"text-properties"_s);
    xml.writeAttribute(StyleNs, u"font-name"_s, Font);
    xml.writeAttribute(StyleNs, u"font-name-asian"_s, Font);
    xml.writeAttribute(FoNs, u"font-size"_s, u"8pt"_s);
    xml.writeAttribute(StyleNs, u"font-size-asian"_s, u"8pt"_s);
    xml.writeAttribute(FoNs, u"color"_s, u"#5f6368"_s);
    xml.writeEndElement();
}

// Left, centre and right parts at tab stops; a part that shows the marking in the marking's style.
void runningLine(QXmlStreamWriter& xml, const ReportDocument& document, bool header)
{
    xml.writeStartElement(StyleNs, header ? u"header"_s : u"footer"_s);
    xml.writeStartElement(TextNs, u"p"_s);
    xml.writeAttribute(TextNs, u"style-name"_s, header ? u"Header"_s : u"Footer"_s);
    const QStringList& parts = header ? document.letterhead.header : document.letterhead.footer;
    for (qsizetype i = 0; i < 3; ++i) {
        if (i > 0)
            xml.writeEmptyElement(TextNs, u"tab"_s);
        const QString part = parts.value(i);
        const bool marking = part.contains(ReportLetterhead::placeholder(u"取扱区分"_s));
        if (marking) {
            xml.writeStartElement(TextNs, u"span"_s);
            xml.writeAttribute(TextNs, u"style-name"_s, u"Marking"_s);
        }
        for (const ReportDocument::Segment& segment : document.runningSegments(part)) {
            if (segment.kind == ReportDocument::Segment::Kind::PageNumber) {
                xml.writeStartElement(TextNs, u"page-number"_s);
                xml.writeAttribute(TextNs, u"select-page"_s, u"current"_s);
                xml.writeCharacters(u"1"_s);
                xml.writeEndElement();
            } else if (segment.kind == ReportDocument::Segment::Kind::PageCount) {
                xml.writeTextElement(TextNs, u"page-count"_s, u"1"_s);
            } else {
                writeText(xml, segment.text);
            }
        }
        if (marking)
            xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

QByteArray stylesXml(const ReportDocument& document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(OfficeNs, u"document-styles"_s);
    declareNamespaces(xml);
    xml.writeAttribute(OfficeNs, u"version"_s, u"1.3"_s);
    xml.writeStartElement(OfficeNs, u"font-face-decls"_s);
    xml.writeStartElement(StyleNs, u"font-face"_s);
    xml.writeAttribute(StyleNs, u"name"_s, Font);
    xml.writeAttribute(SvgNs, u"font-family"_s, u"'"_s % Font % u"'"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(OfficeNs, u"styles"_s);
    // Sizes and spaces as the PDF's pages have them.
    paragraphStyle(xml, u"Text"_s, 10, false, {}, {}, 0, 0.3);
    paragraphStyle(xml, u"TextRight"_s, 10, false, u"end"_s, {}, 0, 0.3);
    paragraphStyle(xml, u"Title"_s, 22, true, u"center"_s, {}, 4, 1.4);
    paragraphStyle(xml, u"Centered"_s, 13, false, u"center"_s, {}, 0, 0.5);
    paragraphStyle(xml, u"Heading_1"_s, 15, true, {}, {}, 0.6, 0.2, 1);
    paragraphStyle(xml, u"Heading_2"_s, 12.5, true, {}, {}, 0.35, 0.2, 2);
    paragraphStyle(xml, u"Heading_3"_s, 11, true, {}, {}, 0.35, 0.2, 3);
    paragraphStyle(xml, u"Note"_s, 8.5, false, {}, u"#5f6368"_s, 0, 0.25);
    paragraphStyle(xml, u"Cell"_s, 8.5, false, {}, {}, 0, 0);
    paragraphStyle(xml, u"CellHeading"_s, 8.5, true, {}, {}, 0, 0);
    runningStyle(xml, u"Header"_s, {{u"center"_s, ContentWidthCm / 2}, {u"right"_s, ContentWidthCm}}, true);
    runningStyle(xml, u"Footer"_s, {{u"center"_s, ContentWidthCm / 2}, {u"right"_s, ContentWidthCm}}, false);
    xml.writeStartElement(StyleNs, u"style"_s);
    xml.writeAttribute(StyleNs, u"name"_s, u"Marking"_s);
    xml.writeAttribute(StyleNs, u"family"_s, u"text"_s);
    xml.writeEmptyElement(StyleNs, u"text-properties"_s);
    xml.writeAttribute(FoNs, u"font-size"_s, u"9pt"_s);
    xml.writeAttribute(StyleNs, u"font-size-asian"_s, u"9pt"_s);
    xml.writeAttribute(FoNs, u"font-weight"_s, u"bold"_s);
    xml.writeAttribute(StyleNs, u"font-weight-asian"_s, u"bold"_s);
    xml.writeAttribute(FoNs, u"color"_s, u"#b71c1c"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(OfficeNs, u"automatic-styles"_s);
    xml.writeStartElement(StyleNs, u"page-layout"_s);
    xml.writeAttribute(StyleNs, u"name"_s, u"A4"_s);
    xml.writeStartElement(StyleNs, u"page-layout-properties"_s);
    xml.writeAttribute(FoNs, u"page-width"_s, u"21cm"_s);
    xml.writeAttribute(FoNs, u"page-height"_s, u"29.7cm"_s);
    xml.writeAttribute(StyleNs, u"print-orientation"_s, u"portrait"_s);
    // The page's margins reach the header and footer; their heights and spacing bring the body to the PDF's.
    const auto cm = [](double mm) -> QString { return QString::number(mm / 10) % u"cm"_s; };
    xml.writeAttribute(FoNs, u"margin-top"_s, cm(ReportPage::HeaderFromEdgeMm));
    xml.writeAttribute(FoNs, u"margin-bottom"_s, cm(ReportPage::FooterFromEdgeMm));
    for (const QString& side : {u"margin-left"_s, u"margin-right"_s})
        xml.writeAttribute(FoNs, side, cm(ReportPage::SideMm));
    xml.writeEndElement();
    for (const QString& part : {u"header-style"_s, u"footer-style"_s}) {
        const bool header = part == u"header-style"_s;
        const double spacingMm = (header ? ReportPage::TopMm - ReportPage::HeaderFromEdgeMm
                                         : ReportPage::BottomMm - ReportPage::FooterFromEdgeMm) -
                                 HeaderHeightCm * 10;
        xml.writeStartElement(StyleNs, part);
        xml.writeEmptyElement(StyleNs, u"header-footer-properties"_s);
        xml.writeAttribute(FoNs, u"min-height"_s, QString::number(HeaderHeightCm) % u"cm"_s);
        xml.writeAttribute(FoNs, header ? u"margin-bottom"_s : u"margin-top"_s, cm(spacingMm));
        xml.writeAttribute(StyleNs, u"dynamic-spacing"_s, u"false"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(OfficeNs, u"master-styles"_s);
    xml.writeStartElement(StyleNs, u"master-page"_s);
    xml.writeAttribute(StyleNs, u"name"_s, u"Standard"_s);
    xml.writeAttribute(StyleNs, u"page-layout-name"_s, u"A4"_s);
    // The letterhead's header and footer, one line each as on the PDF's pages.
    runningLine(xml, document, true);
    runningLine(xml, document, false);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

struct Picture
{
    QString name;
    QByteArray png;
};

class ContentWriter
{
public:
    explicit ContentWriter(const ReportDocument& document)
        : m_document(document)
        , m_xml(&m_bytes)
    {}

    QByteArray write()
    {
        m_xml.writeStartDocument();
        m_xml.writeStartElement(OfficeNs, u"document-content"_s);
        declareNamespaces(m_xml);
        m_xml.writeAttribute(OfficeNs, u"version"_s, u"1.3"_s);
        automaticStyles();
        m_xml.writeStartElement(OfficeNs, u"body"_s);
        m_xml.writeStartElement(OfficeNs, u"text"_s);
        bool breakBefore = false;
        for (const ReportBlock& block : m_document.printedBlocks()) {
            if (block.kind == ReportBlock::Kind::PageBreak) {
                breakBefore = true;
                continue;
            }
            if (breakBefore) {
                paragraph(m_xml, u"Break"_s, {});
                breakBefore = false;
            }
            place(block);
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_bytes;
    }

    const QList<Picture>& pictures() const { return m_pictures; }

private:
    // Per table: its column widths; and the cell styles shared by all tables.
    void automaticStyles()
    {
        m_xml.writeStartElement(OfficeNs, u"automatic-styles"_s);
        m_xml.writeStartElement(StyleNs, u"style"_s);
        m_xml.writeAttribute(StyleNs, u"name"_s, u"Break"_s);
        m_xml.writeAttribute(StyleNs, u"family"_s, u"paragraph"_s);
        m_xml.writeAttribute(StyleNs, u"parent-style-name"_s, u"Text"_s);
        m_xml.writeEmptyElement(StyleNs, u"paragraph-properties"_s);
        m_xml.writeAttribute(FoNs, u"break-before"_s, u"page"_s);
        m_xml.writeEndElement();
        for (const QString& name : {u"Cell"_s, u"CellHeading"_s}) {
            m_xml.writeStartElement(StyleNs, u"style"_s);
            m_xml.writeAttribute(StyleNs, u"name"_s, name % u"Box"_s);
            m_xml.writeAttribute(StyleNs, u"family"_s, u"table-cell"_s);
            m_xml.writeEmptyElement(StyleNs, u"table-cell-properties"_s);
            m_xml.writeAttribute(FoNs, u"border"_s, u"0.5pt solid #9aa0a6"_s);
            m_xml.writeAttribute(FoNs, u"padding"_s, u"0.1cm"_s);
            if (name == u"CellHeading"_s)
                m_xml.writeAttribute(FoNs, u"background-color"_s, u"#e3ecf7"_s);
            m_xml.writeEndElement();
        }
        int index = 0;
        for (const ReportBlock& block : m_document.printedBlocks()) {
            if (block.kind != ReportBlock::Kind::Table && block.kind != ReportBlock::Kind::Fields)
                continue;
            const QString table = u"Table"_s % QString::number(++index);
            m_xml.writeStartElement(StyleNs, u"style"_s);
            m_xml.writeAttribute(StyleNs, u"name"_s, table);
            m_xml.writeAttribute(StyleNs, u"family"_s, u"table"_s);
            m_xml.writeEmptyElement(StyleNs, u"table-properties"_s);
            m_xml.writeAttribute(StyleNs, u"width"_s, QString::number(ContentWidthCm) % u"cm"_s);
            m_xml.writeAttribute(TableNs, u"align"_s, u"margins"_s);
            m_xml.writeAttribute(FoNs, u"margin-bottom"_s, u"0.3cm"_s);
            m_xml.writeEndElement();
            const qsizetype columns = block.kind == ReportBlock::Kind::Fields ? 2 : block.table.headers.size();
            for (qsizetype c = 0; c < columns; ++c) {
                m_xml.writeStartElement(StyleNs, u"style"_s);
                m_xml.writeAttribute(StyleNs, u"name"_s, table % u"."_s % QString::number(c));
                m_xml.writeAttribute(StyleNs, u"family"_s, u"table-column"_s);
                m_xml.writeEmptyElement(StyleNs, u"table-column-properties"_s);
                m_xml.writeAttribute(StyleNs, u"rel-column-width"_s,
                                     QString::number(block.columnWeights.value(c, 1) * 1000) % u"*"_s);
                m_xml.writeEndElement();
            }
        }
        m_xml.writeEndElement();
    }

    void place(const ReportBlock& block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            paragraph(m_xml, u"Title"_s, block.text);
            return;
        case ReportBlock::Kind::Centered:
            paragraph(m_xml, u"Centered"_s, block.text);
            return;
        case ReportBlock::Kind::Heading:
            m_xml.writeStartElement(TextNs, u"h"_s);
            m_xml.writeAttribute(TextNs, u"style-name"_s,
                                 u"Heading_"_s % QString::number(std::clamp(block.level, 1, 3)));
            m_xml.writeAttribute(TextNs, u"outline-level"_s, QString::number(block.level));
            writeText(m_xml, block.text);
            m_xml.writeEndElement();
            return;
        case ReportBlock::Kind::Paragraph:
            paragraph(m_xml,
                      block.alignment == Qt::AlignRight     ? u"TextRight"_s
                      : block.alignment == Qt::AlignHCenter ? u"Centered"_s
                                                            : u"Text"_s,
                      block.text);
            return;
        case ReportBlock::Kind::Note:
            paragraph(m_xml, u"Note"_s, block.text);
            return;
        case ReportBlock::Kind::Fields:
        case ReportBlock::Kind::Table:
            table(block);
            return;
        case ReportBlock::Kind::Chart:
            chart(block.chart);
            return;
        case ReportBlock::Kind::PageBreak:
            return;
        }
    }

    void row(const QStringList& cells, qsizetype columns, bool heading, bool firstShaded)
    {
        m_xml.writeStartElement(TableNs, u"table-row"_s);
        for (qsizetype c = 0; c < columns; ++c) {
            const bool shaded = heading || (firstShaded && c == 0);
            m_xml.writeStartElement(TableNs, u"table-cell"_s);
            m_xml.writeAttribute(TableNs, u"style-name"_s, shaded ? u"CellHeadingBox"_s : u"CellBox"_s);
            m_xml.writeAttribute(OfficeNs, u"value-type"_s, u"string"_s);
            paragraph(m_xml, shaded ? u"CellHeading"_s : u"Cell"_s, cells.value(c));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void table(const ReportBlock& block)
    {
        const bool fields = block.kind == ReportBlock::Kind::Fields;
        const qsizetype columns = fields ? 2 : block.table.headers.size();
        const QString name = u"Table"_s % QString::number(++m_tables);
        m_xml.writeStartElement(TableNs, u"table"_s);
        m_xml.writeAttribute(TableNs, u"name"_s, name);
        m_xml.writeAttribute(TableNs, u"style-name"_s, name);
        for (qsizetype c = 0; c < columns; ++c) {
            m_xml.writeEmptyElement(TableNs, u"table-column"_s);
            m_xml.writeAttribute(TableNs, u"style-name"_s, name % u"."_s % QString::number(c));
        }
        if (!fields) {
            m_xml.writeStartElement(TableNs, u"table-header-rows"_s);
            row(block.table.headers, columns, true, false);
            m_xml.writeEndElement();
        }
        for (const QStringList& cells : block.table.rows)
            row(cells, columns, false, fields);
        m_xml.writeEndElement();
    }

    void chart(const ReportChart& chart)
    {
        const QImage image = ReportPainter::chartImage(chart, 1000);
        const Picture picture{u"Pictures/chart"_s % QString::number(m_pictures.size() + 1) % u".png"_s,
                              ReportPainter::png(image)};
        m_pictures << picture;
        const double heightCm = ContentWidthCm * image.height() / image.width();
        m_xml.writeStartElement(TextNs, u"p"_s);
        m_xml.writeAttribute(TextNs, u"style-name"_s, u"Text"_s);
        m_xml.writeStartElement(DrawNs, u"frame"_s);
        m_xml.writeAttribute(DrawNs, u"name"_s, chart.title);
        m_xml.writeAttribute(TextNs, u"anchor-type"_s, u"as-char"_s);
        m_xml.writeAttribute(SvgNs, u"width"_s, QString::number(ContentWidthCm) % u"cm"_s);
        m_xml.writeAttribute(SvgNs, u"height"_s, QString::number(heightCm, 'f', 2) % u"cm"_s);
        m_xml.writeEmptyElement(DrawNs, u"image"_s);
        m_xml.writeAttribute(XlinkNs, u"href"_s, picture.name);
        m_xml.writeAttribute(XlinkNs, u"type"_s, u"simple"_s);
        m_xml.writeAttribute(XlinkNs, u"show"_s, u"embed"_s);
        m_xml.writeAttribute(XlinkNs, u"actuate"_s, u"onLoad"_s);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    const ReportDocument& m_document;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    QList<Picture> m_pictures;
    int m_tables = 0;
};

QByteArray metaXml(const ReportDocument& document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(OfficeNs, u"document-meta"_s);
    xml.writeNamespace(OfficeNs, u"office"_s);
    xml.writeNamespace(MetaNs, u"meta"_s);
    xml.writeNamespace(DcNs, u"dc"_s);
    xml.writeAttribute(OfficeNs, u"version"_s, u"1.3"_s);
    xml.writeStartElement(OfficeNs, u"meta"_s);
    xml.writeTextElement(DcNs, u"title"_s, document.title);
    xml.writeTextElement(MetaNs, u"generator"_s, u"Kansa"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const QList<Picture>& pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(ManifestNs, u"manifest"_s);
    xml.writeNamespace(ManifestNs, u"manifest"_s);
    xml.writeAttribute(ManifestNs, u"version"_s, u"1.3"_s);
    auto entry = [&](const QString& path, const QString& type) {
        xml.writeEmptyElement(ManifestNs, u"file-entry"_s);
        xml.writeAttribute(ManifestNs, u"full-path"_s, path);
        xml.writeAttribute(ManifestNs, u"media-type"_s, type);
    };
    entry(u"/"_s, u"application/vnd.oasis.opendocument.text"_s);
    for (const QString& part : {u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s})
        entry(part, u"text/xml"_s);
    for (const Picture& picture : pictures)
        entry(picture.name, u"image/png"_s);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

void OdtWriter::write(const ReportDocument& document, const QString& path)
{
    ContentWriter content(document);
    const QByteArray contentXml = content.write();
    QList<QPair<QString, QByteArray>> parts{{u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
                                            {u"META-INF/manifest.xml"_s, manifestXml(content.pictures())},
                                            {u"content.xml"_s, contentXml},
                                            {u"styles.xml"_s, stylesXml(document)},
                                            {u"meta.xml"_s, metaXml(document)}};
    for (const Picture& picture : content.pictures())
        parts.append({picture.name, picture.png});

    OutputFile output(path);
    ZipWriter zip(output.temporaryPath(), path);
    // The mimetype comes first and uncompressed, so that the file identifies itself.
    for (const auto& [name, bytes] : parts)
        zip.add(name, bytes, name != u"mimetype"_s);
    zip.close();
    output.commit();
}

} // namespace kansa
