#include "ReportPainter.h"

#include "common/Error.h"
#include "exchange/OutputFile.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QMutexLocker>
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
    font.setFamilies({ReportPage::FontFamily, u"Noto Sans CJK JP"_s, u"Noto Sans"_s});
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

// The device every layout measures with, whatever it paints on: a PDF writer at the PDF's resolution, so that
// the preview, the printout and the PDF break their pages at the same places.
class MetricsDevice
{
public:
    MetricsDevice()
        : m_writer(&m_buffer)
    {
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_writer.setResolution(ReportPainter::Resolution);
    }
    QPaintDevice& device() { return m_writer; }

private:
    QBuffer m_buffer;
    QPdfWriter m_writer;
};

// One pass over the document: it lays out every page and draws the pages from first to last on the painter
// (none without a painter, when it only counts). Coordinates are the metrics device's; the painter maps them
// onto its own device. It can start where an earlier pass recorded a checkpoint.
class Layout
{
public:
    using Checkpoint = ReportPages::Checkpoint;

    Layout(const ReportDocument& document, QPaintDevice& metrics, QPainter* painter, int totalPages,
           const ReportPainter::Progress& progress)
        : m_document(document)
        , m_blocks(document.printedBlocks())
        , m_metrics(metrics)
        , m_painter(painter)
        , m_totalPages(totalPages)
        , m_progress(progress)
    {
        const qreal mm = metrics.logicalDpiY() / 25.4;
        m_content =
            QRectF(ReportPage::SideMm * mm, ReportPage::TopMm * mm, metrics.width() - 2 * ReportPage::SideMm * mm,
                   metrics.height() - (ReportPage::TopMm + ReportPage::BottomMm) * mm);
        m_mm = mm;
    }

    void drawPages(int first, int last) { m_first = first, m_last = last; }
    void startNewPagesOn(QPagedPaintDevice* device) { m_paged = device; }
    void recordInto(QList<Checkpoint>* checkpoints) { m_checkpoints = checkpoints; }

    // The page count, or 0 when cancelled. From a checkpoint: the pages from its page on.
    int run(const std::optional<Checkpoint>& from = {})
    {
        qsizetype first = 0;
        if (from) {
            m_page = from->page;
            m_y = from->y;
            first = from->block;
        } else {
            startPage();
        }
        for (qsizetype b = first; b < m_blocks.size() && !stopped(); ++b) {
            const ReportBlock& block = m_blocks[b];
            const qsizetype row = from && b == from->block ? from->row : -1;
            if (row >= 0) {
                table(b, block, row);
            } else {
                mark(b, -1);
                place(b, block);
            }
        }
        return m_cancelled ? 0 : m_page;
    }

private:
    qreal bottom() const { return m_content.bottom(); }
    bool drawing() const { return m_painter && m_page >= m_first && m_page <= m_last; }
    bool stopped() const { return m_cancelled || m_page > m_last; }

    // Where the layout stands before a block or a table's row; the last of each page is kept.
    void mark(qsizetype block, qsizetype row)
    {
        if (!m_checkpoints)
            return;
        const Checkpoint point{m_page, block, row, m_y};
        if (!m_checkpoints->isEmpty() && m_checkpoints->last().page == m_page)
            m_checkpoints->last() = point;
        else
            m_checkpoints->append(point);
    }

    void startPage()
    {
        if (m_paged && drawing())
            m_paged->newPage();
        ++m_page;
        m_y = m_content.top();
        if (m_progress && !m_progress(m_page, m_totalPages))
            m_cancelled = true;
        if (!drawing())
            return;
        // The letterhead's header and footer, each one line of left, centre and right parts.
        const qreal headerY = m_content.top() - 9 * m_mm;
        running(QRectF(m_content.left(), headerY, m_content.width(), 6 * m_mm), m_document.letterhead.header,
                Qt::AlignBottom);
        m_painter->setPen(QPen(Rule, 0.2 * m_mm));
        m_painter->drawLine(QPointF(m_content.left(), m_content.top() - 2.5 * m_mm),
                            QPointF(m_content.right(), m_content.top() - 2.5 * m_mm));
        running(QRectF(m_content.left(), bottom() + 5 * m_mm, m_content.width(), 6 * m_mm),
                m_document.letterhead.footer, Qt::AlignTop);
    }

    // A part that shows the marking is printed as the marking is, in red.
    void running(const QRectF& area, const QStringList& parts, Qt::Alignment vertical)
    {
        const Qt::Alignment sides[] = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight};
        for (qsizetype i = 0; i < std::min<qsizetype>(parts.size(), 3); ++i) {
            if (parts[i].isEmpty())
                continue;
            const bool marking = parts[i].contains(ReportLetterhead::placeholder(u"取扱区分"_s));
            text(area, marking ? font(9, true) : font(8), sides[i] | vertical,
                 m_document.filled(parts[i], m_page, m_totalPages), marking ? MarkingColour : Grey);
        }
    }

    // The report's font, sized for the metrics device, so that it keeps its size on a painter that maps the
    // metrics device's coordinates onto another.
    QFont font(qreal points, bool bold = false) const { return QFont(reportFont(points, bold), &m_metrics); }

    // Text in a box, laid out on the metrics device as flowing text is (QPainter::drawText would lay it out anew
    // for the painter's device, whose resolution may differ), wrapped where flags say so, aligned as they say.
    void text(const QRectF& rect, const QFont& font, int flags, const QString& content, const QColor& colour = Ink)
    {
        QString lines = content;
        lines.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(lines, font, &m_metrics);
        QTextOption option(Qt::Alignment(flags) & Qt::AlignHorizontal_Mask);
        option.setWrapMode(flags & Qt::TextWordWrap ? QTextOption::WordWrap : QTextOption::NoWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(rect.width());
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        qreal top = rect.top();
        if (flags & Qt::AlignBottom)
            top = rect.bottom() - height;
        else if (flags & Qt::AlignVCenter)
            top = rect.top() + (rect.height() - height) / 2;
        m_painter->setPen(colour);
        layout.draw(m_painter, QPointF(rect.left(), top));
    }

    qreal height(const QFont& font, qreal width, const QString& content) const
    {
        if (content.isEmpty())
            return QFontMetricsF(font, &m_metrics).height();
        return QFontMetricsF(font, &m_metrics)
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
        QTextLayout layout(lines, font, &m_metrics);
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
            if (drawing()) {
                m_painter->setPen(colour);
                line.draw(m_painter, QPointF(m_content.left(), m_y));
            }
            m_y += line.height();
        }
        m_y += spaceAfter;
    }

    void place(qsizetype index, const ReportBlock& block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            m_y += 40 * m_mm;
            flow(block.text, font(22, true), Ink, Qt::AlignHCenter, 14 * m_mm);
            return;
        case ReportBlock::Kind::Centered:
            flow(block.text, font(13), Ink, Qt::AlignHCenter, 5 * m_mm);
            return;
        case ReportBlock::Kind::Heading: {
            const QFont heading = font(block.level == 1 ? 15 : block.level == 2 ? 12.5 : 11, true);
            const qreal before = (block.level == 1 ? 6 : 3.5) * m_mm;
            // Kept with what follows: a heading never ends a page.
            need(before + height(heading, m_content.width(), block.text) + 25 * m_mm);
            if (m_y > m_content.top())
                m_y += before;
            flow(block.text, heading, Ink, Qt::AlignLeft, 2 * m_mm);
            if (block.level == 1 && drawing()) {
                m_painter->setPen(QPen(BarColour, 0.4 * m_mm));
                m_painter->drawLine(QPointF(m_content.left(), m_y - 1.2 * m_mm),
                                    QPointF(m_content.right(), m_y - 1.2 * m_mm));
            }
            return;
        }
        case ReportBlock::Kind::Paragraph:
            flow(block.text, font(10), Ink, block.alignment, 3 * m_mm);
            return;
        case ReportBlock::Kind::Note:
            flow(block.text, font(8.5), Grey, Qt::AlignLeft, 2.5 * m_mm);
            return;
        case ReportBlock::Kind::Fields:
        case ReportBlock::Kind::Table:
            table(index, block, -1);
            return;
        case ReportBlock::Kind::Chart: {
            const qreal h = ReportPainter::chartHeight(block.chart, m_metrics, m_content.width());
            need(h);
            if (drawing())
                ReportPainter::drawChart(block.chart, *m_painter, m_metrics,
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

    // From its first row (-1: with the room it needs and its headings) or from a row where an earlier pass stood.
    void table(qsizetype index, const ReportBlock& block, qsizetype fromRow)
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
        const QFont body = font(8.5);
        const QFont bold = font(8.5, true);

        auto rowHeight = [&](const QStringList& cells, const QFont& cellFont) {
            qreal h = 0;
            for (qsizetype c = 0; c < columns; ++c)
                h = std::max(h, height(cellFont, widths[c] - 2 * pad, cells.value(c)));
            return h + 2 * pad;
        };
        auto drawRow = [&](const QStringList& cells, qreal h, bool heading) {
            if (!drawing())
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
        if (fromRow < 0) {
            need(headingHeight + (table.rows.isEmpty() ? 0 : rowHeight(table.rows.first(), body)));
            drawHeadings();
        }
        for (qsizetype r = std::max<qsizetype>(fromRow, 0); r < table.rows.size(); ++r) {
            if (stopped())
                return;
            mark(index, r);
            const QStringList& row = table.rows[r];
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
    const QList<ReportBlock> m_blocks;
    QPaintDevice& m_metrics;
    QPainter* m_painter;
    QPagedPaintDevice* m_paged = nullptr;
    QList<Checkpoint>* m_checkpoints = nullptr;
    int m_totalPages;
    const ReportPainter::Progress& m_progress;
    int m_first = 1;
    int m_last = std::numeric_limits<int>::max();
    bool m_cancelled = false;
    QRectF m_content;
    qreal m_mm = 1;
    qreal m_y = 0;
    int m_page = 0;
};

// Maps the metrics device's coordinates onto the painter's device of size pixels.
void fitPage(QPainter& painter, QPaintDevice& metrics, const QSizeF& size)
{
    painter.scale(size.width() / metrics.width(), size.height() / metrics.height());
}

} // namespace

int ReportPainter::paint(const ReportDocument& document, QPagedPaintDevice& device, const Progress& progress)
{
    MetricsDevice metrics;
    const int pages = Layout(document, metrics.device(), nullptr, 0, progress).run();
    if (!pages)
        throw Cancelled(tr("The report was cancelled."));
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(tr("The report cannot be drawn on this device."));
    fitPage(painter, metrics.device(), QSizeF(device.width(), device.height()));
    Layout layout(document, metrics.device(), &painter, pages, progress);
    layout.startNewPagesOn(&device);
    const int painted = layout.run();
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
    writer.setResolution(Resolution);
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

ReportPages::ReportPages(ReportDocument document)
    : m_document(std::move(document))
{}

int ReportPages::count(const Progress& progress)
{
    MetricsDevice metrics;
    QList<Checkpoint> checkpoints;
    // The checkpoints are published as the pages are counted, so that pages already counted can be painted.
    const Progress counting = [&](int page, int) {
        {
            QMutexLocker lock(&m_mutex);
            m_checkpoints = checkpoints;
            m_counted = page - 1;
        }
        return !progress || progress(page, 0);
    };
    Layout layout(m_document, metrics.device(), nullptr, 0, counting);
    layout.recordInto(&checkpoints);
    const int pages = layout.run();
    if (!pages)
        throw Cancelled(ReportPainter::tr("The report was cancelled."));
    QMutexLocker lock(&m_mutex);
    m_checkpoints = checkpoints;
    m_counted = pages;
    m_pages = pages;
    return pages;
}

int ReportPages::pages() const
{
    QMutexLocker lock(&m_mutex);
    return m_pages;
}

int ReportPages::counted() const
{
    QMutexLocker lock(&m_mutex);
    return m_counted;
}

bool ReportPages::paintPage(int page, QPainter& painter, const QSizeF& size) const
{
    std::optional<Checkpoint> from;
    int pages = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (page < 1 || (page > m_counted && page != 1))
            return false;
        pages = m_pages;
        // The last place the layout stood before the page began: laid out from there without drawing.
        const auto after = std::lower_bound(m_checkpoints.cbegin(), m_checkpoints.cend(), page,
                                            [](const Checkpoint& point, int p) { return point.page < p; });
        if (after != m_checkpoints.cbegin())
            from = *(after - 1);
    }
    MetricsDevice metrics;
    painter.save();
    fitPage(painter, metrics.device(), size);
    Layout layout(m_document, metrics.device(), &painter, pages, {});
    layout.drawPages(page, page);
    layout.run(from);
    painter.restore();
    return true;
}

QImage ReportPages::pageImage(int page, const QSize& size) const
{
    MetricsDevice metrics;
    QImage full(metrics.device().width(), metrics.device().height(), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(ReportPainter::Resolution / 0.0254);
    full.setDotsPerMeterX(dotsPerMeter);
    full.setDotsPerMeterY(dotsPerMeter);
    full.fill(Qt::white);
    QPainter painter(&full);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (!paintPage(page, painter, full.size()))
        return {};
    painter.end();
    return full.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
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

QByteArray ReportPainter::png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
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
