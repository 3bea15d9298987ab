#pragma once

#include "remediation/Remediation.h"

#include <QList>
#include <QWidget>

class QStackedWidget;
class QTableWidget;

namespace kansa {

class AuditWorkspace;
class Workspace;

// The audits area: the signed-in auditor's own work (units to assess, findings without a plan, plans to verify),
// every audit plan by fiscal year with its status and progress, and the fieldwork workspace of the audit opened.
class AuditsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditsPage(Workspace& workspace, QWidget* parent = nullptr);

    // Opens the fieldwork workspace of an audit, at a unit when given (-1: the first).
    AuditWorkspace* openFieldwork(qint64 auditId, qint64 unitId = -1);
    void showOverview();

Q_SIGNALS:
    // A plan to verify was opened from the follow-up list: the remediation area shows it.
    void planRequested(qint64 planId);

private:
    void reload();
    void reloadFollowUps();
    void openFollowUp(int row);
    qint64 selectedAudit() const;
    void newPlan();
    void editPlan();
    void changeStatus();
    void nextYear();

    Workspace& m_workspace;
    QStackedWidget* m_stack;
    QTableWidget* m_myWork;
    QTableWidget* m_followUps;
    QList<FollowUp> m_followUpRows; // as the follow-up table shows them
    QTableWidget* m_audits;
    AuditWorkspace* m_fieldwork = nullptr;
};

} // namespace kansa
