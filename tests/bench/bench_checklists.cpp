// Speed targets of the checklist library, measured on this machine:
//   loading all shipped checklists into a new database   < 1 s
//   importing a 2,000-item checklist from CSV or XLSX    < 2 s
//   one keystroke of search over 5,000 items             < 50 ms
// Prints the figures and judges them as bench::Report does (fails only on a figure 5× off its target).
#include "Bench.h"
#include "TestDatabase.h"

#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistReader.h"
#include "checklist/ChecklistTable.h"
#include "checklist/ChecklistTreeModel.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include "checklist/ChecklistsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

// A checklist of n items in 10 chapters of 10 sections, with realistic Japanese text.
Checklist syntheticChecklist(const QString& id, int n)
{
    const Checklist standards = ChecklistReader::readFile(u":/checklists/standards/checklist.json"_s).checklist;
    const QList<const ChecklistItem*> model = standards.items();
    Checklist checklist;
    checklist.id = id;
    checklist.version = 1;
    checklist.kind = u"standards"_s;
    checklist.title = {u"性能試験"_s, u"Performance test"_s};
    checklist.documents << SourceDocument{id, u"試験文書"_s, u"standards"_s};
    for (int c = 0; c < 10; ++c) {
        ChecklistChapter chapter{QString::number(c + 1), {u"章"_s, u"Chapter"_s}, -1, {}};
        for (int s = 0; s < 10; ++s) {
            ChecklistSection section{
                QString::number(c + 1) % u'.' % QString::number(s + 1), {u"節"_s, u"Section"_s}, {}};
            for (int i = 0; i < n / 100; ++i) {
                ChecklistItem item = *model[(c * 1000 + s * 100 + i) % model.size()];
                item.id = id % u'-' % QString::number(c) % u'-' % QString::number(s) % u'-' % QString::number(i);
                item.derivedFrom.clear();
                item.document.clear();
                section.items << item;
            }
            chapter.sections << section;
        }
        checklist.chapters << chapter;
    }
    return checklist;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bench::Report report("bench_checklists");
    QElapsedTimer timer;

    {
        TestDatabase test;
        auto db = Database::open(test.spec(), Database::OpenMode::Create);
        timer.start();
        ChecklistLibrary::syncShipped(*db);
        report.below("load all shipped checklists into a new database", timer.nsecsElapsed() / 1e6, 1000);
    }

    QTemporaryDir dir;
    const Checklist twoThousand = syntheticChecklist(u"bench"_s, 2000);
    const QString csvPath = dir.filePath(u"bench.csv"_s);
    const QString xlsxPath = dir.filePath(u"bench.xlsx"_s);
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return 2;
        csv.write(ChecklistTable::toCsv(twoThousand));
    }
    ChecklistTable::writeXlsx(twoThousand, xlsxPath);
    for (const QString& path : {csvPath, xlsxPath}) {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        timer.start();
        const ChecklistReader::Result read = ChecklistTable::readAny(path);
        if (!read.ok())
            return 2;
        workspace->checklists().importOwn(read.checklist);
        const QByteArray what = path.endsWith(u".csv"_s) ? "import a 2,000-item checklist from CSV"
                                                         : "import a 2,000-item checklist from XLSX";
        report.below(what.constData(), timer.nsecsElapsed() / 1e6, 2000);
    }

    // The browser as a person uses it: each keystroke filters the tree, counts the matches and opens the tree.
    TestDatabase test;
    auto workspace = test.createOrganisation();
    workspace->checklists().importOwn(syntheticChecklist(u"search"_s, 5000));
    ChecklistsPage page(workspace->checklists());
    page.resize(1280, 800);
    page.show();
    page.showChecklist(u"search"_s);
    QCoreApplication::processEvents();
    auto* search = page.findChild<QLineEdit*>(u"checklistSearch"_s);
    const QString typed = u"パスワードを"_s;
    double slowest = 0;
    for (int length = 0; length <= typed.size() + 1; ++length) {
        timer.start();
        search->setText(length <= typed.size() ? typed.left(length) : QString());
        QCoreApplication::processEvents();
        slowest = std::max(slowest, timer.nsecsElapsed() / 1e6);
    }
    report.below("slowest search keystroke in the browser, 5,000 items", slowest, 50);
    return report.finish();
}
