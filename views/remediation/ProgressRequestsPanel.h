#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kansa {

class Workspace;

// The CISO's requests for progress reports, and what each unit still owes (late ones stand out).
class ProgressRequestsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressRequestsPanel(Workspace& workspace, QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();
    void requestProgress();

Q_SIGNALS:
    void planRequested(qint64 planId);

private:
    Workspace& m_workspace;
    QTableWidget* m_requests;
    QTableWidget* m_owed;
};

} // namespace kansa
