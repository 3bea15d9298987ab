#pragma once

#include "report/ReportPainter.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>

#include <memory>

namespace kansa {

// A report's pages one under another, as wide as the view (or zoomed); only the pages in view are drawn, each
// when it scrolls into view, so that a report of thousands of pages scrolls as freely as one of ten.
class ReportPageView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ReportPageView(QWidget* parent = nullptr);

    // The pages to show; none: an empty view.
    void setPages(std::shared_ptr<const ReportPages> pages);
    // More pages were counted, or (done) the count is known: the footers change to n / N.
    void pagesCounted(bool done);
    int pageCount() const;
    // The page at the top of the view, from 1.
    int currentPage() const;
    void showPage(int page);
    // 1: as wide as the view.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

Q_SIGNALS:
    void currentPageChanged(int page);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QSize pageSize() const;
    int pitch() const; // a page and the gap below it
    void updateRange();
    const QImage& pageImage(int page);

    std::shared_ptr<const ReportPages> m_pages;
    QHash<int, QImage> m_images; // the pages drawn at the current size
    double m_zoom = 1;
    int m_shownPages = 0;
};

} // namespace kansa
