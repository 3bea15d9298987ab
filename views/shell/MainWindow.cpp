#include "MainWindow.h"

#include "audit/AuditWorkspace.h"
#include "audit/AuditsPage.h"
#include "auth/AccessPolicy.h"
#include "auth/AccountService.h"
#include "auth/AccountsDialog.h"
#include "auth/NewOrganisationDialog.h"
#include "auth/SignInDialog.h"
#include "checklist/ChecklistsPage.h"
#include "checklist/CrosswalkService.h"
#include "common/AutosaveField.h"
#include "common/BackgroundTask.h"
#include "common/Error.h"
#include "common/ErrorBoundary.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardPage.h"
#include "help/HelpWindow.h"
#include "org/OrganisationPage.h"
#include "record/RecordBackup.h"
#include "record/RecordHeadCheck.h"
#include "record/RecordVerifier.h"
#include "record/YearArchive.h"
#include "remediation/RemediationPage.h"
#include "report/ReportsPage.h"
#include "selfinspection/SelfInspectionsPage.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"
#include "shell/PostgresConnectionDialog.h"
#include "shell/SettingsDialog.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString FileFilter = u"Kansa (*.kansa);;SQLite (*.sqlite *.db);;* (*)"_s;
const QString OpenFilter = u"Kansa (*.kansa *.zip);;SQLite (*.sqlite *.db);;* (*)"_s;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    // 1280×800, or the whole screen where it is smaller (an office PC's 1024×768).
    const QSize available = screen()->availableGeometry().size();
    resize(QSize(1280, 800).boundedTo(available));
    if (available.width() < 1280 || available.height() < 800)
        setWindowState(Qt::WindowMaximized);
    rebuild();
}

MainWindow::~MainWindow()
{
    releaseAreas(); // while the workspace the pages use is still open
}

void MainWindow::releaseAreas()
{
    AutosaveField::flushAll(this);
    delete takeCentralWidget();
    m_navigation = nullptr;
    m_pages = nullptr;
    m_organisationPage = nullptr;
}

void MainWindow::rebuild()
{
    setWindowTitle(m_workspace ? tr("%1 — Kansa").arg(m_workspace->organisation().organisation().name)
                               : tr("Kansa — information security audit"));
    // clear() only removes the menus' actions from the bar; the menus (and their actions) would stay behind. They
    // go once control is back in the event loop: a rebuild runs inside one of their actions (File > Open, Restore),
    // whose menu is still handling its click. Until then they are nameless and disabled.
    for (QMenu* menu : menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly)) {
        menu->setObjectName({});
        for (QAction* action : menu->findChildren<QAction*>()) {
            action->setObjectName({});
            action->setEnabled(false);
        }
        menu->deleteLater();
    }
    menuBar()->clear();
    createMenus();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigation"_s);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pages"_s);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_organisationPage = nullptr;

    if (m_workspace) {
        createAreaPages();
        connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
        m_navigation->setCurrentRow(0);
    } else {
        m_navigation->hide();
        m_pages->addWidget(createWelcomePage());
    }

    if (!m_databaseLabel) {
        m_databaseLabel = new QLabel(this);
        m_userLabel = new QLabel(this);
        statusBar()->addWidget(m_databaseLabel, 1);
        statusBar()->addPermanentWidget(m_userLabel);
    }
    updateStatus();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction* newAction = file->addAction(tr("&New organisation…"), this, &MainWindow::newOrganisation);
    newAction->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Connect to server…"), this, &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    QAction* close = file->addAction(tr("C&lose organisation"), this, &MainWindow::closeOrganisation);
    close->setShortcut(QKeySequence::Close);
    close->setEnabled(m_workspace != nullptr);
    file->addSeparator();
    QAction* importUnits = file->addAction(tr("Import &units (CSV)…"), this, [this] { importCsv(true); });
    QAction* importPeople = file->addAction(tr("Import &people (CSV)…"), this, [this] { importCsv(false); });
    importUnits->setEnabled(m_workspace != nullptr);
    importPeople->setEnabled(m_workspace != nullptr);
    file->addSeparator();
    const bool mayVerify =
        m_workspace && AccessPolicy::reachesEverything(m_workspace->session(), Operation::ReadOrganisationWide);
    QAction* verify = file->addAction(tr("&Verify the record…"), this, [this] { verifyRecord(); });
    verify->setObjectName(u"verifyRecordAction"_s);
    verify->setEnabled(mayVerify);
    QAction* verifyAgainst = file->addAction(tr("Verify against an &issued report…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Verify against an issued report"), QString(),
                                         tr("Issued reports and year archives (*.pdf *.zip);;All files (*)"));
        if (!path.isEmpty())
            verifyRecord(path);
    });
    verifyAgainst->setEnabled(mayVerify);
    const bool administrator =
        m_workspace && AccessPolicy::reachesEverything(m_workspace->session(), Operation::Administer);
    QAction* backUp = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backUp->setObjectName(u"backUpAction"_s);
    backUp->setEnabled(administrator);
    QAction* restore = file->addAction(tr("Res&tore from a backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(u"restoreAction"_s);
    // A server's organisation is restored by its administrator with kansa-cli restore (pg_restore).
    restore->setEnabled(administrator && m_workspace->database().backend() == ConnectionSpec::Backend::SQLite);
    QAction* archive = file->addAction(tr("&Archive a fiscal year…"), this, &MainWindow::archiveYear);
    archive->setObjectName(u"archiveAction"_s);
    archive->setEnabled(administrator && !m_workspace->database().readOnly());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    const QStringList areas{tr("&Organisation"), tr("&Checklists"), tr("&Audits"),   tr("&Self-inspections"),
                            tr("&Remediation"),  tr("R&eports"),    tr("&Dashboard")};
    for (int i = 0; i < areas.size(); ++i) {
        QAction* action = view->addAction(areas[i], this, [this, i] { showArea(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setEnabled(m_workspace != nullptr);
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(u"toolsMenu"_s);
    QAction* accounts = tools->addAction(tr("&Accounts…"), this, [this] {
        AccountsDialog dialog(*m_workspace, this);
        dialog.exec();
    });
    accounts->setEnabled(m_workspace &&
                         AccessPolicy::reachesEverything(m_workspace->session(), Operation::ListAccounts));
    QAction* password = tools->addAction(tr("Change my &password…"), this, [this] {
        PasswordDialog dialog(tr("Change my password"), m_workspace->session().login, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        try {
            AccountService(m_workspace->database())
                .setPassword(m_workspace->session(), m_workspace->session().accountId, dialog.password());
            MessageBox::information(this, tr("Change my password"), tr("Your password was changed."));
        } catch (const Error& error) {
            MessageBox::error(this, tr("Change my password"), error.message());
        }
    });
    password->setEnabled(m_workspace != nullptr);
    tools->addSeparator();
    QAction* settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(u"userGuideAction"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Kansa"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QWidget* MainWindow::createWelcomePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"welcomePage"_s);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* title = new QLabel(tr("Kansa — information security audit and self-inspection"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* text = new QLabel(tr("Open your organisation's file, connect to its server, or create a new "
                               "organisation."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* newButton = new QPushButton(tr("New organisation…"), page);
    auto* openButton = new QPushButton(tr("Open…"), page);
    auto* connectButton = new QPushButton(tr("Connect to server…"), page);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newOrganisation);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openFile);
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::connectToServer);
    row->addWidget(newButton);
    row->addWidget(openButton);
    row->addWidget(connectButton);
    row->addStretch();
    layout->addLayout(row);
    const QStringList recent = AppSettings::recentDatabases();
    if (!recent.isEmpty()) {
        auto* list = new QListWidget(page);
        list->setObjectName(u"recentList"_s);
        list->addItems(recent);
        list->setMaximumWidth(640);
        list->setMaximumHeight(180);
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem* item) { openDatabase(ConnectionSpec::parse(item->text())); });
        auto* label = new QLabel(tr("Recent:"), page);
        layout->addWidget(label, 0, Qt::AlignHCenter);
        layout->addWidget(list, 0, Qt::AlignHCenter);
    }
    layout->addStretch();
    return page;
}

void MainWindow::createAreaPages()
{
    OrganisationService& service = m_workspace->organisation();
    const QStringList names{tr("Organisation"), tr("Checklists"), tr("Audits"),   tr("Self-inspections"),
                            tr("Remediation"),  tr("Reports"),    tr("Dashboard")};
    m_navigation->addItems(names);
    // As wide as the longest area name: the rest of the width goes to the work.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                                fontMetrics().height());
    m_organisationPage = new OrganisationPage(service, m_pages);
    m_pages->addWidget(m_organisationPage);
    auto* checklists = new ChecklistsPage(m_workspace->checklists(), m_pages);
    checklists->setCrosswalks(new CrosswalkService(m_workspace->database(), m_workspace->session(), checklists));
    m_pages->addWidget(checklists);
    auto* audits = new AuditsPage(*m_workspace, m_pages);
    m_pages->addWidget(audits);
    m_pages->addWidget(
        new SelfInspectionsPage(m_workspace->selfInspections(), service, m_workspace->checklists(), m_pages));
    auto* remediation = new RemediationPage(*m_workspace, m_pages);
    m_pages->addWidget(remediation);
    m_pages->addWidget(new ReportsPage(*m_workspace, m_pages));
    auto* dashboard = new DashboardPage(m_workspace->dashboard(), m_workspace->remediation(), service, m_pages);
    m_pages->addWidget(dashboard);
    // A plan opened from the dashboard or from an auditor's follow-up is shown in the remediation area.
    const auto showPlan = [this, remediation](qint64 planId) {
        showArea(RemediationArea);
        remediation->selectPlan(planId);
    };
    connect(dashboard, &DashboardPage::planActivated, this, showPlan);
    connect(audits, &AuditsPage::planRequested, this, showPlan);
    // A result or finding opened from the dashboard is shown at its item in the fieldwork.
    connect(dashboard, &DashboardPage::itemActivated, this,
            [this, audits](qint64 auditId, qint64 unitId, const QString& itemKey) {
                showArea(AuditsArea);
                if (AuditWorkspace* fieldwork = audits->openFieldwork(auditId, unitId))
                    fieldwork->selectItem(itemKey);
            });
}

void MainWindow::showArea(int index)
{
    if (m_workspace && m_navigation)
        m_navigation->setCurrentRow(index);
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        m_databaseLabel->setText(tr("No organisation open"));
        m_userLabel->clear();
        return;
    }
    const Session& session = m_workspace->session();
    const Database& db = m_workspace->database();
    m_databaseLabel->setText(db.readOnly() ? tr("%1 (read-only)").arg(db.spec().displayName())
                                           : db.spec().displayName());
    QString roles = Roles::names(session.roles);
    if (session.administrator)
        roles = roles.isEmpty() ? tr("Administrator") : tr("Administrator") % tr(", ") % roles;
    m_userLabel->setText(tr("Signed in: %1 · %2").arg(session.actor(), roles.isEmpty() ? tr("reader") : roles));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentDatabases();
    for (const QString& entry : recent)
        m_recentMenu->addAction(entry, this, [this, entry] { openDatabase(ConnectionSpec::parse(entry)); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openDatabase(const ConnectionSpec& spec, const QString& login)
{
    // A server URL without a user: each person connects as their own role (DatabasePolicy), after signing in.
    std::unique_ptr<SignInDialog> signIn;
    if (spec.backend == ConnectionSpec::Backend::PostgreSQL && spec.user.isEmpty()) {
        signIn = std::make_unique<SignInDialog>(spec, this);
    } else {
        try {
            signIn = std::make_unique<SignInDialog>(YearArchive::openDatabase(spec), this);
        } catch (const Error& error) {
            MessageBox::error(this, tr("Open organisation"), error.message());
            return false;
        }
    }
    SignInDialog& dialog = *signIn;
    if (!login.isEmpty()) {
        dialog.findChild<QLineEdit*>(u"login"_s)->setText(login);
        dialog.findChild<QLineEdit*>(u"password"_s)->setFocus();
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    AppSettings::addRecentDatabase(spec.toUrlWithoutPassword());
    setWorkspace(dialog.takeWorkspace());
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    closeWorkspace();
    m_workspace = std::move(workspace);
    rebuild();
    if (m_workspace && !m_workspace->database().spec().archive.isEmpty()) {
        // A year archive proves itself as it opens: its files were checked against its manifest, its record now.
        MessageBox::information(this, tr("Year archive"),
                                tr("%1 is a year archive: it is opened for reading only, and every file in it matched "
                                   "its manifest. Its record is verified next.")
                                    .arg(m_workspace->database().spec().archive));
        if (AccessPolicy::reachesEverything(m_workspace->session(), Operation::ReadOrganisationWide))
            verifyRecord();
        return;
    }
    if (m_workspace && m_workspace->database().readOnly())
        MessageBox::information(this, tr("Read-only"),
                                tr("%1 is read-only: it is opened for reading only. It can be read, printed and "
                                   "verified; to change it, copy it to a folder where you may write.")
                                    .arg(m_workspace->database().spec().path));
    checkRecordHead();
}

void MainWindow::checkRecordHead()
{
    if (!m_workspace)
        return;
    Database& db = m_workspace->database();
    attempt(this, tr("Record check"), [&] {
        const RecordVerification result = RecordHeadCheck::check(db);
        if (!result.intact())
            MessageBox::error(this, tr("Record check"), RecordHeadCheck::warning(result, db.spec().displayName()));
    });
}

void MainWindow::newOrganisation()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New organisation"), QString(), FileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".kansa"_s;
    NewOrganisationDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const ConnectionSpec spec = ConnectionSpec::sqliteFile(path);
        setWorkspace(Workspace::createNew(spec, dialog.organisationName(), dialog.organisationKind(),
                                          dialog.adminLogin(), dialog.adminPassword(), dialog.adminName()));
        AppSettings::addRecentDatabase(path);
        updateRecentMenu();
    } catch (const Error& error) {
        MessageBox::error(this, tr("New organisation"), error.message());
    }
}

void MainWindow::openFile()
{
    // An organisation's file, or a year archive (opened read-only).
    const QString path = QFileDialog::getOpenFileName(this, tr("Open organisation"), QString(), OpenFilter);
    if (!path.isEmpty())
        openDatabase(ConnectionSpec::sqliteFile(path));
}

void MainWindow::connectToServer()
{
    PostgresConnectionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.spec());
}

void MainWindow::closeOrganisation()
{
    closeWorkspace();
    rebuild();
}

void MainWindow::closeWorkspace()
{
    releaseAreas();
    if (!m_workspace)
        return;
    checkRecordHead(); // what this session leaves is where the next opening's check starts
    Database& db = m_workspace->database();
    if (db.backend() == ConnectionSpec::Backend::SQLite && !db.readOnly()) {
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            RecordBackup::daily(db, RecordBackup::defaultFolder(db.spec().path), AppSettings::backupsKept());
            QApplication::restoreOverrideCursor();
        } catch (const Error& error) {
            QApplication::restoreOverrideCursor();
            MessageBox::error(this, tr("Automatic backup"),
                              tr("The daily backup could not be written; the organisation itself is saved.") % u'\n' %
                                  error.message());
        }
    }
    m_workspace.reset();
}

QString MainWindow::fileNameFor(const QString& ending) const
{
    const ConnectionSpec& spec = m_workspace->database().spec();
    return (spec.backend == ConnectionSpec::Backend::SQLite ? QFileInfo(spec.path).completeBaseName()
                                                            : spec.databaseName) %
           u'-' % ending;
}

void MainWindow::writeInBackground(const QString& title, const QString& path,
                                   const std::function<QString(Database&, const Session&)>& write)
{
    const ConnectionSpec spec = m_workspace->database().spec();
    const Session session = m_workspace->session();
    try {
        QString written;
        BackgroundTask::run(
            this, tr("Writing %1…").arg(QFileInfo(path).fileName()),
            [&](const BackgroundTask::Progress&) {
                const std::unique_ptr<Database> db = Database::open(spec);
                written = write(*db, session);
            },
            false);
        MessageBox::information(this, title, written);
    } catch (const Error& error) {
        MessageBox::error(this, title, error.message());
    }
}

void MainWindow::backUp()
{
    if (!m_workspace)
        return;
    const QString title = tr("Back up");
    const QString path = QFileDialog::getSaveFileName(
        this, title, fileNameFor(QDate::currentDate().toString(u"yyyy-MM-dd"_s) % u".backup"_s),
        tr("Backups (*.backup *.kansa);;All files (*)"));
    if (path.isEmpty())
        return;
    writeInBackground(title, path, [path](Database& db, const Session& session) {
        return RecordBackup::written(RecordBackup::write(db, session, path));
    });
}

void MainWindow::archiveYear()
{
    if (!m_workspace)
        return;
    const QString title = tr("Archive a fiscal year");
    QStringList names;
    QList<int> years;
    attempt(this, title, [&] {
        years = m_workspace->organisation().fiscalYears();
        for (int year : std::as_const(years))
            names << formatFiscalYear(year);
    });
    if (years.isEmpty())
        return;
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, title, tr("The fiscal year to archive:"), names,
                                               int(names.size() - 1), false, &chosen);
    if (!chosen)
        return;
    const int year = years.value(names.indexOf(name));
    const QString path =
        QFileDialog::getSaveFileName(this, title, fileNameFor(QString::number(year) % u"-archive.zip"_s),
                                     tr("Year archives (*.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    writeInBackground(title, path, [path, year](Database& db, const Session& session) {
        return YearArchive::written(YearArchive::write(db, session, year, path));
    });
}

void MainWindow::restoreBackup()
{
    if (!m_workspace || m_workspace->database().backend() != ConnectionSpec::Backend::SQLite)
        return;
    const QString title = tr("Restore from a backup");
    const ConnectionSpec target = m_workspace->database().spec();
    const QString backup =
        QFileDialog::getOpenFileName(this, title, QString(), tr("Backups (*.backup *.kansa);;All files (*)"));
    if (backup.isEmpty())
        return;
    std::optional<QString> restoredAndKept;
    try {
        BackupRestore restoring(backup, target.path);
        // The backup's own administrator signs in to it: its accounts are the ones that will hold.
        SignInDialog signIn(std::move(restoring.copy()), this, QDir::toNativeSeparators(backup));
        signIn.setWindowTitle(tr("Sign in to the backup %1").arg(QFileInfo(backup).fileName()));
        if (signIn.exec() != QDialog::Accepted)
            return;
        std::unique_ptr<Workspace> copy = signIn.takeWorkspace();
        const RecordVerification result = restoring.check(*copy);
        if (!result.intact()) {
            MessageBox::error(this, title,
                              RecordVerifier::verdict(result) % u"\n\n"_s %
                                  tr("Nothing was restored: the backup's record does not hold together."));
            return;
        }
        if (!MessageBox::confirm(this, title,
                                 tr("Replace %1 with the backup %2 (%n change-log entries, checked)? What the file "
                                    "holds now is kept in 「%3」 first.",
                                    nullptr, int(result.entries))
                                     .arg(target.path, backup, RecordBackup::defaultFolder(target.path))))
            return;
        closeWorkspace();
        rebuild();
        const QString kept = restoring.replaceTarget(std::move(copy));
        restoredAndKept = kept;
    } catch (const Error& error) {
        MessageBox::error(this, title, error.message());
        return;
    }
    // The copy of the backup is gone by now: only the restored file is signed in to.
    MessageBox::information(this, title,
                            tr("%1 was restored from %2. What it held before is kept in %3. Sign in again.")
                                .arg(target.path, backup, *restoredAndKept));
    openDatabase(target);
}

void MainWindow::importCsv(bool units)
{
    if (!m_organisationPage)
        return;
    const QString path = QFileDialog::getOpenFileName(this, units ? tr("Import units") : tr("Import people"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    showArea(OrganisationArea);
    if (units)
        m_organisationPage->importUnits(path);
    else
        m_organisationPage->importPeople(path);
}

void MainWindow::verifyRecord(const QString& issuedPdf)
{
    if (!m_workspace)
        return;
    const QString title = tr("Verify the record");
    try {
        std::optional<ChangeChain::Anchor> anchor;
        if (!issuedPdf.isEmpty())
            anchor = YearArchive::isArchive(issuedPdf) ? YearArchive::anchorOf(issuedPdf)
                                                       : RecordVerifier::anchorOf(issuedPdf);
        RecordVerification result;
        const ConnectionSpec spec = m_workspace->database().spec();
        const Session session = m_workspace->session();
        BackgroundTask::run(
            this, tr("Verifying the record…"),
            [&](const BackgroundTask::Progress&) {
                const std::unique_ptr<Database> db = Database::open(spec);
                RecordVerifier verifier(*db, session);
                result = anchor ? verifier.verifyAgainst(*anchor, issuedPdf) : verifier.verify();
            },
            false);
        const QString verdict = RecordVerifier::verdict(result, issuedPdf, anchor ? anchor->entries : 0);
        if (result.intact()) {
            RecordHeadCheck::remember(m_workspace->database()); // where the quick check starts from next time
            MessageBox::information(this, title, verdict);
            return;
        }
        // The first problems, each with where it shows; the first is where the record was changed.
        constexpr int Shown = 10;
        QStringList lines{verdict, QString()};
        for (const RecordProblem& problem : result.problems.mid(0, Shown)) {
            lines << u"• "_s % problem.what;
            if (const QString detail = RecordVerifier::detail(problem); !detail.isEmpty())
                lines << u"   "_s % detail;
        }
        if (result.problems.size() > Shown)
            lines << tr("… and %n more.", nullptr, int(result.problems.size() - Shown));
        MessageBox::error(this, title, lines.join(u'\n'));
    } catch (const Error& error) {
        MessageBox::error(this, title, error.message());
    }
}

void MainWindow::showSettings()
{
    const QString before = AppSettings::effectiveLanguage();
    const CalendarStyle calendarBefore = AppSettings::calendarStyle();
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (AppSettings::effectiveLanguage() != before)
        Translations::apply(AppSettings::effectiveLanguage());
    if (AppSettings::effectiveLanguage() != before || AppSettings::calendarStyle() != calendarBefore) {
        const int area = m_navigation ? m_navigation->currentRow() : 0;
        releaseAreas();
        rebuild();
        showArea(area);
    }
}

void MainWindow::showUserGuide()
{
    // F1 opens the page about the area in front of the user; without an organisation, the year's workflow.
    static const QStringList areaPages{u"organisation.html"_s,    u"checklists.html"_s,  u"fieldwork.html"_s,
                                       u"self-inspection.html"_s, u"remediation.html"_s, u"reports.html"_s,
                                       u"dashboard.html"_s};
    if (!m_help)
        m_help = new HelpWindow(this);
    const int area = m_workspace && m_navigation ? m_navigation->currentRow() : -1;
    QString page = area >= 0 && area < areaPages.size() ? areaPages.at(area) : HelpWindow::pages().constFirst();
    if (area == AuditsArea) {
        const auto* fieldwork = m_pages->currentWidget()->findChild<AuditWorkspace*>();
        if (!fieldwork || !fieldwork->isVisible())
            page = u"audit-plan.html"_s;
    }
    m_help->showPage(page);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kansa"),
                       tr("<h3>Kansa %1</h3><p>Information-security audit and self-inspection for local "
                          "government: audit plans, fieldwork, self-inspections, remediation and reports.</p>"
                          "<p>The shipped checklists are derived from published municipal security policies.</p>")
                           .arg(QStringLiteral(KANSA_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Quitting saves what is being typed before the connection closes.
    closeWorkspace();
    event->accept();
}

} // namespace kansa
