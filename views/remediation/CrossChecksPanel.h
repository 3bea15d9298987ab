#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kansa {

class Workspace;

// 横断的な確認: the checks asked of other units, each unit's answer, and the answer of the person's own unit.
class CrossChecksPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CrossChecksPanel(Workspace& workspace, QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();
    void answer();

Q_SIGNALS:
    // The person asked to see a finding's plan (the one a check raised, or the one it was asked from).
    void findingRequested(qint64 findingId);

private:
    void showUnits();

    Workspace& m_workspace;
    QTableWidget* m_checks;
    QTableWidget* m_units;
    QPushButton* m_answer;
};

} // namespace kansa
