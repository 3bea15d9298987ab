#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace kansa {

class ChecklistLibrary;
class OrganisationService;
class SelfInspectionService;

// The self-inspection area: campaigns, each unit's status and progress, answering for one's own unit,
// the workbook round trip and the consolidation (units × chapters, the items most often answered ×, and
// the disagreements with the audit).
class SelfInspectionsPage final : public QWidget
{
    Q_OBJECT

public:
    SelfInspectionsPage(SelfInspectionService& service, OrganisationService& organisation, ChecklistLibrary& checklists,
                        QWidget* parent = nullptr);

    qint64 currentCampaign() const;
    // Answers for one unit in a table: each change saved at once; Submit locks them.
    void answerForUnit(qint64 unitId);

private:
    void reloadCampaigns();
    void showCampaign();
    void newCampaign();
    void exportWorkbooks();
    void importWorkbooks();
    void acceptOrReturn(bool accept);
    void delegateAnswering();

    SelfInspectionService& m_service;
    OrganisationService& m_organisation;
    ChecklistLibrary& m_checklists;
    QTableWidget* m_campaigns;
    QTabWidget* m_tabs;
    QList<QPushButton*> m_ownerButtons; // import, accept, return: the campaign's owner and the administrator
    QPushButton* m_answerButton = nullptr;
    QTableWidget* m_units;
    QTableWidget* m_matrix;
    QTableWidget* m_mostNo;
    QTableWidget* m_disagreements;
    QLabel* m_summary;
};

} // namespace kansa
