#include "TestDatabase.h"

#include "auth/AccessPolicy.h"

#include "audit/AuditWorkspace.h"
#include "audit/AuditsPage.h"
#include "demo/DemoOrganisation.h"
#include "help/HelpWindow.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

class TestGuiHelp final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;

    static void useLanguage(const QString& language)
    {
        AppSettings::setLanguage(language);
        Translations::apply(AppSettings::effectiveLanguage());
    }

    // Presses F1 in the main window (its Help > User guide action) and returns the help window it opened.
    static HelpWindow* pressF1(MainWindow& window, bool* byKey = nullptr)
    {
        QAction* action = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* item : menu->menu() ? menu->menu()->actions() : QList<QAction*>()) {
                if (item->objectName() == u"userGuideAction"_s)
                    action = item;
            }
        }
        if (!action || action->shortcut() != QKeySequence(Qt::Key_F1))
            return nullptr;
        window.activateWindow();
        QSignalSpy triggered(action, &QAction::triggered);
        if (QTest::qWaitForWindowActive(&window))
            QTest::keyClick(&window, Qt::Key_F1);
        if (byKey)
            *byKey = !triggered.isEmpty();
        // The offscreen platform does not give the activation back once the help window has taken it.
        if (triggered.isEmpty())
            action->trigger();
        auto* help = window.findChild<HelpWindow*>();
        return help && help->isVisible() ? help : nullptr;
    }

    static QString pageText(const QString& language, const QString& page)
    {
        QFile file(u":/help/guide/"_s % language % u'/' % page);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppSettings::identifyApplication(u"kansa-test-gui-help"_s);
        DemoOrganisation::create(m_test.spec());
    }

    void cleanupTestCase() { AppSettings::setLanguage(QString()); }

    void f1OpensTheGuideAtTheCurrentArea()
    {
        useLanguage(u"ja"_s);
        MainWindow window;
        window.show();
        bool byKey = false;
        HelpWindow* help = pressF1(window, &byKey);
        QVERIFY(help);
        QVERIFY(byKey);                                // the key itself, not only the menu
        QCOMPARE(help->currentPage(), u"year.html"_s); // no organisation open: the year's workflow

        std::unique_ptr<Database> db = Database::open(m_test.spec());
        window.setWorkspace(Workspace::signIn(db, QString::fromUtf16(DemoOrganisation::AdministratorLogin),
                                              QString::fromUtf16(DemoOrganisation::AdministratorPassword)));
        QCoreApplication::processEvents(); // the new pages are shown from the event loop
        const QList<std::pair<int, QString>> areas{{MainWindow::OrganisationArea, u"organisation.html"_s},
                                                   {MainWindow::ChecklistsArea, u"checklists.html"_s},
                                                   {MainWindow::AuditsArea, u"audit-plan.html"_s},
                                                   {MainWindow::SelfInspectionArea, u"self-inspection.html"_s},
                                                   {MainWindow::RemediationArea, u"remediation.html"_s},
                                                   {MainWindow::ReportsArea, u"reports.html"_s},
                                                   {MainWindow::DashboardArea, u"dashboard.html"_s}};
        for (const auto& [area, page] : areas) {
            window.showArea(area);
            QCOMPARE(pressF1(window), help); // the same window, brought forward
            QCOMPARE(help->currentPage(), page);
        }
        window.showArea(MainWindow::AuditsArea);
        auto* plans = window.findChild<QTableWidget*>(u"auditPlans"_s);
        QVERIFY(window.findChild<AuditsPage*>()->openFieldwork(plans->item(0, 0)->data(Qt::UserRole).toLongLong()));
        QVERIFY(pressF1(window));
        QCOMPARE(help->currentPage(), u"fieldwork.html"_s);
    }

    void everyPageLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << u"ja"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void everyPageLoads()
    {
        QFETCH(QString, language);
        HelpWindow help;
        help.setLanguage(language);
        QCOMPARE(help.language(), language);
        auto* contents = help.findChild<QListWidget*>(u"helpContents"_s);
        auto* browser = help.findChild<QTextBrowser*>(u"helpBrowser"_s);
        QCOMPARE(contents->count(), HelpWindow::pages().size());
        QCOMPARE(help.currentPage(), HelpWindow::pages().constFirst());

        // Every page of the language is in the contents, and nothing else.
        QStringList files = QDir(u":/help/guide/"_s % language).entryList({u"*.html"_s}, QDir::Files);
        QStringList listed = HelpWindow::pages();
        files.sort();
        listed.sort();
        QCOMPARE(files, listed);

        for (int row = 0; row < contents->count(); ++row) {
            const QString page = HelpWindow::pages().at(row);
            contents->setCurrentRow(row);
            QCOMPARE(help.currentPage(), page);
            QCOMPARE(browser->source(), HelpWindow::pageUrl(language, page));
            QVERIFY2(!browser->documentTitle().isEmpty(), qPrintable(page));
            QCOMPARE(contents->item(row)->text(), browser->documentTitle());
            QVERIFY2(browser->toPlainText().size() > 300, qPrintable(page));
            QVERIFY2(browser->toHtml().contains(u"<h1"_s), qPrintable(page));
        }
        // The titles are in the page's own language.
        const bool japanese = contents->item(0)->text().contains(u"年度"_s);
        QCOMPARE(japanese, language == u"ja"_s);

        // Back and Forward walk the pages visited.
        auto* back = help.findChild<QToolButton*>(u"helpBack"_s);
        auto* forward = help.findChild<QToolButton*>(u"helpForward"_s);
        help.showPage(u"year.html"_s);
        help.showPage(u"reports.html"_s);
        QVERIFY(back->isEnabled());
        back->click();
        QCOMPARE(help.currentPage(), u"year.html"_s);
        QCOMPARE(contents->currentRow(), 0);
        QVERIFY(forward->isEnabled());
        forward->click();
        QCOMPARE(help.currentPage(), u"reports.html"_s);
    }

    void noBrokenImagesOrLinks_data() { everyPageLoads_data(); }

    void noBrokenImagesOrLinks()
    {
        QFETCH(QString, language);
        const QString other = language == u"ja"_s ? u"en"_s : u"ja"_s;
        const QRegularExpression reference(u"(src|href)\\s*=\\s*\"([^\"]*)\""_s);
        int images = 0;
        for (const QString& page : HelpWindow::pages()) {
            const QString html = pageText(language, page);
            QVERIFY2(!html.isEmpty(), qPrintable(page));
            const QUrl base = HelpWindow::pageUrl(language, page);
            for (const QRegularExpressionMatch& match : reference.globalMatch(html)) {
                const QString what = page % u": "_s % match.captured(2);
                const QUrl target = base.resolved(QUrl(match.captured(2)));
                QVERIFY2(target.scheme() == u"qrc"_s, qPrintable(what)); // the guide is offline
                QVERIFY2(QFile::exists(u':' % target.path()), qPrintable(what));
                if (match.captured(1) == u"src"_s) {
                    ++images;
                    QVERIFY2(!QImage(u':' % target.path()).isNull(), qPrintable(what));
                    // A screenshot in the page's language.
                    QVERIFY2(!target.path().contains(u'-' % other % u".png"_s), qPrintable(what));
                } else if (target.hasFragment()) {
                    const QString targetText = pageText(language, target.fileName());
                    QVERIFY2(targetText.contains(u"id=\""_s % target.fragment() % u'"') ||
                                 targetText.contains(u"name=\""_s % target.fragment() % u'"'),
                             qPrintable(what));
                }
            }
        }
        QVERIFY(images >= 10);

        // The browser finds every image it shows.
        HelpWindow help;
        help.setLanguage(language);
        auto* browser = help.findChild<QTextBrowser*>(u"helpBrowser"_s);
        for (const QString& page : HelpWindow::pages()) {
            help.showPage(page);
            const QRegularExpression image(u"<img[^>]*src=\"([^\"]*)\""_s);
            for (const QRegularExpressionMatch& match : image.globalMatch(browser->toHtml())) {
                const QVariant loaded = browser->loadResource(QTextDocument::ImageResource, QUrl(match.captured(1)));
                QVERIFY2(loaded.isValid() && !loaded.isNull(), qPrintable(page % u": "_s % match.captured(1)));
            }
        }
    }

    void accessPageShowsThePolicyTable_data() { everyPageLoads_data(); }

    // The guide's table of who may do what is the policy itself, in the guide's language.
    void accessPageShowsThePolicyTable()
    {
        QFETCH(QString, language);
        useLanguage(language);
        HelpWindow help;
        help.showPage(u"access.html"_s);
        const QString text = help.findChild<QTextBrowser*>(u"helpBrowser"_s)->toPlainText();
        QVERIFY(!text.contains(u"access-policy"_s));
        for (const AccessPolicy::Rule& rule : AccessPolicy::rules())
            QVERIFY2(text.contains(AccessPolicy::name(rule.operation)), qPrintable(AccessPolicy::name(rule.operation)));
        for (int holder = 0; holder < HolderCount; ++holder)
            QVERIFY(text.contains(AccessPolicy::name(static_cast<Holder>(holder))));
        QVERIFY(text.contains(AccessPolicy::name(Reach::AssignedUnit)));
        if (language == u"ja"_s)
            QVERIFY(text.contains(u"監査結果・証拠・指摘事項・調書の記録"_s));
        useLanguage(u"en"_s);
    }

    void languageFollowsTheSetting()
    {
        useLanguage(u"en"_s);
        MainWindow window;
        window.show();
        HelpWindow* help = pressF1(window);
        QVERIFY(help);
        QCOMPARE(help->language(), u"en"_s);
        auto* contents = help->findChild<QListWidget*>(u"helpContents"_s);
        QCOMPARE(contents->item(0)->text(), HelpWindow::pageTitle(u"en"_s, u"year.html"_s));
        help->showPage(u"exceptions.html"_s);

        useLanguage(u"ja"_s);
        QTRY_COMPARE(help->language(), u"ja"_s);
        QCOMPARE(contents->item(0)->text(), HelpWindow::pageTitle(u"ja"_s, u"year.html"_s));
        QCOMPARE(help->currentPage(), u"exceptions.html"_s); // the same page, now in Japanese
        QCOMPARE(help->findChild<QTextBrowser*>(u"helpBrowser"_s)->source(),
                 HelpWindow::pageUrl(u"ja"_s, u"exceptions.html"_s));
        QVERIFY(!help->findChild<QToolButton*>(u"helpBack"_s)->isEnabled());

        help->close();
        QCOMPARE(pressF1(window), help);
        QCOMPARE(help->language(), u"ja"_s);
    }
};

QTEST_MAIN(TestGuiHelp)
#include "test_gui_help.moc"
