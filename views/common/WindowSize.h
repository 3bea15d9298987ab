#pragma once

#include <QSize>

class QWidget;

namespace kansa {

// Gives a window the size it prefers, but never more than nine tenths of the screen it opens on, so that its
// buttons stay reachable on a 1024×768 office PC.
void resizeWithinScreen(QWidget* window, const QSize& preferred);

} // namespace kansa
