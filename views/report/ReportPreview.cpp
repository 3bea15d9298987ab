#include "ReportPreview.h"

#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/WindowSize.h"
#include "report/ReportPageView.h"
#include "report/ReportPainter.h"

#include <QDeadlineTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace kansa {

ReportPreview::ReportPreview(std::function<ReportDocument()> compose, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_view(new ReportPageView(this))
    , m_page(new QSpinBox(this))
    , m_status(new QLabel(tr("Composing the report…"), this))
{
    setObjectName(QStringLiteral("reportPreview"));
    setWindowTitle(title);
    auto* tools = new QHBoxLayout;
    auto* print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("previewPrint"));
    print->setEnabled(false);
    auto* smaller = new QPushButton(tr("Zoom out"), this);
    auto* larger = new QPushButton(tr("Zoom in"), this);
    auto* fit = new QPushButton(tr("Page width"), this);
    m_page->setObjectName(QStringLiteral("previewPage"));
    m_page->setRange(1, 1);
    m_page->setKeyboardTracking(false);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    tools->addWidget(print);
    tools->addSpacing(12);
    tools->addWidget(new QLabel(tr("Page"), this));
    tools->addWidget(m_page);
    tools->addSpacing(12);
    tools->addWidget(smaller);
    tools->addWidget(larger);
    tools->addWidget(fit);
    tools->addStretch();
    tools->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    resizeWithinScreen(this, {900, 1000});

    connect(print, &QPushButton::clicked, this, [this] { Q_EMIT printRequested(m_pages->document()); });
    connect(this, &ReportPreview::composed, print, [print] { print->setEnabled(true); });
    connect(smaller, &QPushButton::clicked, this, [this] { m_view->setZoom(m_view->zoom() / 1.25); });
    connect(larger, &QPushButton::clicked, this, [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    connect(fit, &QPushButton::clicked, this, [this] { m_view->setZoom(1); });
    connect(m_page, &QSpinBox::valueChanged, m_view, &ReportPageView::showPage);
    connect(m_view, &ReportPageView::currentPageChanged, this, &ReportPreview::showPosition);

    // The thread tells the window what it did through queued calls, which Qt drops once the window is gone.
    QPointer<ReportPreview> window(this);
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    m_thread = QThread::create([window, stop, compose = std::move(compose)] {
        try {
            auto pages = std::make_shared<ReportPages>(compose());
            QMetaObject::invokeMethod(window, [window, pages] { window->showComposed(pages); });
            QDeadlineTimer nextReport(200);
            pages->count([&](int page, int) {
                if (nextReport.hasExpired()) {
                    QMetaObject::invokeMethod(window, [window, page] { window->showCounted(page - 1, false); });
                    nextReport.setRemainingTime(200);
                }
                return !*stop;
            });
            const int total = pages->pages();
            QMetaObject::invokeMethod(window, [window, total] { window->showCounted(total, true); });
        } catch (const Cancelled&) {
        } catch (const Error& error) {
            const QString message = error.message();
            QMetaObject::invokeMethod(window, [window, message] {
                MessageBox::error(window, window->windowTitle(), message);
                window->reject();
            });
        }
    });
    m_thread->start();
}

ReportPreview::~ReportPreview()
{
    *m_stop = true;
    m_thread->wait();
    delete m_thread;
}

int ReportPreview::pageCount() const
{
    return m_pages ? m_pages->pages() : 0;
}

int ReportPreview::pagesShown() const
{
    return m_view->pageCount();
}

void ReportPreview::showComposed(std::shared_ptr<ReportPages> pages)
{
    m_pages = std::move(pages);
    m_view->setPages(m_pages);
    m_status->setText(tr("Counting the pages…"));
    Q_EMIT composed();
}

void ReportPreview::showCounted(int pages, bool done)
{
    m_view->pagesCounted(done);
    m_page->setMaximum(std::max(1, m_view->pageCount()));
    m_status->setText(done ? tr("%n page(s)", nullptr, pages)
                           : tr("Counting the pages… %1").arg(QLocale().toString(pages)));
    if (done)
        Q_EMIT counted(pages);
}

void ReportPreview::showPosition(int page)
{
    const QSignalBlocker blocker(m_page);
    m_page->setValue(page);
}

} // namespace kansa
