// Takes the README's and the user guide's screenshots from the real application on the demo organisation, so they can
// be retaken after a change to the UI: kansa-screenshots OUTPUT_DIR [ja|en]
#include "audit/AuditPlanDialog.h"
#include "audit/AuditWorkspace.h"
#include "audit/AuditsPage.h"
#include "audit/FindingDialog.h"
#include "auth/SignInDialog.h"
#include "common/HistoryDialog.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoOrganisation.h"
#include "help/HelpWindow.h"
#include "record/YearArchive.h"
#include "remediation/RemediationPage.h"
#include "report/ReportPainter.h"
#include "selfinspection/SelfInspectionsPage.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

void save(QWidget& widget, const QString& path)
{
    QCoreApplication::processEvents();
    if (!widget.grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("%s", qPrintable(path));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        qFatal("usage: kansa-screenshots OUTPUT_DIR [ja|en]");
    const QDir out(args.at(1));
    const QString language = args.value(2, u"ja"_s);
    Translations::apply(language);

    // A fixed place, so that the file named in the status bar is the same in every run.
    QDir dir(QDir::temp().filePath(u"kansa-screenshots"_s));
    dir.removeRecursively();
    if (!dir.mkpath(u"."_s))
        qFatal("cannot create %s", qPrintable(dir.path()));
    const ConnectionSpec spec = ConnectionSpec::sqliteFile(dir.filePath(u"sakuragaoka.kansa"_s));
    DemoOrganisation::create(spec);
    {
        // The chief auditor issues last year's audit report, so the reports area lists one; its first pages
        // become pictures too.
        std::unique_ptr<Database> db = Database::open(spec);
        const std::unique_ptr<Workspace> chief = Workspace::signIn(db, u"h.nakayama"_s, u"kansa-demo"_s);
        chief->reports().issue(ReportKind::Audit, 2025);
        // A finding reworded after the visit, for the picture of its history.
        const qint64 audit = chief->audits().audits(2026).first().id;
        const qint64 soumu = chief->organisation().units().at(1).id;
        Finding finding = chief->fieldwork().findings(audit, soumu).first();
        finding.recommendation += u"併せて、四半期ごとに持出し簿を点検すること。"_s;
        chief->fieldwork().updateFinding(finding);
        QTemporaryDir pdfDir;
        const QString pdf = pdfDir.filePath(u"audit.pdf"_s);
        ReportPainter::writePdf(chief->reports().auditReport(2026), pdf);
        const QString prefix = out.filePath(u"report-audit-"_s % language);
        if (QProcess::execute(u"pdftoppm"_s,
                              {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"4"_s, pdf, prefix}) != 0)
            qFatal("pdftoppm failed");
    }

    SignInDialog signIn(Database::open(spec));
    signIn.findChild<QLineEdit*>(u"login"_s)->setText(QString::fromUtf16(DemoOrganisation::AdministratorLogin));
    signIn.findChild<QLineEdit*>(u"password"_s)->setText(QString::fromUtf16(DemoOrganisation::AdministratorPassword));
    signIn.show();
    save(signIn, out.filePath(u"sign-in-"_s % language % u".png"_s));
    signIn.accept();

    MainWindow window;
    window.setWindowState(Qt::WindowNoState); // the offscreen screen is small: the window would be maximised
    window.resize(1280, 800);
    window.setWorkspace(signIn.takeWorkspace());
    window.show();
    auto* tree = window.findChild<QTreeView*>(u"unitTree"_s);
    tree->setCurrentIndex(tree->model()->index(1, 0, tree->model()->index(0, 0)));
    save(window, out.filePath(u"organisation-units-"_s % language % u".png"_s));
    window.findChild<QTabWidget*>(u"organisationTabs"_s)->setCurrentIndex(1);
    save(window, out.filePath(u"organisation-people-"_s % language % u".png"_s));
    window.showArea(MainWindow::ChecklistsArea);
    auto* checklists = window.findChild<QComboBox*>(u"checklistChoice"_s);
    checklists->setCurrentIndex(checklists->findData(u"yomogita-standards"_s));
    save(window, out.filePath(u"checklists-"_s % language % u".png"_s));
    window.findChild<QLineEdit*>(u"checklistSearch"_s)->setText(language == u"ja"_s ? u"パスワード"_s : u"password"_s);
    auto* checklistTree = window.findChild<QTreeView*>(u"checklistTree"_s);
    const QModelIndex chapter = checklistTree->model()->index(0, 0);
    const QModelIndex section = checklistTree->model()->index(0, 0, chapter);
    checklistTree->setCurrentIndex(checklistTree->model()->index(0, 0, section));
    save(window, out.filePath(u"checklists-search-"_s % language % u".png"_s));

    window.showArea(MainWindow::AuditsArea);
    save(window, out.filePath(u"audits-"_s % language % u".png"_s));
    auto* audits = window.findChild<AuditsPage*>();
    auto* plans = window.findChild<QTableWidget*>(u"auditPlans"_s);
    AuditWorkspace* fieldwork = audits->openFieldwork(plans->item(0, 0)->data(Qt::UserRole).toLongLong());
    const qint64 soumu = window.workspace()->organisation().units().at(1).id; // 総務課
    fieldwork->selectUnit(soumu);
    fieldwork->selectItem(window.workspace()->fieldwork().findings(fieldwork->auditId(), soumu).first().itemKey);
    save(window, out.filePath(u"audit-fieldwork-"_s % language % u".png"_s));
    {
        const Finding finding = window.workspace()->fieldwork().findings(fieldwork->auditId(), soumu).first();
        FindingDialog dialog(finding, &window);
        dialog.resize(820, 680);
        dialog.show();
        save(dialog, out.filePath(u"audit-finding-"_s % language % u".png"_s));
    }
    {
        // The finding the chief auditor reworded after the visit, and its history.
        const Finding finding = window.workspace()->fieldwork().findings(fieldwork->auditId(), soumu).first();
        HistoryDialog dialog(finding.title, window.workspace()->history().finding(finding.id), &window);
        dialog.resize(1100, 420);
        dialog.show();
        save(dialog, out.filePath(u"history-"_s % language % u".png"_s));
    }
    {
        Workspace& workspace = *window.workspace();
        AuditPlanDialog dialog(workspace.audits(), workspace.organisation(), workspace.checklists(),
                               fieldwork->auditId(), &window);
        dialog.resize(1000, 700);
        dialog.show();
        save(dialog, out.filePath(u"audit-plan-"_s % language % u".png"_s));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(3);
        save(dialog, out.filePath(u"audit-plan-assignments-"_s % language % u".png"_s));
    }

    window.showArea(MainWindow::SelfInspectionArea);
    auto* tabs = window.findChild<SelfInspectionsPage*>()->findChild<QTabWidget*>();
    tabs->setCurrentIndex(0);
    save(window, out.filePath(u"self-inspection-campaigns-"_s % language % u".png"_s));
    tabs->setCurrentIndex(1);
    save(window, out.filePath(u"self-inspection-matrix-"_s % language % u".png"_s));
    tabs->setCurrentIndex(3);
    save(window, out.filePath(u"self-inspection-audit-"_s % language % u".png"_s));

    window.resize(1440, 900);
    window.showArea(MainWindow::RemediationArea);
    auto* remediation = window.findChild<RemediationPage*>();
    // 総務課's plan of this year: overdue, with its progress history.
    const qint64 soumuFinding = window.workspace()->fieldwork().findings(fieldwork->auditId(), soumu).first().id;
    for (const RemediationPlan& plan : window.workspace()->remediation().plans()) {
        if (plan.findingId == soumuFinding)
            remediation->selectPlan(plan.id);
    }
    save(window, out.filePath(u"remediation-"_s % language % u".png"_s));
    auto* remediationTabs = remediation->findChild<QTabWidget*>(u"remediationTabs"_s);
    const QStringList remediationShots{u"cross-checks"_s, u"progress-requests"_s, u"exceptions"_s};
    for (int tab = 1; tab <= remediationShots.size(); ++tab) {
        remediationTabs->setCurrentIndex(tab);
        save(window, out.filePath(u"remediation-"_s % remediationShots.at(tab - 1) % u'-' % language % u".png"_s));
    }
    remediationTabs->setCurrentIndex(0);

    window.showArea(MainWindow::ReportsArea);
    save(window, out.filePath(u"reports-"_s % language % u".png"_s));

    window.showArea(MainWindow::DashboardArea);
    auto* dashboard = window.findChild<DashboardPage*>();
    dashboard->showChapter(0);
    save(window, out.filePath(u"dashboard-"_s % language % u".png"_s));

    HelpWindow help;
    help.setLanguage(language);
    help.showPage(u"fieldwork.html"_s);
    help.show();
    save(help, out.filePath(u"help-"_s % language % u".png"_s));

    // Last year's archive, opened read-only: the reports area lists the report issued that year.
    const QString archive = dir.filePath(u"sakuragaoka-2025.zip"_s);
    {
        std::unique_ptr<Database> db = Database::open(spec);
        const auto admin = Workspace::signIn(db, QString::fromUtf16(DemoOrganisation::AdministratorLogin),
                                             QString::fromUtf16(DemoOrganisation::AdministratorPassword));
        YearArchive::write(admin->database(), admin->session(), 2025, archive);
    }
    std::unique_ptr<Database> archived = YearArchive::open(archive);
    // The archive's own messages (opened read-only, verified) are not part of the picture.
    MessageBox::setTestHandler([](QMessageBox::Icon, const QString&, const QString&) { return QMessageBox::Ok; });
    window.setWorkspace(Workspace::signIn(archived, u"h.nakayama"_s, u"kansa-demo"_s));
    window.showArea(MainWindow::ReportsArea);
    save(window, out.filePath(u"archive-"_s % language % u".png"_s));

    window.setWorkspace(nullptr);
    dir.removeRecursively();
    return 0;
}
