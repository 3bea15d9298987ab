#pragma once

#include <QWidget>

namespace kansa {

// The checklists that ship with the application: what each covers and how many items it has.
class ChecklistsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistsPage(QWidget* parent = nullptr);
};

} // namespace kansa
