#include "JapaneseCalendar.h"

#include <QLocale>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

struct Era
{
    const char16_t* name;
    QDate start;
};

// Newest first. Dates are the first day of each era in the Gregorian calendar.
const std::array<Era, 5>& eras()
{
    static const std::array<Era, 5> table{{
        {u"令和", QDate(2019, 5, 1)},
        {u"平成", QDate(1989, 1, 8)},
        {u"昭和", QDate(1926, 12, 25)},
        {u"大正", QDate(1912, 7, 30)},
        {u"明治", QDate(1868, 10, 23)},
    }};
    return table;
}

bool japaneseUi()
{
    return QLocale().language() == QLocale::Japanese;
}

} // namespace

JapaneseCalendar::EraYear JapaneseCalendar::eraYear(QDate date)
{
    for (const Era& era : eras()) {
        if (date >= era.start)
            return {QString::fromUtf16(era.name), date.year() - era.start.year() + 1};
    }
    return {};
}

int JapaneseCalendar::fiscalYearOf(QDate date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QDate JapaneseCalendar::fiscalYearStart(int fiscalYear)
{
    return QDate(fiscalYear, 4, 1);
}

QDate JapaneseCalendar::fiscalYearEnd(int fiscalYear)
{
    return QDate(fiscalYear + 1, 3, 31);
}

JapaneseCalendar::EraYear JapaneseCalendar::fiscalEraYear(int fiscalYear)
{
    const QDate end = fiscalYearEnd(fiscalYear);
    for (const Era& era : eras()) {
        const int number = fiscalYear - era.start.year() + 1;
        if (era.start <= end && number >= 1)
            return {QString::fromUtf16(era.name), number};
    }
    return {};
}

QString JapaneseCalendar::eraYearText(const EraYear& eraYear)
{
    if (!eraYear.isValid())
        return {};
    const QString number = eraYear.year == 1 ? u"元"_s : QString::number(eraYear.year);
    return eraYear.era % number % u"年"_s;
}

QString JapaneseCalendar::formatDate(QDate date, CalendarStyle style)
{
    if (!date.isValid())
        return {};
    if (!japaneseUi() && style == CalendarStyle::Western)
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_s);
    const QString monthDay = QString::number(date.month()) % u"月"_s % QString::number(date.day()) % u"日"_s;
    const EraYear era = eraYear(date);
    if (style == CalendarStyle::Japanese && era.isValid())
        return eraYearText(era) % monthDay;
    return QString::number(date.year()) % u"年"_s % monthDay;
}

QString JapaneseCalendar::formatFiscalYear(int fiscalYear, CalendarStyle style)
{
    if (!japaneseUi() && style == CalendarStyle::Western)
        return u"FY"_s % QString::number(fiscalYear);
    const EraYear era = fiscalEraYear(fiscalYear);
    if (style == CalendarStyle::Japanese && era.isValid())
        return eraYearText(era) % u"度"_s;
    return QString::number(fiscalYear) % u"年度"_s;
}

} // namespace kansa
