#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kansa {

enum class CalendarStyle
{
    Japanese,
    Western
};

// Japanese eras (和暦) and fiscal years (年度, April to March). Qt has no Japanese calendar, so the era
// table and the naming rules live here.
class JapaneseCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(JapaneseCalendar)

public:
    struct EraYear
    {
        QString era;  // 令和
        int year = 0; // 1 for 元年
        bool isValid() const { return year > 0; }
    };

    // The era in force on the date, or an invalid EraYear before Meiji.
    static EraYear eraYear(QDate date);
    // The fiscal year (named by the Western year it begins in) that contains the date.
    static int fiscalYearOf(QDate date);
    static QDate fiscalYearStart(int fiscalYear);
    static QDate fiscalYearEnd(int fiscalYear);
    // The era a fiscal year is named after: the newest era that has begun by the end of the fiscal year and
    // in which the year's number is at least 1 (FY2019 is 令和元年度, FY1988 is 昭和63年度).
    static EraYear fiscalEraYear(int fiscalYear);

    // 令和8年4月1日 / 2026年4月1日 (Japanese UI) or 1 April 2026 (English UI).
    static QString formatDate(QDate date, CalendarStyle style);
    // 令和8年度 / 2026年度 / FY2026.
    static QString formatFiscalYear(int fiscalYear, CalendarStyle style);
    static QString eraYearText(const EraYear& eraYear); // 令和元年, 令和8年

    // A date as people type it: 令和8年12月1日, 令和元年5月1日, R8.12.1, H31/4/30, 2026年12月1日, 2026/12/1,
    // 2026-12-01, 20261201, 1 December 2026 or 1 Dec 2026, in full- or half-width characters. An invalid
    // QDate when the text is none of these, names no real day, or dates an era before it began.
    static QDate parseDate(const QString& text);
    // A fiscal year as people type it: 令和8年度, R8, 令和元年度, 2026年度, 2026, FY2026. 0 when it is none.
    static int parseFiscalYear(const QString& text);
};

} // namespace kansa
