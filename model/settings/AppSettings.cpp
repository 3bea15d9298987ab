#include "AppSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

void AppSettings::identifyApplication(const QString& name)
{
    QCoreApplication::setOrganizationName(u"Kansa"_s);
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setApplicationVersion(QStringLiteral(KANSA_VERSION));
}

QString AppSettings::language()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

QString AppSettings::effectiveLanguage()
{
    const QString chosen = language();
    if (chosen == u"ja"_s || chosen == u"en"_s)
        return chosen;
    return QLocale::system().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

namespace {

// Every date shown is formatted in the calendar style, thousands of them for one list or report: the setting is read
// once, not from the settings file for each date. -1: not read yet.
std::atomic<int> calendarStyleRead{-1};

} // namespace

CalendarStyle AppSettings::calendarStyle()
{
    int style = calendarStyleRead.load();
    if (style < 0) {
        style = int(QSettings().value(u"ui/calendar"_s).toString() == u"western"_s ? CalendarStyle::Western
                                                                                   : CalendarStyle::Japanese);
        calendarStyleRead.store(style);
    }
    return CalendarStyle(style);
}

void AppSettings::setCalendarStyle(CalendarStyle style)
{
    QSettings().setValue(u"ui/calendar"_s, style == CalendarStyle::Western ? u"western"_s : u"japanese"_s);
    calendarStyleRead.store(int(style));
}

int AppSettings::backupsKept()
{
    return std::clamp(QSettings().value(u"backup/kept"_s, 7).toInt(), 0, 365);
}

void AppSettings::setBackupsKept(int count)
{
    QSettings().setValue(u"backup/kept"_s, count);
}

QStringList AppSettings::recentDatabases()
{
    return QSettings().value(u"recent/databases"_s).toStringList();
}

void AppSettings::addRecentDatabase(const QString& fileOrUrl)
{
    QStringList list = recentDatabases();
    list.removeAll(fileOrUrl);
    list.prepend(fileOrUrl);
    QSettings().setValue(u"recent/databases"_s, list.mid(0, MaxRecent));
}

void AppSettings::removeRecentDatabase(const QString& fileOrUrl)
{
    QStringList list = recentDatabases();
    list.removeAll(fileOrUrl);
    QSettings().setValue(u"recent/databases"_s, list);
}

QString formatDate(const QDate& date)
{
    return JapaneseCalendar::formatDate(date, AppSettings::calendarStyle());
}

QString formatFiscalYear(int fiscalYear)
{
    return JapaneseCalendar::formatFiscalYear(fiscalYear, AppSettings::calendarStyle());
}

} // namespace kansa
