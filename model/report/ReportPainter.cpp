#include "ReportPainter.h"

#include "common/Error.h"
#include "exchange/OutputFile.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// IPA P Gothic first: Qt's PDF writer maps each glyph back to the lowest code point that shows it, and fonts
// that draw the Kangxi radicals (U+2F00…) with the ideographs' glyphs would turn 自 into ⾃ in the PDF's text,
// which then cannot be searched. IPA P Gothic has no radicals.
QFont reportFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies({u"IPAPGothic"_s, u"Noto Sans CJK JP"_s, u"Noto Sans"_s});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Grey(0x5f, 0x63, 0x68);
const QColor Rule(0x9a, 0xa0, 0xa6);
const QColor HeadingFill(0xe3, 0xec, 0xf7);
const QColor BarColour(0x2f, 0x6f, 0xb5);
const QColor PreviousColour(0xb8, 0xc4, 0xd2);
const QColor MarkingColour(0xb7, 0x1c, 0x1c);

// One pass over the document: with a painter it draws, without one it only counts pages.
class Layout
{
public:
    Layout(const ReportDocument& document, QPagedPaintDevice& device, QPainter* painter, int totalPages,
           const ReportPainter::Progress& progress)
        : m_document(document)
        , m_device(device)
        , m_painter(painter)
        , m_totalPages(totalPages)
        , m_progress(progress)
    {
        const qreal mm = device.logicalDpiY() / 25.4;
        m_content = QRectF(18 * mm, 20 * mm, device.width() - 36 * mm, device.height() - 38 * mm);
        m_mm = mm;
    }

    // The page count, or 0 when cancelled.
    int run()
    {
        startPage();
        for (const ReportBlock& block : m_document.blocks) {
            if (m_cancelled)
                return 0;
            place(block);
        }
        return m_cancelled ? 0 : m_page;
    }

private:
    qreal bottom() const { return m_content.bottom(); }

    void startPage()
    {
        if (m_page > 0 && m_painter)
            m_device.newPage();
        ++m_page;
        m_y = m_content.top();
        if (m_progress && !m_progress(m_page, m_totalPages))
            m_cancelled = true;
        if (!m_painter)
            return;
        const QFont small = reportFont(8);
        const QFont marking = reportFont(9, true);
        const qreal headerY = m_content.top() - 9 * m_mm;
        const QRectF header(m_content.left(), headerY, m_content.width(), 6 * m_mm);
        text(header, marking, Qt::AlignLeft | Qt::AlignBottom, m_document.marking, MarkingColour);
        text(header, small, Qt::AlignRight | Qt::AlignBottom, m_document.title, Grey);
        m_painter->setPen(QPen(Rule, 0.2 * m_mm));
        m_painter->drawLine(QPointF(m_content.left(), m_content.top() - 2.5 * m_mm),
                            QPointF(m_content.right(), m_content.top() - 2.5 * m_mm));
        const QRectF footer(m_content.left(), bottom() + 5 * m_mm, m_content.width(), 6 * m_mm);
        text(footer, marking, Qt::AlignLeft | Qt::AlignTop, m_document.marking, MarkingColour);
        text(footer, small, Qt::AlignHCenter | Qt::AlignTop, ReportPainter::tr("%1 / %2").arg(m_page).arg(m_totalPages),
             Grey);
        text(footer, small, Qt::AlignRight | Qt::AlignTop, ReportPainter::footerText(m_document), Grey);
    }

    void text(const QRectF& rect, const QFont& font, int flags, const QString& content, const QColor& colour = Ink)
    {
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(rect, flags, content);
    }

    qreal height(const QFont& font, qreal width, const QString& content) const
    {
        if (content.isEmpty())
            return QFontMetricsF(font, &m_device).height();
        return QFontMetricsF(font, &m_device)
            .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, content)
            .height();
    }

    // Room for this much, or a new page.
    void need(qreal amount)
    {
        if (m_y + amount > bottom() && m_y > m_content.top())
            startPage();
    }

    // Wrapped text that may run over pages, line by line.
    void flow(const QString& content, const QFont& font, const QColor& colour, Qt::Alignment alignment,
              qreal spaceAfter)
    {
        QString lines = content;
        lines.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(lines, font, &m_device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<QTextLine> laid;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_content.width());
            line.setPosition(QPointF(0, 0));
            laid << line;
        }
        layout.endLayout();
        for (QTextLine& line : laid) {
            need(line.height());
            if (m_painter) {
                m_painter->setPen(colour);
                line.draw(m_painter, QPointF(m_content.left(), m_y));
            }
            m_y += line.height();
        }
        m_y += spaceAfter;
    }

    void place(const ReportBlock& block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            m_y += 40 * m_mm;
            flow(block.text, reportFont(22, true), Ink, Qt::AlignHCenter, 14 * m_mm);
            return;
        case ReportBlock::Kind::Centered:
            flow(block.text, reportFont(13), Ink, Qt::AlignHCenter, 5 * m_mm);
            return;
        case ReportBlock::Kind::Heading: {
            const QFont font = reportFont(block.level == 1 ? 15 : block.level == 2 ? 12.5 : 11, true);
            const qreal before = (block.level == 1 ? 6 : 3.5) * m_mm;
            // Kept with what follows: a heading never ends a page.
            need(before + height(font, m_content.width(), block.text) + 25 * m_mm);
            if (m_y > m_content.top())
                m_y += before;
            flow(block.text, font, Ink, Qt::AlignLeft, 2 * m_mm);
            if (block.level == 1 && m_painter) {
                m_painter->setPen(QPen(BarColour, 0.4 * m_mm));
                m_painter->drawLine(QPointF(m_content.left(), m_y - 1.2 * m_mm),
                                    QPointF(m_content.right(), m_y - 1.2 * m_mm));
            }
            return;
        }
        case ReportBlock::Kind::Paragraph:
            flow(block.text, reportFont(10), Ink, Qt::AlignLeft, 3 * m_mm);
            return;
        case ReportBlock::Kind::Note:
            flow(block.text, reportFont(8.5), Grey, Qt::AlignLeft, 2.5 * m_mm);
            return;
        case ReportBlock::Kind::Fields:
        case ReportBlock::Kind::Table:
            table(block);
            return;
        case ReportBlock::Kind::Chart: {
            const qreal h = ReportPainter::chartHeight(block.chart, m_device, m_content.width());
            need(h);
            if (m_painter)
                ReportPainter::drawChart(block.chart, *m_painter, m_device,
                                         QRectF(m_content.left(), m_y, m_content.width(), h));
            m_y += h + 4 * m_mm;
            return;
        }
        case ReportBlock::Kind::PageBreak:
            if (m_y > m_content.top())
                startPage();
            return;
        }
    }

    void table(const ReportBlock& block)
    {
        const ExportTable& table = block.table;
        const bool fields = block.kind == ReportBlock::Kind::Fields;
        const qsizetype columns = fields ? 2 : table.headers.size();
        if (columns == 0)
            return;
        QList<qreal> widths;
        qreal total = 0;
        for (qsizetype c = 0; c < columns; ++c)
            total += block.columnWeights.value(c, 1);
        for (qsizetype c = 0; c < columns; ++c)
            widths << m_content.width() * block.columnWeights.value(c, 1) / total;
        const qreal pad = 1.2 * m_mm;
        const QFont body = reportFont(8.5);
        const QFont bold = reportFont(8.5, true);

        auto rowHeight = [&](const QStringList& cells, const QFont& font) {
            qreal h = 0;
            for (qsizetype c = 0; c < columns; ++c)
                h = std::max(h, height(font, widths[c] - 2 * pad, cells.value(c)));
            return h + 2 * pad;
        };
        auto drawRow = [&](const QStringList& cells, qreal h, bool heading) {
            if (!m_painter)
                return;
            qreal x = m_content.left();
            for (qsizetype c = 0; c < columns; ++c) {
                const QRectF cell(x, m_y, widths[c], h);
                const bool shaded = heading || (fields && c == 0);
                if (shaded)
                    m_painter->fillRect(cell, HeadingFill);
                m_painter->setPen(QPen(Rule, 0.15 * m_mm));
                m_painter->drawRect(cell);
                text(cell.adjusted(pad, pad, -pad, -pad), shaded ? bold : body,
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells.value(c));
                x += widths[c];
            }
        };
        const qreal headingHeight = fields ? 0 : rowHeight(table.headers, bold);
        auto drawHeadings = [&] {
            if (fields)
                return;
            drawRow(table.headers, headingHeight, true);
            m_y += headingHeight;
        };
        need(headingHeight + (table.rows.isEmpty() ? 0 : rowHeight(table.rows.first(), body)));
        drawHeadings();
        for (const QStringList& row : table.rows) {
            if (m_cancelled)
                return;
            const qreal h = rowHeight(row, body);
            const qreal pageRoom = bottom() - m_content.top() - headingHeight;
            if (h > pageRoom) {
                // Taller than a page: each cell flows as text under its heading, so nothing is cut off.
                for (qsizetype c = 0; c < columns; ++c) {
                    const QString label = fields ? (c == 0 ? QString() : row.value(0)) : table.headers.value(c);
                    if (fields && c == 0)
                        continue;
                    flow(label, bold, Ink, Qt::AlignLeft, 0.5 * m_mm);
                    flow(row.value(c), body, Ink, Qt::AlignLeft, 2 * m_mm);
                }
                continue;
            }
            if (m_y + h > bottom()) {
                startPage();
                drawHeadings();
            }
            drawRow(row, h, false);
            m_y += h;
        }
        m_y += 4 * m_mm;
    }

    const ReportDocument& m_document;
    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    int m_totalPages;
    const ReportPainter::Progress& m_progress;
    bool m_cancelled = false;
    QRectF m_content;
    qreal m_mm = 1;
    qreal m_y = 0;
    int m_page = 0;
};

} // namespace

int ReportPainter::paint(const ReportDocument& document, QPagedPaintDevice& device, const Progress& progress)
{
    const int pages = Layout(document, device, nullptr, 0, progress).run();
    if (!pages)
        throw Cancelled(tr("The report was cancelled."));
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(tr("The report cannot be drawn on this device."));
    const int painted = Layout(document, device, &painter, pages, progress).run();
    painter.end();
    if (!painted)
        throw Cancelled(tr("The report was cancelled."));
    return pages;
}

int ReportPainter::writePdf(const ReportDocument& document, const QString& path, const Progress& progress)
{
    OutputFile output(path);
    QFile file(output.temporaryPath());
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(document.title);
    writer.setCreator(u"Kansa"_s);
    if (document.anchor)
        writer.setDocumentXmpMetadata(ChangeChain::anchorXmp(*document.anchor, document.title));
    const int pages = paint(document, writer, progress);
    // The PDF writer does not report a failed write (a full disk); the file does.
    if (!file.flush() || file.error() != QFileDevice::NoError)
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.close();
    output.commit();
    return pages;
}

QString ReportPainter::footerText(const ReportDocument& document)
{
    return document.organisation % u"  ·  Kansa "_s % QStringLiteral(KANSA_VERSION);
}

qreal ReportPainter::chartHeight(const ReportChart& chart, QPaintDevice& device, qreal)
{
    const qreal line = QFontMetricsF(reportFont(8.5), &device).height();
    const qreal perLabel = chart.previous.isEmpty() ? 1.5 * line : 2.2 * line;
    return 2.2 * line + chart.labels.size() * perLabel + 2.6 * line;
}

void ReportPainter::drawChart(const ReportChart& chart, QPainter& painter, QPaintDevice& device, const QRectF& area)
{
    const QFont font = reportFont(8.5);
    const QFont bold = reportFont(9.5, true);
    const QFontMetricsF metrics(font, &device);
    const qreal line = metrics.height();
    const qreal perLabel = chart.previous.isEmpty() ? 1.5 * line : 2.2 * line;
    painter.setPen(Ink);
    painter.setFont(bold);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 1.6 * line), Qt::AlignLeft | Qt::AlignVCenter,
                     chart.title);
    const qreal labelWidth = area.width() * 0.32;
    const qreal barLeft = area.left() + labelWidth + line;
    const qreal barWidth = area.width() - labelWidth - 5 * line;
    const qreal top = area.top() + 2.2 * line;
    const qreal plotHeight = chart.labels.size() * perLabel;
    const double maximum = chart.maximum > 0 ? chart.maximum : 1;

    // Grid at quarters of the scale, with its values below.
    painter.setFont(font);
    for (int quarter = 0; quarter <= 4; ++quarter) {
        const qreal x = barLeft + barWidth * quarter / 4;
        painter.setPen(QPen(quarter == 0 ? Rule : QColor(0xe0, 0xe0, 0xe0), line / 12));
        painter.drawLine(QPointF(x, top), QPointF(x, top + plotHeight));
        painter.setPen(Grey);
        painter.drawText(QRectF(x - 3 * line, top + plotHeight, 6 * line, line), Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(maximum * quarter / 4, 'g', 4));
    }
    for (qsizetype i = 0; i < chart.labels.size(); ++i) {
        const qreal rowTop = top + i * perLabel;
        painter.setPen(Ink);
        painter.drawText(QRectF(area.left(), rowTop, labelWidth, perLabel), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(chart.labels[i], Qt::ElideRight, labelWidth));
        const double value = std::max(0.0, chart.values.value(i));
        const qreal barHeight = 0.9 * line;
        const qreal barTop = chart.previous.isEmpty() ? rowTop + (perLabel - barHeight) / 2 : rowTop + 0.2 * line;
        painter.fillRect(QRectF(barLeft, barTop, barWidth * std::min(value, maximum) / maximum, barHeight), BarColour);
        painter.drawText(
            QRectF(barLeft + barWidth * std::min(value, maximum) / maximum + 0.4 * line, barTop, 4 * line, barHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(chart.values.value(i), 'f', chart.unit.isEmpty() ? 0 : 1) % chart.unit);
        if (!chart.previous.isEmpty() && chart.previous.value(i, -1) >= 0) {
            const double previous = chart.previous[i];
            painter.fillRect(QRectF(barLeft, barTop + barHeight + 0.1 * line,
                                    barWidth * std::min(previous, maximum) / maximum, 0.7 * line),
                             PreviousColour);
        }
    }
    // Legend.
    const qreal legendTop = top + plotHeight + 1.3 * line;
    qreal x = barLeft;
    auto legend = [&](const QColor& colour, const QString& name) {
        if (name.isEmpty())
            return;
        painter.fillRect(QRectF(x, legendTop + 0.2 * line, 0.8 * line, 0.7 * line), colour);
        painter.setPen(Ink);
        const qreal w = metrics.horizontalAdvance(name);
        painter.drawText(QRectF(x + line, legendTop, w + line, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w + 3 * line;
    };
    legend(BarColour, chart.valueLegend);
    if (!chart.previous.isEmpty())
        legend(PreviousColour, chart.previousLegend);
}

QImage ReportPainter::chartImage(const ReportChart& chart, int widthPixels)
{
    QImage probe(1, 1, QImage::Format_ARGB32);
    probe.setDotsPerMeterX(5906); // 150 dpi
    probe.setDotsPerMeterY(5906);
    const int h = qCeil(chartHeight(chart, probe, widthPixels));
    QImage image(widthPixels, h, QImage::Format_ARGB32);
    image.setDotsPerMeterX(5906);
    image.setDotsPerMeterY(5906);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    drawChart(chart, painter, image, QRectF(0, 0, widthPixels, h));
    return image;
}

} // namespace kansa
