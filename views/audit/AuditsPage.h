#pragma once

#include <QWidget>

class QStackedWidget;
class QTableWidget;

namespace kansa {

class AuditWorkspace;
class Workspace;

// The audits area: the signed-in auditor's own work, every audit plan by fiscal year with its status and
// progress, and the fieldwork workspace of the audit opened.
class AuditsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditsPage(Workspace& workspace, QWidget* parent = nullptr);

    // Opens the fieldwork workspace of an audit, at a unit when given (-1: the first).
    AuditWorkspace* openFieldwork(qint64 auditId, qint64 unitId = -1);
    void showOverview();

private:
    void reload();
    qint64 selectedAudit() const;
    void newPlan();
    void editPlan();
    void changeStatus();
    void nextYear();

    Workspace& m_workspace;
    QStackedWidget* m_stack;
    QTableWidget* m_myWork;
    QTableWidget* m_audits;
    AuditWorkspace* m_fieldwork = nullptr;
};

} // namespace kansa
