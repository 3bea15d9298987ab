// Speed and memory targets of the self-inspection workbook round trip:
//   exporting 300 unit workbooks of 60 items     < 10 s
//   importing 300 returned workbooks             < 2 s (SQLite), < 4 s (PostgreSQL, also over an office LAN)
//   memory stays bounded: workbooks are handled one at a time (resident memory < 300 MB)
// Prints the figures and judges them as bench::Report does (fails only on a figure 5× off its target).
#include "Bench.h"
#include "TestDatabase.h"

#include "org/OrganisationService.h"
#include "selfinspection/CampaignWorkbook.h"
#include "selfinspection/SelfInspectionService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;
using kansa::bench::residentMegabytes;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    bench::Report report("bench_self_inspection");
    TestDatabase test;
    auto admin = test.createOrganisation();
    QList<qint64> units;
    {
        Transaction transaction(admin->database());
        for (int i = 0; i < 300; ++i) {
            Unit unit;
            unit.name = u"第%1課"_s.arg(i + 1);
            unit.code = u"U%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
            units << admin->organisation().addUnit(unit);
        }
        transaction.commit();
    }
    SelfInspectionService service(admin->database(), admin->session());
    Campaign campaign;
    campaign.fiscalYear = 2026;
    campaign.title = u"全庁 職員自己点検"_s;
    campaign.checklistKey = u"staff-self-inspection"_s;
    campaign.deadline = QDate(2026, 10, 30);
    const qint64 id = service.createCampaign(campaign, units);
    const int items = static_cast<int>(service.items(id).size());
    // Every unit answered, so the workbooks carry answers and the import writes them all again.
    for (qint64 unit : units) {
        QHash<QString, UnitAnswer> answers;
        int i = 0;
        for (const ChecklistItem* item : service.items(id)) {
            const Answer answer = ++i % 11 == 0 ? Answer::No : Answer::Yes;
            answers.insert(item->id, {0, item->id, answer, answer == Answer::No ? u"未実施"_s : QString(), {}});
        }
        service.applyReturnedAnswers(id, unit, answers);
    }

    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    for (qint64 unit : units)
        CampaignWorkbook::exportUnit(service, id, unit, dir.filePath(CampaignWorkbook::fileName(service, id, unit)));
    const QByteArray exported = QByteArray("export 300 unit workbooks of ") + QByteArray::number(items) + " items";
    report.below(exported.constData(), timer.nsecsElapsed() / 1e9, 10, "s");
    admin->database().exec(u"DELETE FROM campaign_answers"_s);
    admin->database().exec(u"UPDATE campaign_units SET status = 'not_started'"_s);

    // As the GUI and kansa-cli import a folder: each workbook read and checked, then the answers of all written in
    // one transaction.
    timer.start();
    QList<CampaignWorkbook::Preview> previews;
    for (const QString& name : QDir(dir.path()).entryList({u"*.xlsx"_s})) {
        previews << CampaignWorkbook::read(service, dir.filePath(name));
        if (!previews.constLast().ok())
            return 2;
    }
    if (previews.size() != 300 || CampaignWorkbook::applyAll(service, previews) != 300 * items)
        return 2;
    report.below("import 300 returned workbooks", timer.nsecsElapsed() / 1e9, {2, 4}, "s");
    report.below("peak resident memory", residentMegabytes("VmHWM:"), 300, "MB");
    return report.finish();
}
