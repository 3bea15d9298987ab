#include "calendar/JapaneseCalendar.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using kansa::CalendarStyle;
using kansa::JapaneseCalendar;

class TestCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan)); }

    void formatDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("japanese");
        QTest::addColumn<QString>("western");
        QTest::newRow("last day of Heisei") << QDate(2019, 4, 30) << u"平成31年4月30日"_s << u"2019年4月30日"_s;
        QTest::newRow("first day of Reiwa") << QDate(2019, 5, 1) << u"令和元年5月1日"_s << u"2019年5月1日"_s;
        QTest::newRow("Reiwa 2") << QDate(2020, 1, 1) << u"令和2年1月1日"_s << u"2020年1月1日"_s;
        QTest::newRow("end of FY2025") << QDate(2026, 3, 31) << u"令和8年3月31日"_s << u"2026年3月31日"_s;
        QTest::newRow("start of FY2026") << QDate(2026, 4, 1) << u"令和8年4月1日"_s << u"2026年4月1日"_s;
        QTest::newRow("last day of Showa") << QDate(1989, 1, 7) << u"昭和64年1月7日"_s << u"1989年1月7日"_s;
        QTest::newRow("first day of Heisei") << QDate(1989, 1, 8) << u"平成元年1月8日"_s << u"1989年1月8日"_s;
        QTest::newRow("before Meiji") << QDate(1850, 1, 1) << u"1850年1月1日"_s << u"1850年1月1日"_s;
    }
    void formatDate()
    {
        QFETCH(QDate, date);
        QFETCH(QString, japanese);
        QFETCH(QString, western);
        QCOMPARE(JapaneseCalendar::formatDate(date, CalendarStyle::Japanese), japanese);
        QCOMPARE(JapaneseCalendar::formatDate(date, CalendarStyle::Western), western);
    }

    void fiscalYear_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("fiscalYear");
        QTest::addColumn<QString>("name");
        QTest::newRow("2019-04-30 is FY2019") << QDate(2019, 4, 30) << 2019 << u"令和元年度"_s;
        QTest::newRow("2019-05-01 is FY2019") << QDate(2019, 5, 1) << 2019 << u"令和元年度"_s;
        QTest::newRow("2019-03-31 is FY2018") << QDate(2019, 3, 31) << 2018 << u"平成30年度"_s;
        QTest::newRow("2026-03-31 is FY2025") << QDate(2026, 3, 31) << 2025 << u"令和7年度"_s;
        QTest::newRow("2026-04-01 is FY2026") << QDate(2026, 4, 1) << 2026 << u"令和8年度"_s;
        QTest::newRow("1989-01-07 is FY1988") << QDate(1989, 1, 7) << 1988 << u"昭和63年度"_s;
        QTest::newRow("1989-04-01 is FY1989") << QDate(1989, 4, 1) << 1989 << u"平成元年度"_s;
    }
    void fiscalYear()
    {
        QFETCH(QDate, date);
        QFETCH(int, fiscalYear);
        QFETCH(QString, name);
        QCOMPARE(JapaneseCalendar::fiscalYearOf(date), fiscalYear);
        QCOMPARE(JapaneseCalendar::formatFiscalYear(fiscalYear, CalendarStyle::Japanese), name);
        QVERIFY(JapaneseCalendar::fiscalYearStart(fiscalYear) <= date);
        QVERIFY(date <= JapaneseCalendar::fiscalYearEnd(fiscalYear));
    }

    void westernFiscalYear()
    {
        QCOMPARE(JapaneseCalendar::formatFiscalYear(2026, CalendarStyle::Western), u"2026年度"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(JapaneseCalendar::formatFiscalYear(2026, CalendarStyle::Western), u"FY2026"_s);
        QCOMPARE(JapaneseCalendar::formatDate(QDate(2026, 4, 1), CalendarStyle::Western), u"1 April 2026"_s);
        QCOMPARE(JapaneseCalendar::formatFiscalYear(2026, CalendarStyle::Japanese), u"令和8年度"_s);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    }

    void fiscalYearBounds()
    {
        QCOMPARE(JapaneseCalendar::fiscalYearStart(2026), QDate(2026, 4, 1));
        QCOMPARE(JapaneseCalendar::fiscalYearEnd(2026), QDate(2027, 3, 31));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
