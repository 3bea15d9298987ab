#pragma once

#include "store/ConnectionSpec.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace kansa {

class Database;
class HelpWindow;
class OrganisationPage;
class Workspace;
struct Session;

// The application window: navigation between the areas of the year's work, menus, status bar. Without an
// open organisation it shows how to create or open one.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database and asks for sign-in; the login name may be filled in already.
    bool openDatabase(const ConnectionSpec& spec, const QString& login = {});
    // Shows an organisation that is already open and signed in (tests, and after New).
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace* workspace() const { return m_workspace.get(); }
    void showArea(int index);
    // File > Verify the record: the change log's chain and every stored file, and, given an issued report's PDF,
    // that nothing recorded before it changed since. The outcome is shown in a message.
    void verifyRecord(const QString& issuedPdf = {});

    enum Area
    {
        OrganisationArea,
        ChecklistsArea,
        AuditsArea,
        SelfInspectionArea,
        RemediationArea,
        ReportsArea,
        DashboardArea
    };

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Saves what is being typed, then removes the area pages while the workspace they use is still open.
    void releaseAreas();
    void rebuild();
    void createMenus();
    QWidget* createWelcomePage();
    void createAreaPages();
    void updateStatus();
    void updateRecentMenu();
    void newOrganisation();
    void openFile();
    void connectToServer();
    void closeOrganisation();
    // Closes the open organisation, after its automatic daily backup (AppSettings::backupsKept).
    void closeWorkspace();
    // The quick check of the record (RecordHeadCheck) when a workspace opens and closes; warns when it fails.
    void checkRecordHead();
    void backUp();
    void restoreBackup();
    void archiveYear();
    // A file name for the organisation's file or database: 「NAME-ending」.
    QString fileNameFor(const QString& ending) const;
    // Writes a file on a thread of its own (BackgroundTask) over a connection of its own, as the person signed in,
    // and shows what write says it wrote, or why it could not.
    void writeInBackground(const QString& title, const QString& path,
                           const std::function<QString(Database&, const Session&)>& write);
    void showSettings();
    void showUserGuide();
    void showAbout();
    void importCsv(bool units);

    std::unique_ptr<Workspace> m_workspace;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    OrganisationPage* m_organisationPage = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QPointer<HelpWindow> m_help;
};

} // namespace kansa
