#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeView;

namespace kansa {

class OrganisationService;
class PeopleFilterModel;
class PeopleTableModel;
class UnitTreeModel;

// The organisation editor: the municipality, the unit tree (drag and drop to re-order and move), the
// people table with search and filters, fiscal years, and CSV imports.
class OrganisationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationPage(OrganisationService& service, QWidget* parent = nullptr);

    // Shows the import preview for a CSV file; used by the menu after the file dialog.
    void importUnits(const QString& path);
    void importPeople(const QString& path);
    // Sets the letterhead template the reports start from (empty: the standard one); problems are shown.
    bool setLetterhead(const QString& path);

private:
    QWidget* createOrganisationBox();
    QWidget* createUnitsTab();
    QWidget* createPeopleTab();
    QWidget* createFiscalYearsTab();
    void loadOrganisation();
    void saveOrganisation();
    void showSelectedUnit();
    void saveSelectedUnit();
    void addUnit(bool asChild);
    void removeSelectedUnit();
    void editPerson(bool add);
    void removeSelectedPerson();
    void refillUnitFilter();
    void reloadFiscalYears();
    void run(const std::function<void()>& change);
    QString chooseCsv();
    template <typename Importer> void runImport(const QString& title, const QString& path);

    OrganisationService& m_service;
    UnitTreeModel* m_unitModel;
    PeopleTableModel* m_peopleModel;
    PeopleFilterModel* m_peopleFilter;

    QLineEdit* m_orgName = nullptr;
    QComboBox* m_orgKind = nullptr;
    QLineEdit* m_marking = nullptr;
    QLabel* m_letterhead = nullptr;
    QSpinBox* m_evidenceLimit = nullptr;
    QLabel* m_orgStamp = nullptr;

    QTreeView* m_unitTree = nullptr;
    QLineEdit* m_unitName = nullptr;
    QLineEdit* m_unitCode = nullptr;
    QComboBox* m_unitKind = nullptr;
    QLabel* m_unitStamp = nullptr;

    QLineEdit* m_search = nullptr;
    QComboBox* m_unitFilter = nullptr;
    QComboBox* m_roleFilter = nullptr;
    QTableView* m_peopleTable = nullptr;
    QLabel* m_peopleCount = nullptr;

    QListWidget* m_fiscalYears = nullptr;
};

} // namespace kansa
