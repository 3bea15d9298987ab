#include "ReportPageView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace kansa {

namespace {

constexpr int Gap = 12;
constexpr qsizetype KeptImages = 12; // pages kept drawn: those in view and a few around them

} // namespace

ReportPageView::ReportPageView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("reportPageView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(40);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        viewport()->update();
        Q_EMIT currentPageChanged(currentPage());
    });
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

void ReportPageView::setPages(std::shared_ptr<const ReportPages> pages)
{
    m_pages = std::move(pages);
    m_images.clear();
    pagesCounted(false);
}

void ReportPageView::pagesCounted(bool done)
{
    if (done) // the footers said n / … so far
        m_images.clear();
    updateRange();
    viewport()->update();
}

int ReportPageView::pageCount() const
{
    return m_shownPages;
}

QSize ReportPageView::pageSize() const
{
    const int width = std::max(100, int((viewport()->width() - 2 * Gap) * m_zoom));
    return {width, int(width * 297.0 / 210.0)};
}

int ReportPageView::pitch() const
{
    return pageSize().height() + Gap;
}

void ReportPageView::updateRange()
{
    m_shownPages = !m_pages ? 0 : m_pages->pages() ? m_pages->pages() : std::max(1, m_pages->counted());
    const QSize page = pageSize();
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, m_shownPages * pitch() + Gap - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, page.width() + 2 * Gap - viewport()->width()));
}

int ReportPageView::currentPage() const
{
    if (!m_shownPages)
        return 0;
    return std::clamp(verticalScrollBar()->value() / pitch() + 1, 1, m_shownPages);
}

void ReportPageView::showPage(int page)
{
    verticalScrollBar()->setValue((std::clamp(page, 1, std::max(1, m_shownPages)) - 1) * pitch());
}

void ReportPageView::setZoom(double zoom)
{
    const int page = currentPage();
    m_zoom = std::clamp(zoom, 0.25, 4.0);
    m_images.clear();
    updateRange();
    showPage(page);
    viewport()->update();
}

const QImage& ReportPageView::pageImage(int page)
{
    const auto found = m_images.constFind(page);
    if (found != m_images.cend())
        return *found;
    if (m_images.size() >= KeptImages) {
        // The page farthest from this one goes.
        int farthest = page;
        for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
            if (std::abs(it.key() - page) > std::abs(farthest - page))
                farthest = it.key();
        }
        m_images.remove(farthest);
    }
    const qreal ratio = devicePixelRatioF();
    QImage image = m_pages->pageImage(page, pageSize() * ratio);
    image.setDevicePixelRatio(ratio);
    // Not counted yet: drawn blank, and tried again once counted.
    return *m_images.insert(page, image);
}

void ReportPageView::paintEvent(QPaintEvent*)
{
    if (!m_pages)
        return;
    QPainter painter(viewport());
    const QSize size = pageSize();
    const int top = verticalScrollBar()->value();
    const int x = std::max(Gap, (viewport()->width() - size.width()) / 2) - horizontalScrollBar()->value();
    const int first = top / pitch() + 1;
    for (int page = first; page <= m_shownPages; ++page) {
        const int y = Gap + (page - 1) * pitch() - top;
        if (y > viewport()->height())
            break;
        const QRect area(QPoint(x, y), size);
        painter.fillRect(area.translated(3, 3), QColor(0, 0, 0, 60));
        const QImage& image = pageImage(page);
        if (image.isNull()) {
            painter.fillRect(area, Qt::white);
            painter.setPen(Qt::gray);
            painter.drawText(area, Qt::AlignCenter, tr("Page %1 is being laid out…").arg(page));
            m_images.remove(page);
        } else {
            painter.drawImage(area.topLeft(), image);
        }
    }
}

void ReportPageView::resizeEvent(QResizeEvent* event)
{
    const int page = currentPage();
    QAbstractScrollArea::resizeEvent(event);
    m_images.clear();
    updateRange();
    if (page)
        showPage(page);
}

void ReportPageView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
        showPage(currentPage() + 1);
        return;
    case Qt::Key_PageUp:
        showPage(currentPage() - 1);
        return;
    case Qt::Key_Home:
        showPage(1);
        return;
    case Qt::Key_End:
        showPage(m_shownPages);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace kansa
