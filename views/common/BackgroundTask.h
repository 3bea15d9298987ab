#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace kansa::BackgroundTask {

// Tells the work how far it is; returns false once the person pressed Cancel.
using Progress = std::function<bool(int current, int total)>;

// Runs work on a thread of its own while a window-modal progress dialog shows label (after a moment), so that the
// window stays painted and answers: a report of thousands of pages, a backup, a verification or an archive of a
// large organisation takes seconds. The work opens its own connection (a connection belongs to its thread).
// Rethrows what the work threw. Without cancellable the dialog has no Cancel button (a backup cannot stop half
// way).
void run(QWidget* parent, const QString& label, const std::function<void(const Progress&)>& work,
         bool cancellable = true);

} // namespace kansa::BackgroundTask
