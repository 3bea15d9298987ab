#pragma once

#include <QApplication>
#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace kansa {

// The one way the views fail: every action runs inside attempt() or applyDialog(). A refusal (kansa::Error)
// is shown in a message box naming what went wrong, nothing typed is lost, and the screen re-reads what is
// stored, so it never shows a change that was refused.

// Runs work(); a refusal is shown, then reread() (when given) puts the stored state back on the screen.
// Returns whether work() succeeded.
bool attempt(QWidget* parent, const QString& title, const std::function<void()>& work,
             const std::function<void()>& reread = {});

// Shows the dialog until the person cancels or apply() succeeds. A refused input is shown and the dialog comes
// back with what was typed; a refused permission or a stale edit is shown and ends it (typing again would not
// help), after which reread() runs.
bool applyDialog(QDialog& dialog, const QString& title, const std::function<void()>& apply,
                 const std::function<void()>& reread = {});

// The application object of the GUI: an exception that still reaches the event loop (a defect: every action
// goes through attempt()) is shown instead of ending the process with what the user typed.
class GuardedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override;
};

} // namespace kansa
