#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QImage>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QRectF;

namespace kansa {

// Lays a report out on A4 pages with QPainter: header (classification marking and title) and footer
// (marking, page n / N, organisation) on every page, tables that repeat their headings on each page they
// run onto, headings kept with what follows. The layout runs twice, first to count the pages, so memory
// stays bounded whatever the length. The same painting serves PDF (QPdfWriter) and printing (QPrinter).
class ReportPainter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)

public:
    // Told of each page as it is laid out: (page, 0) while counting, (page, pages) while painting. Returning
    // false cancels: kansa::Cancelled is thrown. It may be called from the thread that renders.
    using Progress = std::function<bool(int page, int pages)>;

    // Paints every page on the device (which must be new, with no painter active); returns the page count.
    static int paint(const ReportDocument& document, QPagedPaintDevice& device, const Progress& progress = {});
    // A4 PDF, Japanese fonts embedded, text selectable, written whole or not at all (OutputFile). Throws
    // kansa::Error naming the file.
    static int writePdf(const ReportDocument& document, const QString& path, const Progress& progress = {});
    // The footer's right-hand text: the organisation and the version of Kansa that made the report.
    static QString footerText(const ReportDocument& document);
    // The chart as a picture, for documents that embed images (ODT).
    static QImage chartImage(const ReportChart& chart, int widthPixels);

    // Shared with the chart picture: the height a chart needs at a width, and drawing it.
    static qreal chartHeight(const ReportChart& chart, QPaintDevice& device, qreal width);
    static void drawChart(const ReportChart& chart, QPainter& painter, QPaintDevice& device, const QRectF& area);
};

} // namespace kansa
