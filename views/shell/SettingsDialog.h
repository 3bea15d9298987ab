#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace kansa {

// The person's own settings on this PC: language and calendar.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_language;
    QComboBox* m_calendar;
    QSpinBox* m_backupsKept;
};

} // namespace kansa
