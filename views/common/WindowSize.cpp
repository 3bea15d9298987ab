#include "WindowSize.h"

#include <QScreen>
#include <QWidget>

namespace kansa {

void resizeWithinScreen(QWidget* window, const QSize& preferred)
{
    const QWidget* anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QSize available = anchor->screen()->availableSize();
    window->resize(preferred.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10)));
}

} // namespace kansa
