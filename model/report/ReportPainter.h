#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QMutex>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QRectF;

namespace kansa {

// The A4 page every output of a report lays out (PDF, print, DOCX, ODT): the margins around the content and
// where the header and footer sit, from the page's edges.
struct ReportPage
{
    static constexpr double SideMm = 18;
    static constexpr double TopMm = 20;
    static constexpr double BottomMm = 18;
    static constexpr double ContentWidthMm = 210 - 2 * SideMm;
    static constexpr double HeaderFromEdgeMm = TopMm - 9;     // the top of the header line
    static constexpr double FooterFromEdgeMm = BottomMm - 11; // the bottom of the footer line
    // IPA P Gothic has the metrics of Windows' ＭＳ Ｐゴシック, so that a document edited in Word keeps its lines.
    static inline const QString FontFamily = QStringLiteral("IPAPGothic");
};

// Lays a report out on A4 pages with QPainter: header (classification marking and title) and footer
// (marking, page n / N, organisation) on every page, tables that repeat their headings on each page they
// run onto, headings kept with what follows. The layout runs twice, first to count the pages, so memory
// stays bounded whatever the length. The same painting serves PDF (QPdfWriter) and printing (QPrinter).
class ReportPainter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)

public:
    // Dots per inch of the layout: every output is laid out as the PDF is, at this resolution, and scaled.
    static constexpr int Resolution = 300;

    // Told of each page as it is laid out: (page, 0) while counting, (page, pages) while painting. Returning
    // false cancels: kansa::Cancelled is thrown. It may be called from the thread that renders.
    using Progress = std::function<bool(int page, int pages)>;

    // Paints every page on the device (which must be new, with no painter active); returns the page count.
    static int paint(const ReportDocument& document, QPagedPaintDevice& device, const Progress& progress = {});
    // A4 PDF, Japanese fonts embedded, text selectable, written whole or not at all (OutputFile). Throws
    // kansa::Error naming the file.
    static int writePdf(const ReportDocument& document, const QString& path, const Progress& progress = {});
    // The chart as a picture, for documents that embed images (ODT).
    static QImage chartImage(const ReportChart& chart, int widthPixels);
    static QByteArray png(const QImage& image);

    // Shared with the chart picture: the height a chart needs at a width, and drawing it.
    static qreal chartHeight(const ReportChart& chart, QPaintDevice& device, qreal width);
    static void drawChart(const ReportChart& chart, QPainter& painter, QPaintDevice& device, const QRectF& area);
};

// A report's pages for a preview: count() lays the whole report out once (on any thread), remembering where each
// page begins, and paintPage() then draws any page counted so far without drawing those before it, so that the
// first page of a report of thousands shows at once and any page after it as soon as it is counted.
class ReportPages final
{
public:
    using Progress = ReportPainter::Progress;

    // Where a layout stood before a block (row -1) or a table's row: the last such place of its page.
    struct Checkpoint
    {
        int page = 0;
        qsizetype block = 0;
        qsizetype row = -1;
        qreal y = 0;
    };

    explicit ReportPages(ReportDocument document);

    // Lays out every page and returns the count; progress(page, 0) as each page begins may cancel it
    // (kansa::Cancelled is thrown). Called once.
    int count(const Progress& progress = {});
    // The page count once count() has finished, else 0.
    int pages() const;
    // Pages whose place is known so far: paintPage() draws these (and the first page at any time).
    int counted() const;
    // Draws page (from 1) on the painter, scaled to a page of size in the painter's coordinates; the footer
    // reads "n / …" until the count is known. Returns false for a page not counted yet.
    bool paintPage(int page, QPainter& painter, const QSizeF& size) const;
    // The page as a picture of size pixels: drawn at the layout's resolution and scaled down, so that its text looks
    // as on paper (synthesized bold, which the font engine thickens for the size it draws at, included). Null for a
    // page not counted yet.
    QImage pageImage(int page, const QSize& size) const;

    const ReportDocument& document() const { return m_document; }

private:
    const ReportDocument m_document;
    mutable QMutex m_mutex;
    QList<Checkpoint> m_checkpoints;
    int m_counted = 0;
    int m_pages = 0;
};

} // namespace kansa
