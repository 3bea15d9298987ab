#include "TestDatabase.h"

#include "org/OrganisationService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QProcess>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

constexpr int UnitsPerTransaction = 5;

// The child process: writes units in transactions of five until it is killed, and reports each commit.
int runWriter(const QString& path)
{
    auto db = Database::open(ConnectionSpec::sqliteFile(path));
    OrganisationService service(*db, sessionWithRoles({Role::Ciso}));
    QTextStream out(stdout);
    for (int committed = 0;; committed += UnitsPerTransaction) {
        Transaction transaction(*db);
        for (int i = 0; i < UnitsPerTransaction; ++i) {
            Unit unit;
            unit.name = u"課 %1"_s.arg(committed + i);
            service.addUnit(unit);
        }
        transaction.commit();
        out << committed + UnitsPerTransaction << Qt::endl;
    }
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNoCommittedRow()
    {
        TestDatabase test; // SQLite: the embedded store is the one a killed process could damage
        test.createOrganisation();
        QProcess writer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"KANSA_CRASH_WRITER"_s, test.spec().path);
        writer.setProcessEnvironment(environment);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted());

        int reported = 0;
        while (reported < 300 && writer.waitForReadyRead(20000)) {
            while (writer.canReadLine())
                reported = std::max(reported, writer.readLine().trimmed().toInt());
        }
        QVERIFY2(reported >= 300, "the writer stopped reporting commits");
        writer.kill(); // SIGKILL in the middle of the write loop
        QVERIFY(writer.waitForFinished());
        while (writer.canReadLine())
            reported = std::max(reported, writer.readLine().trimmed().toInt());

        auto db = Database::open(test.spec());
        QCOMPARE(db->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        const int rows = db->scalar(u"SELECT COUNT(*) FROM units"_s).toInt();
        QVERIFY2(rows >= reported, qPrintable(u"%1 rows, %2 reported committed"_s.arg(rows).arg(reported)));
        QCOMPARE(rows % UnitsPerTransaction, 0); // no transaction half written
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("KANSA_CRASH_WRITER"))
        return runWriter(qEnvironmentVariable("KANSA_CRASH_WRITER"));
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_crash_safety.moc"
