#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <exception>
#include <memory>

namespace kansa {

void BackgroundTask::run(QWidget* parent, const QString& label, const std::function<void(const Progress&)>& work,
                         bool cancellable)
{
    QProgressDialog progress(label, cancellable ? QCoreApplication::translate("BackgroundTask", "Cancel") : QString(),
                             0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    std::atomic<bool> cancelled = false;
    std::atomic<int> current = 0;
    std::atomic<int> total = 0;
    std::exception_ptr failure;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            work([&](int now, int of) {
                current = now;
                total = of;
                return !cancelled;
            });
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QEventLoop loop;
    QTimer ticks;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled = true; });
    QObject::connect(&ticks, &QTimer::timeout, &progress, [&] {
        progress.setMaximum(total);
        progress.setValue(total ? current.load() : 0);
    });
    worker->start();
    ticks.start(100);
    loop.exec();
    worker->wait();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace kansa
