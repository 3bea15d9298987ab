#include "JapaneseCalendar.h"

#include <QLocale>
#include <QRegularExpression>

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

// The era named by its kanji or its initial (R, H, S, T, M), or nullptr.
const Era* eraNamed(const QString& name)
{
    static const QString initials = u"RHSTM"_s;
    const int initial = name.size() == 1 ? int(initials.indexOf(name.toUpper())) : -1;
    for (std::size_t i = 0; i < eras().size(); ++i) {
        if (int(i) == initial || name == QString::fromUtf16(eras()[i].name))
            return &eras()[i];
    }
    return nullptr;
}

// Full-width digits, letters and punctuation (２０２６／１２／１) as their ASCII forms, and no outer spaces.
QString normalised(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

int eraYearNumber(const QString& number)
{
    return number == u"元"_s ? 1 : number.toInt();
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

QDate JapaneseCalendar::parseDate(const QString& text)
{
    static const QRegularExpression eraDate(
        u"^(令和|平成|昭和|大正|明治|[RHSTMrhstm])\\s*(元|\\d{1,2})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?$"_s);
    static const QRegularExpression westernDate(
        u"^(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?$|^(\\d{4})(\\d{2})(\\d{2})$"_s);
    const QString input = normalised(text);
    if (const QRegularExpressionMatch match = eraDate.match(input); match.hasMatch()) {
        const Era* era = eraNamed(match.captured(1));
        const int year = era->start.year() + eraYearNumber(match.captured(2)) - 1;
        const QDate date(year, match.captured(3).toInt(), match.captured(4).toInt());
        return date.isValid() && date >= era->start ? date : QDate();
    }
    if (const QRegularExpressionMatch match = westernDate.match(input); match.hasMatch()) {
        const int first = match.capturedLength(1) > 0 ? 1 : 4;
        return QDate(match.captured(first).toInt(), match.captured(first + 1).toInt(),
                     match.captured(first + 2).toInt());
    }
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (const QString& format : {u"d MMMM yyyy"_s, u"d MMM yyyy"_s}) {
        if (const QDate date = english.toDate(input, format); date.isValid())
            return date;
    }
    return {};
}

int JapaneseCalendar::parseFiscalYear(const QString& text)
{
    static const QRegularExpression eraYear(
        u"^(令和|平成|昭和|大正|明治|[RHSTMrhstm])\\s*(元|\\d{1,2})\\s*(年度?)?$"_s);
    static const QRegularExpression westernYear(u"^(?:FY\\s*)?(\\d{4})\\s*(年度?)?$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    const QString input = normalised(text);
    if (const QRegularExpressionMatch match = eraYear.match(input); match.hasMatch()) {
        const int number = eraYearNumber(match.captured(2));
        return number >= 1 ? eraNamed(match.captured(1))->start.year() + number - 1 : 0;
    }
    if (const QRegularExpressionMatch match = westernYear.match(input); match.hasMatch())
        return match.captured(1).toInt();
    return 0;
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
