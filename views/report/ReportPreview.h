#pragma once

#include "report/ReportDocument.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QSpinBox;
class QThread;

namespace kansa {

class ReportPageView;
class ReportPages;

// The preview of a report of any length. The report is composed and its pages counted on a thread of its own:
// the first page shows as soon as the report is composed, the others as they are counted, and the window answers
// all the while. Print hands the composed report to whoever prints it.
class ReportPreview final : public QDialog
{
    Q_OBJECT

public:
    // compose runs on the preview's thread (with a connection of its own) and may throw kansa::Error.
    ReportPreview(std::function<ReportDocument()> compose, const QString& title, QWidget* parent = nullptr);
    // Stops the counting and waits for the thread.
    ~ReportPreview() override;

    // 0 until counted.
    int pageCount() const;
    // Pages shown so far (the first page while the rest are counted).
    int pagesShown() const;
    ReportPageView* view() const { return m_view; }

Q_SIGNALS:
    // The report was composed (its first page is shown) / every page was counted.
    void composed();
    void counted(int pages);
    void printRequested(const ReportDocument& document);

private:
    void showComposed(std::shared_ptr<ReportPages> pages);
    void showCounted(int pages, bool done);
    void showPosition(int page);

    ReportPageView* m_view;
    QSpinBox* m_page;
    QLabel* m_status;
    QThread* m_thread = nullptr;
    std::shared_ptr<ReportPages> m_pages;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace kansa
