#pragma once

#include <QMessageBox>

#include <functional>

namespace kansa {

// All message boxes go through here, so GUI tests can answer them instead of blocking on a modal dialog.
class MessageBox final
{
public:
    using Handler =
        std::function<QMessageBox::StandardButton(QMessageBox::Icon, const QString& title, const QString& text)>;

    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static bool confirm(QWidget* parent, const QString& title, const QString& text);

    // Tests install a handler that records the message and returns the button "pressed".
    static void setTestHandler(Handler handler);

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons);
    static Handler& testHandler();
};

} // namespace kansa
