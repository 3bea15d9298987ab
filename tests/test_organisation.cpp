#include "TestDatabase.h"

#include "common/Error.h"
#include "org/OrganisationService.h"
#include "org/PeopleTableModel.h"
#include "org/UnitTreeModel.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

qint64 addUnit(OrganisationService& service, const QString& name, qint64 parent = 0, const QString& code = {})
{
    Unit unit;
    unit.name = name;
    unit.parentId = parent;
    unit.code = code;
    unit.kind = parent ? UnitKind::Section : UnitKind::Department;
    return service.addUnit(unit);
}

QStringList childNames(OrganisationService& service, qint64 parent)
{
    QStringList names;
    for (const Unit& unit : service.units()) {
        if (unit.parentId == parent)
            names << unit.name;
    }
    return names;
}

} // namespace

class TestOrganisation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Four administrators' PCs add ten units each at the same moment: every unit gets a place of its own among
    // its siblings, and none is refused.
    void unitsAddedAtOnceGetDistinctPlaces()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        const Session session = workspace->session();
        constexpr int Writers = 4, UnitsEach = 10;
        std::latch start(Writers);
        std::atomic<int> failures = 0;
        std::vector<std::thread> writers;
        for (int w = 0; w < Writers; ++w) {
            writers.emplace_back([&, w] {
                std::unique_ptr<Database> db = Database::open(test.spec());
                OrganisationService service(*db, session);
                start.arrive_and_wait();
                for (int i = 0; i < UnitsEach; ++i) {
                    try {
                        Unit unit;
                        unit.name = u"課%1-%2"_s.arg(w).arg(i);
                        service.addUnit(unit);
                    } catch (const Error&) {
                        ++failures;
                    }
                }
            });
        }
        for (std::thread& writer : writers)
            writer.join();
        QCOMPARE(failures.load(), 0);
        QSet<int> places;
        for (const Unit& unit : workspace->organisation().units())
            places.insert(unit.sortOrder);
        QCOMPARE(places.size(), Writers * UnitsEach);
    }

    void unitTreeInOrder()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        const qint64 soumu = addUnit(service, u"総務部"_s, 0, u"D01"_s);
        const qint64 fukushi = addUnit(service, u"福祉部"_s, 0, u"D02"_s);
        addUnit(service, u"総務課"_s, soumu);
        addUnit(service, u"財政課"_s, soumu);
        addUnit(service, u"福祉課"_s, fukushi);
        const QList<Unit> units = service.units();
        QStringList names;
        for (const Unit& unit : units)
            names << unit.name;
        QCOMPARE(names, (QStringList{u"総務部"_s, u"総務課"_s, u"財政課"_s, u"福祉部"_s, u"福祉課"_s}));
        QVERIFY_THROWS_EXCEPTION(Error, addUnit(service, u"重複"_s, 0, u"D01"_s));
    }

    void moveAndReorder()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        const qint64 a = addUnit(service, u"A部"_s);
        const qint64 b = addUnit(service, u"B部"_s);
        const qint64 a1 = addUnit(service, u"A1課"_s, a);
        const qint64 a2 = addUnit(service, u"A2課"_s, a);
        service.moveUnit(a2, service.unit(a2).stamp.version, a, 0);
        QCOMPARE(childNames(service, a), (QStringList{u"A2課"_s, u"A1課"_s}));
        service.moveUnit(a1, service.unit(a1).stamp.version, b, 0);
        QCOMPARE(childNames(service, a), QStringList{u"A2課"_s});
        QCOMPARE(childNames(service, b), QStringList{u"A1課"_s});
        // A unit cannot move below itself.
        QVERIFY_THROWS_EXCEPTION(Error, service.moveUnit(a, service.unit(a).stamp.version, a2, 0));
        // Moving with a stale version is refused.
        QVERIFY_THROWS_EXCEPTION(StaleEdit, service.moveUnit(a1, 1, a, 0));
    }

    void removeUnitOnlyWhenEmpty()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        const qint64 dept = addUnit(service, u"総務部"_s);
        const qint64 section = addUnit(service, u"総務課"_s, dept);
        QVERIFY_THROWS_EXCEPTION(Error, service.removeUnit(dept, service.unit(dept).stamp.version));
        Person person;
        person.name = u"山田 花子"_s;
        person.unitId = section;
        const qint64 personId = service.addPerson(person);
        QVERIFY_THROWS_EXCEPTION(Error, service.removeUnit(section, service.unit(section).stamp.version));
        service.removePerson(personId, service.person(personId).stamp.version);
        service.removeUnit(section, service.unit(section).stamp.version);
        service.removeUnit(dept, service.unit(dept).stamp.version);
        QVERIFY(service.units().isEmpty());
    }

    void peopleWithRoles()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        const qint64 unit = addUnit(service, u"情報政策課"_s);
        Person person;
        person.code = u"1001"_s;
        person.name = u"佐藤 一郎"_s;
        person.kana = u"さとう いちろう"_s;
        person.unitId = unit;
        person.email = u"sato@example.lg.jp"_s;
        person.roles = {Role::SectionSecurityManager, Role::SystemManager};
        const qint64 id = service.addPerson(person);
        Person read = service.person(id);
        QCOMPARE(read.roles, (QList<Role>{Role::SectionSecurityManager, Role::SystemManager}));
        read.roles = {Role::Auditor};
        read.email = u"i.sato@example.lg.jp"_s;
        service.updatePerson(read);
        QCOMPARE(service.person(id).roles, QList<Role>{Role::Auditor});
        QCOMPARE(service.person(id).stamp.version, 2);
        const QString roleLog =
            workspace->database()
                .scalar(u"SELECT new_value FROM change_log WHERE table_name = 'people' AND field = 'roles' "
                        "ORDER BY id DESC"_s)
                .toString();
        QCOMPARE(roleLog, u"auditor"_s);
        Person bad = service.person(id);
        bad.email = u"not-an-address"_s;
        QVERIFY_THROWS_EXCEPTION(Error, service.updatePerson(bad));
        Person duplicate;
        duplicate.name = u"別人"_s;
        duplicate.code = u"1001"_s;
        QVERIFY_THROWS_EXCEPTION(Error, service.addPerson(duplicate));
    }

    void fiscalYears()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        QSignalSpy spy(&service, &OrganisationService::fiscalYearsChanged);
        service.addFiscalYear(2026);
        service.addFiscalYear(2025);
        QCOMPARE(service.fiscalYears(), (QList<int>{2025, 2026}));
        QCOMPARE(spy.count(), 2);
        QVERIFY_THROWS_EXCEPTION(Error, service.addFiscalYear(2026));
    }

    // The permission check is in the service: a staff member's session cannot change anything, whatever
    // the GUI shows.
    void staffCannotChangeTheOrganisation()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& admin = workspace->organisation();
        const qint64 unitId = addUnit(admin, u"総務課"_s);
        Person person;
        person.name = u"職員 一人"_s;
        person.unitId = unitId;
        const qint64 personId = admin.addPerson(person);

        OrganisationService staff(workspace->database(),
                                  sessionWithRoles({Role::Staff, Role::SectionSecurityManager}, personId, unitId));
        QCOMPARE(staff.units().size(), 1); // reading is allowed
        QCOMPARE(staff.people().size(), 1);
        Organisation organisation = staff.organisation();
        organisation.name = u"乗っ取り市"_s;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.updateOrganisation(organisation));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, addUnit(staff, u"新設課"_s));
        Unit unit = staff.unit(unitId);
        unit.name = u"改名課"_s;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.updateUnit(unit));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.moveUnit(unitId, unit.stamp.version, 0, 0));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.removeUnit(unitId, unit.stamp.version));
        Person p = staff.person(personId);
        p.roles = {Role::Ciso};
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.updatePerson(p));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.addPerson(p));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.removePerson(personId, p.stamp.version));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.addFiscalYear(2030));
        QCOMPARE(admin.organisation().name, u"テスト市"_s);
        QCOMPARE(admin.unit(unitId).name, u"総務課"_s);
        QVERIFY(admin.person(personId).roles.isEmpty());

        // The CISO and the chief auditor manage the organisation.
        OrganisationService ciso(workspace->database(), sessionWithRoles({Role::Ciso}));
        addUnit(ciso, u"危機管理課"_s);
        OrganisationService chiefAuditor(workspace->database(), sessionWithRoles({Role::ChiefAuditor}));
        addUnit(chiefAuditor, u"監査委員事務局"_s);
        QCOMPARE(admin.units().size(), 3);
    }

    void unitTreeModel()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        const qint64 a = addUnit(service, u"A部"_s);
        const qint64 b = addUnit(service, u"B部"_s);
        addUnit(service, u"A1課"_s, a);
        const qint64 a2 = addUnit(service, u"A2課"_s, a);
        UnitTreeModel model(service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.indexOf(a)), 2);

        // Drag A2 onto B: it moves under B through the service.
        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(a2)}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOf(b)));
        QCoreApplication::processEvents(); // the model reloads after the service's signal
        QCOMPARE(model.rowCount(model.indexOf(a)), 1);
        QCOMPARE(model.rowCount(model.indexOf(b)), 1);
        QCOMPARE(service.unit(a2).parentId, b);

        // Renaming through the model.
        QVERIFY(model.setData(model.indexOf(b), u"B部（新）"_s));
        QCoreApplication::processEvents();
        QCOMPARE(service.unit(b).name, u"B部（新）"_s);
    }

    void unitTreeModelReportsRefusals()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        const qint64 a = addUnit(workspace->organisation(), u"A部"_s);
        const qint64 a1 = addUnit(workspace->organisation(), u"A1課"_s, a);
        UnitTreeModel model(workspace->organisation());
        QSignalSpy errors(&model, &UnitTreeModel::errorOccurred);
        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(a)}));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOf(a1)));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(workspace->organisation().unit(a).parentId, 0);
    }

    void peopleModelAndFilter()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        const qint64 dept = addUnit(service, u"総務部"_s);
        const qint64 section = addUnit(service, u"総務課"_s, dept);
        const qint64 other = addUnit(service, u"福祉課"_s);
        auto add = [&](const QString& name, const QString& kana, qint64 unit, QList<Role> roles) {
            Person person;
            person.name = name;
            person.kana = kana;
            person.unitId = unit;
            person.roles = roles;
            service.addPerson(person);
        };
        add(u"山田 花子"_s, u"やまだ はなこ"_s, section, {Role::Staff});
        add(u"佐藤 一郎"_s, u"さとう いちろう"_s, dept, {Role::DepartmentSecurityOfficer});
        add(u"鈴木 次郎"_s, u"すずき じろう"_s, other, {Role::Auditor, Role::Staff});
        PeopleTableModel model(service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PeopleFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 3);
        filter.setSearchText(u"やまだ"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QString());
        filter.setUnitFilter(model.unitAndDescendants(dept));
        QCOMPARE(filter.rowCount(), 2);
        filter.setRoleFilter(Role::Staff);
        QCOMPARE(filter.rowCount(), 1);
        filter.setUnitFilter({});
        QCOMPARE(filter.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrganisation)
#include "test_organisation.moc"
