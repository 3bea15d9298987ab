// Four processes write the same and different records at once for a while, on each backend: no update is lost,
// nothing is duplicated, every refusal is a sentence (a stale edit that names the record, or "another user was
// saving"), never a driver's message.
#include "TestDatabase.h"

#include "auth/AccountService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

constexpr int Workers = 4;
constexpr int RunSeconds = 30;
const QString SharedUnitName = u"共有課"_s;

// One worker: signs in as the administrator and, until the time is up, renames the shared unit (the same record
// for everyone), renames its own unit (a record nobody else writes) and adds a unit (sort orders computed from
// the siblings). Prints what it did as one JSON line.
int runWorker(const QString& url, int worker, qint64 sharedUnit, qint64 ownUnit)
{
    QJsonObject counts;
    const auto count = [&](const QString& key) { counts[key] = counts[key].toInt() + 1; };
    try {
        std::unique_ptr<Database> db = Database::open(ConnectionSpec::parse(url));
        std::unique_ptr<Workspace> workspace;
        // Four sign-ins as one account at the same moment: all but one are asked to try again.
        for (int attempt = 0; !workspace; ++attempt) {
            try {
                workspace = Workspace::signIn(db, u"admin"_s, u"admin-password"_s);
            } catch (const SignInRefused&) {
                if (attempt == 50)
                    throw;
                QThread::msleep(100);
            }
        }
        OrganisationService& organisation = workspace->organisation();
        QElapsedTimer clock;
        clock.start();
        for (int step = 0; clock.elapsed() < RunSeconds * 1000; ++step) {
            const qint64 target = step % 3 == 0 ? ownUnit : sharedUnit;
            try {
                if (step % 3 == 2) {
                    Unit unit;
                    unit.name = u"追加課 %1-%2"_s.arg(worker).arg(step);
                    unit.code = u"W%1-%2"_s.arg(worker).arg(step);
                    unit.kind = UnitKind::Section;
                    organisation.addUnit(unit);
                    count(u"added"_s);
                    continue;
                }
                Unit unit = organisation.unit(target);
                unit.name = (target == sharedUnit ? SharedUnitName : u"自課"_s) % u' ' % QString::number(worker) %
                            u'-' % QString::number(step);
                organisation.updateUnit(unit);
                count(target == sharedUnit ? u"sharedUpdates"_s : u"ownUpdates"_s);
            } catch (const StaleEdit& stale) {
                count(stale.message().contains(u"「"_s) ? u"namedStaleEdits"_s : u"otherErrors"_s);
            } catch (const WriteCollision&) {
                count(u"collisions"_s);
            } catch (const Error& error) {
                count(u"otherErrors"_s);
                counts[u"lastError"_s] = error.message();
            }
        }
    } catch (const Error& error) {
        counts[u"fatal"_s] = error.message();
    }
    QTextStream(stdout) << QJsonDocument(counts).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace

class TestConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourWritersLoseNothing()
    {
        TestDatabase test;
        qint64 shared = 0;
        QList<qint64> own;
        {
            auto workspace = test.createOrganisation();
            Unit unit;
            unit.kind = UnitKind::Section;
            unit.name = SharedUnitName;
            shared = workspace->organisation().addUnit(unit);
            for (int i = 0; i < Workers; ++i) {
                unit.name = u"自課 %1"_s.arg(i);
                own << workspace->organisation().addUnit(unit);
            }
        }
        QList<QProcess*> workers;
        for (int i = 0; i < Workers; ++i) {
            auto* process = new QProcess(this);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(
                u"KANSA_CONCURRENCY_WORKER"_s,
                QStringList{test.url(), QString::number(i), QString::number(shared), QString::number(own[i])}.join(
                    u'|'));
            process->setProcessEnvironment(environment);
            process->start(QCoreApplication::applicationFilePath(), {});
            workers << process;
        }
        int sharedUpdates = 0, added = 0, staleEdits = 0, collisions = 0;
        QList<int> ownUpdates;
        for (QProcess* process : std::as_const(workers)) {
            QVERIFY(process->waitForFinished((RunSeconds + 60) * 1000));
            const QByteArray output = process->readAllStandardOutput().trimmed();
            const QJsonObject counts = QJsonDocument::fromJson(output.split('\n').last()).object();
            QVERIFY2(!counts.contains(u"fatal"_s), qPrintable(counts[u"fatal"_s].toString()));
            QVERIFY2(!counts.contains(u"otherErrors"_s), qPrintable(counts[u"lastError"_s].toString()));
            sharedUpdates += counts[u"sharedUpdates"_s].toInt();
            added += counts[u"added"_s].toInt();
            staleEdits += counts[u"namedStaleEdits"_s].toInt();
            collisions += counts[u"collisions"_s].toInt();
            ownUpdates << counts[u"ownUpdates"_s].toInt();
        }
        qInfo("%d writers for %d s: %d updates of the shared unit, %d stale edits named, %d units added, %d "
              "collisions",
              Workers, RunSeconds, sharedUpdates, staleEdits, added, collisions);
        QVERIFY(sharedUpdates > 0 && added > 0);

        std::unique_ptr<Database> db = Database::open(test.spec());
        // No lost update: every update that was reported saved is one version and one change-log row.
        QCOMPARE(db->scalar(u"SELECT version FROM units WHERE id = ?"_s, {shared}).toInt(), 1 + sharedUpdates);
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'units' AND row_id = ? AND "
                            "action = 'update'"_s,
                            {shared})
                     .toInt(),
                 sharedUpdates);
        for (int i = 0; i < Workers; ++i)
            QCOMPARE(db->scalar(u"SELECT version FROM units WHERE id = ?"_s, {own[i]}).toInt(), 1 + ownUpdates[i]);
        // Every unit reported added is there once, in a place of its own.
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM units WHERE code LIKE 'W%'"_s).toInt(), added);
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM (SELECT sort_order FROM units WHERE parent_id IS NULL GROUP BY "
                            "sort_order HAVING COUNT(*) > 1) duplicates"_s)
                     .toInt(),
                 0);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("KANSA_CONCURRENCY_WORKER")) {
        const QStringList args = qEnvironmentVariable("KANSA_CONCURRENCY_WORKER").split(u'|');
        return runWorker(args[0], args[1].toInt(), args[2].toLongLong(), args[3].toLongLong());
    }
    TestConcurrency test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_concurrency.moc"
