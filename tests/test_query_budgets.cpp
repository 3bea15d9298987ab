// Query budgets: each screen's load and each action costs a fixed number of round trips to the database, which does
// not grow with the number of units, results, findings or plans (on a server each one crosses the network). Every
// operation is counted on the demo, then again after the organisation has grown, on both backends.
#include "TestDatabase.h"

#include "audit/AuditWorkspace.h"
#include "audit/FieldworkService.h"
#include "dashboard/DashboardService.h"
#include "demo/DemoOrganisation.h"
#include "org/OrganisationService.h"
#include "remediation/PlanTableModel.h"
#include "remediation/RemediationService.h"
#include "report/ReportService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

struct CountedOperation
{
    const char* name;
    qint64 budget; // round trips at most, whatever the size of the organisation
    std::function<void(Workspace&, qint64 auditId)> run;
};

// The round trips one run of operation makes.
qint64 roundTripsOf(Workspace& workspace, qint64 auditId, const CountedOperation& operation)
{
    const qint64 before = workspace.database().roundTrips();
    operation.run(workspace, auditId);
    QCoreApplication::processEvents();
    return workspace.database().roundTrips() - before;
}

} // namespace

class TestQueryBudgets final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    std::unique_ptr<Workspace> m_chief;
    qint64 m_audit = 0;
    QList<CountedOperation> m_operations;
    QHash<QString, qint64> m_onTheDemo;
    std::unique_ptr<AuditWorkspace> m_page; // the fieldwork the operations act on

    // The fieldwork page of the audit, opened on its first unit.
    static std::unique_ptr<AuditWorkspace> openFieldwork(Workspace& workspace, qint64 auditId)
    {
        auto page = std::make_unique<AuditWorkspace>(workspace.audits(), workspace.fieldwork(),
                                                     workspace.organisation(), workspace.history(), auditId);
        page->resize(1400, 900);
        page->show();
        return page;
    }

    void measure(QHash<QString, qint64>& counts)
    {
        for (const CountedOperation& operation : std::as_const(m_operations)) {
            const qint64 trips = roundTripsOf(*m_chief, m_audit, operation);
            counts.insert(QString::fromLatin1(operation.name), trips);
            qInfo("%-45s %4lld round trips (budget %lld)", operation.name, trips, operation.budget);
            QVERIFY2(trips > 0, operation.name);
            QVERIFY2(trips <= operation.budget,
                     qPrintable(u"%1: %2 round trips, budget %3"_s.arg(QString::fromLatin1(operation.name))
                                    .arg(trips)
                                    .arg(operation.budget)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOrganisation::create(m_test.spec());
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        m_chief = Workspace::signIn(db, u"h.nakayama"_s, QString::fromUtf16(DemoOrganisation::PersonPassword));
        m_audit = m_chief->audits().audits(2026).first().id;
        m_operations = {
            {"opening the fieldwork of an audit", 30,
             [this](Workspace& workspace, qint64 auditId) { m_page = openFieldwork(workspace, auditId); }},
            {"switching unit", 16,
             [this](Workspace& workspace, qint64 auditId) {
                 const QList<AuditedUnit> units = workspace.audits().units(auditId);
                 m_page->selectUnit(units.last().unitId);
             }},
            {"recording a result", 10,
             [this](Workspace&, qint64) { m_page->setCurrentResult(AuditResult::PartlyConforming); }},
            {"every dashboard figure of a year", 20,
             [](Workspace& workspace, qint64) { workspace.dashboard().figures(2026); }},
            {"the remediation list, first rows shown", 3,
             [](Workspace& workspace, qint64) {
                 PlanTableModel plans(workspace.remediation());
                 plans.reload();
                 for (int row = 0; row < std::min(plans.rowCount(), 40); ++row)
                     (void)plans.data(plans.index(row, PlanTableModel::FindingColumn));
             }},
            {"composing the audit report", 85,
             [](Workspace& workspace, qint64) { workspace.reports().auditReport(2026); }},
        };
    }

    void budgetsHoldOnTheDemo() { measure(m_onTheDemo); }

    // More units in the organisation, more results and findings: the same round trips.
    void budgetsDoNotGrowWithTheData()
    {
        Workspace& chief = *m_chief;
        const QList<AuditedUnit> units = chief.audits().units(m_audit);
        const qint64 unit = units.first().unitId;
        // Results already recorded are in the audit's scope; they are recorded again, and changed.
        const QHash<QString, ItemResult> recorded = chief.fieldwork().results(m_audit, unit);
        const QStringList items = recorded.keys();
        QVERIFY(items.size() > 40);
        for (const QString& item : items.mid(0, 40))
            chief.fieldwork().setResult(m_audit, unit, item, AuditResult::NonConforming, u"見直しが必要"_s,
                                        recorded.value(item).stamp.version);
        for (int i = 0; i < 12; ++i) {
            Finding finding;
            finding.auditId = m_audit;
            finding.unitId = units.at(i % units.size()).unitId;
            finding.itemKey = items.at(i);
            finding.title = u"追加の指摘 %1"_s.arg(i);
            finding.condition = u"現状"_s;
            finding.recommendation = u"改善すること"_s;
            chief.fieldwork().addFinding(finding);
        }
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        auto admin = Workspace::signIn(db, QString::fromUtf16(DemoOrganisation::AdministratorLogin),
                                       QString::fromUtf16(DemoOrganisation::AdministratorPassword));
        for (int i = 0; i < 30; ++i) {
            Unit added;
            added.name = u"追加課 %1"_s.arg(i);
            added.code = u"X%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            admin->organisation().addUnit(added);
        }

        QHash<QString, qint64> grown;
        measure(grown);
        // A unit or item in another state may take a step more or less; a query per row would show as many more.
        constexpr qint64 Tolerance = 2;
        for (auto it = m_onTheDemo.cbegin(); it != m_onTheDemo.cend(); ++it) {
            QVERIFY2(grown.value(it.key()) <= it.value() + Tolerance,
                     qPrintable(u"%1: %2 round trips on the demo, %3 once it grew"_s.arg(it.key())
                                    .arg(it.value())
                                    .arg(grown.value(it.key()))));
        }
    }

    // The page goes before the application and its workspace.
    void cleanupTestCase()
    {
        m_page.reset();
        m_chief.reset();
    }

    // What a benchmark sets to feel a network: every round trip waits (a slower machine only waits longer).
    void aSimulatedLatencyIsAWaitPerRoundTrip()
    {
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        db->simulateLatency(20);
        QElapsedTimer timer;
        timer.start();
        const qint64 before = db->roundTrips();
        for (int i = 0; i < 10; ++i)
            db->scalar(u"SELECT COUNT(*) FROM units"_s);
        QCOMPARE(db->roundTrips() - before, 10);
        QVERIFY(timer.elapsed() >= 200);
    }
};

QTEST_MAIN(TestQueryBudgets)

#include "test_query_budgets.moc"
