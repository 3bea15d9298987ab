#include "ErrorBoundary.h"

#include "common/Error.h"
#include "common/MessageBox.h"

#include <QDialog>
#include <QWidget>

#include <cstdio>

namespace kansa {

bool attempt(QWidget* parent, const QString& title, const std::function<void()>& work,
             const std::function<void()>& reread)
{
    try {
        work();
        return true;
    } catch (const Error& error) {
        MessageBox::error(parent, title, error.message());
    }
    if (reread) {
        try {
            reread();
        } catch (const Error& error) {
            MessageBox::error(parent, title, error.message());
        }
    }
    return false;
}

bool applyDialog(QDialog& dialog, const QString& title, const std::function<void()>& apply,
                 const std::function<void()>& reread)
{
    while (dialog.exec() == QDialog::Accepted) {
        try {
            apply();
            return true;
        } catch (const PermissionDenied& error) {
            MessageBox::error(&dialog, title, error.message());
            break;
        } catch (const StaleEdit& error) {
            MessageBox::error(&dialog, title, error.message());
            break;
        } catch (const Error& error) {
            MessageBox::error(&dialog, title, error.message());
        }
    }
    if (reread)
        attempt(dialog.parentWidget(), title, reread);
    return false;
}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const Error& error) {
        std::fprintf(stderr, "kansa: %s\n", error.what());
        MessageBox::error(activeWindow(), applicationDisplayName(), error.message());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "kansa: %s\n", error.what());
        MessageBox::error(activeWindow(), applicationDisplayName(), QString::fromLocal8Bit(error.what()));
    }
    return false;
}

} // namespace kansa
