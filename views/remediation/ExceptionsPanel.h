#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace kansa {

class Workspace;

// The exceptions register (例外措置, 対策基準 7.4): a unit requests, the CISO approves with a term and a next
// review, or rejects. Expired entries and entries due for review stand out.
class ExceptionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExceptionsPanel(Workspace& workspace, QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();
    void requestException();
    void decideException();
    void showHistory();

private:
    void updateButtons();

    Workspace& m_workspace;
    QTableWidget* m_table;
    QCheckBox* m_attentionOnly;
    QPushButton* m_decide;
    QPushButton* m_history;
};

} // namespace kansa
