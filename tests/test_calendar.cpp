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

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("era in kanji") << u"令和8年12月1日"_s << QDate(2026, 12, 1);
        QTest::newRow("first year") << u"令和元年5月1日"_s << QDate(2019, 5, 1);
        QTest::newRow("era initial") << u"R8.12.1"_s << QDate(2026, 12, 1);
        QTest::newRow("lower-case initial, slashes") << u"h31/4/30"_s << QDate(2019, 4, 30);
        QTest::newRow("full-width") << u"令和８年１２月１日"_s << QDate(2026, 12, 1);
        QTest::newRow("era ligature") << u"㍻元年1月8日"_s << QDate(1989, 1, 8);
        QTest::newRow("spaces") << u" 令和 8 年 4 月 1 日 "_s << QDate(2026, 4, 1);
        QTest::newRow("Western in kanji") << u"2026年12月1日"_s << QDate(2026, 12, 1);
        QTest::newRow("Western with slashes") << u"2026/12/1"_s << QDate(2026, 12, 1);
        QTest::newRow("full-width slashes") << u"２０２６／１２／０１"_s << QDate(2026, 12, 1);
        QTest::newRow("ISO") << u"2026-12-01"_s << QDate(2026, 12, 1);
        QTest::newRow("digits only") << u"20261201"_s << QDate(2026, 12, 1);
        QTest::newRow("English") << u"1 December 2026"_s << QDate(2026, 12, 1);
        QTest::newRow("English short") << u"1 Dec 2026"_s << QDate(2026, 12, 1);
        QTest::newRow("before the era began") << u"令和元年4月30日"_s << QDate();
        QTest::newRow("no such day") << u"令和8年2月30日"_s << QDate();
        QTest::newRow("no such month") << u"2026/13/1"_s << QDate();
        QTest::newRow("year 0 of an era") << u"令和0年5月1日"_s << QDate();
        QTest::newRow("unknown era") << u"X8.12.1"_s << QDate();
        QTest::newRow("words") << u"来週"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(JapaneseCalendar::parseDate(text), date);
    }

    // Whatever formatDate writes, parseDate reads back, in either calendar and either language.
    void parseDateReadsEveryFormattedDate()
    {
        for (const QLocale& locale :
             {QLocale(QLocale::Japanese, QLocale::Japan), QLocale(QLocale::English, QLocale::UnitedKingdom)}) {
            QLocale::setDefault(locale);
            for (QDate date(1989, 1, 1); date < QDate(2031, 1, 1); date = date.addDays(13)) {
                for (CalendarStyle style : {CalendarStyle::Japanese, CalendarStyle::Western})
                    QCOMPARE(JapaneseCalendar::parseDate(JapaneseCalendar::formatDate(date, style)), date);
            }
        }
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    }

    void parseFiscalYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fiscalYear");
        QTest::newRow("era") << u"令和8年度"_s << 2026;
        QTest::newRow("first year") << u"令和元年度"_s << 2019;
        QTest::newRow("last Heisei year") << u"平成31年度"_s << 2019;
        QTest::newRow("era initial") << u"R8"_s << 2026;
        QTest::newRow("full-width") << u"令和８年度"_s << 2026;
        QTest::newRow("Western") << u"2026年度"_s << 2026;
        QTest::newRow("year only") << u"2026"_s << 2026;
        QTest::newRow("FY") << u"FY2026"_s << 2026;
        QTest::newRow("fy with space") << u"fy 2026"_s << 2026;
        QTest::newRow("year 0") << u"令和0年度"_s << 0;
        QTest::newRow("words") << u"今年度"_s << 0;
        QTest::newRow("two digits") << u"26"_s << 0;
    }
    void parseFiscalYear()
    {
        QFETCH(QString, text);
        QFETCH(int, fiscalYear);
        QCOMPARE(JapaneseCalendar::parseFiscalYear(text), fiscalYear);
    }

    void fiscalYearBounds()
    {
        QCOMPARE(JapaneseCalendar::fiscalYearStart(2026), QDate(2026, 4, 1));
        QCOMPARE(JapaneseCalendar::fiscalYearEnd(2026), QDate(2027, 3, 31));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
