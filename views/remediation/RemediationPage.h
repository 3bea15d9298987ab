#pragma once

#include "remediation/Remediation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace kansa {

class CrossChecksPanel;
class ExceptionsPanel;
class PlanTableModel;
class ProgressRequestsPanel;
class Workspace;

// The Remediation area: the plans with their detail and the steps the signed-in person may take, the
// cross-department checks, the progress requests with what each unit owes, and the exceptions register.
class RemediationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RemediationPage(Workspace& workspace, QWidget* parent = nullptr);

    PlanTableModel* planModel() const { return m_model; }
    qint64 currentPlanId() const;
    // Selects the plan in the list (clearing filters that hide it, unless keepFilters); false when the person
    // cannot see it, or the filters kept hide it.
    bool selectPlan(qint64 planId, bool keepFilters = false);

public Q_SLOTS:
    void proposePlan();
    void addAction();
    void completeAction();
    void startPlan();
    void reportCompletion();
    void addProgressReport();
    void verifyPlan();
    void sendBack();
    void acceptRisk();
    void askCrossCheck();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createPlansTab();
    QWidget* createDetail();
    void fillFilters();
    void applyFilters();
    void reloadNames();
    void showPlan();
    void updateButtons();
    void setStatusWithNote(PlanStatus status, const QString& title, const QString& prompt);
    QString exceptionText(qint64 exceptionId);

    Workspace& m_workspace;
    PlanTableModel* m_model;
    QTabWidget* m_tabs;
    QComboBox* m_year = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_info = nullptr;
    QTableWidget* m_actions = nullptr;
    QTableWidget* m_history = nullptr;
    QHash<QString, QPushButton*> m_buttons;
    QHash<qint64, QString> m_people;
    QHash<qint64, QString> m_findingTitles; // of cross-checked findings, for a plan's origin
    CrossChecksPanel* m_crossChecks = nullptr;
    ProgressRequestsPanel* m_requests = nullptr;
    ExceptionsPanel* m_exceptions = nullptr;
    RemediationPlan m_current;
};

} // namespace kansa
