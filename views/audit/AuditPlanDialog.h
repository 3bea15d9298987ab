#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace kansa {

class DateField;
class FiscalYearField;

class AuditPlanService;
class ChecklistLibrary;
class OrganisationService;

// The audit plan (監査実施計画): general facts, scope (units × chapters) with the visit schedule, the team and
// the assignment of auditors to units, with the exceptions to independence listed. Each tab saves through
// the service when its Save button is pressed; refusals are shown and nothing else changes.
class AuditPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    // auditId 0: a new plan (only the general tab until it is saved once).
    AuditPlanDialog(AuditPlanService& plans, OrganisationService& organisation, ChecklistLibrary& checklists,
                    qint64 auditId, QWidget* parent = nullptr);
    qint64 auditId() const { return m_auditId; }

private:
    QWidget* createGeneralTab();
    QWidget* createScopeTab();
    QWidget* createTeamTab();
    QWidget* createAssignmentsTab();
    void load();
    void saveGeneral();
    void saveScope();
    void saveTeam();
    void assign();
    void unassign();
    void reloadAssignments();
    void setOtherTabsEnabled(bool enabled);

    AuditPlanService& m_plans;
    OrganisationService& m_organisation;
    ChecklistLibrary& m_checklists;
    qint64 m_auditId;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_title = nullptr;
    FiscalYearField* m_year = nullptr;
    QPlainTextEdit* m_purpose = nullptr;
    QPlainTextEdit* m_method = nullptr;
    QPlainTextEdit* m_systems = nullptr;
    QComboBox* m_checklist = nullptr;
    QListWidget* m_chapters = nullptr;
    QComboBox* m_chief = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    DateField* m_approved = nullptr;
    QTreeWidget* m_units = nullptr;
    QListWidget* m_team = nullptr;
    QTableWidget* m_assignments = nullptr;
    QComboBox* m_assignUnit = nullptr;
    QComboBox* m_assignPerson = nullptr;
};

} // namespace kansa
