#pragma once

#include "calendar/JapaneseCalendar.h"

#include <QString>
#include <QStringList>

namespace kansa {

// The person's own preferences on this PC (QSettings): language, calendar, recent databases.
// What belongs to the organisation (the classification marking) lives in its database instead.
class AppSettings final
{
public:
    static constexpr int MaxRecent = 8;

    // Names the application for QSettings and --version; called first by each main().
    static void identifyApplication(const QString& name);

    // "ja", "en", or empty: follow the system locale (Japanese on a Japanese locale, else English).
    static QString language();
    static void setLanguage(const QString& language);
    // The language actually used: the setting, else the system locale.
    static QString effectiveLanguage();

    static CalendarStyle calendarStyle();
    static void setCalendarStyle(CalendarStyle style);

    // How many automatic daily backups of an SQLite file are kept, when it is closed (0: none).
    static int backupsKept();
    static void setBackupsKept(int count);

    // SQLite paths and PostgreSQL URLs without password, newest first.
    static QStringList recentDatabases();
    static void addRecentDatabase(const QString& fileOrUrl);
    static void removeRecentDatabase(const QString& fileOrUrl);
};

// Dates and fiscal years as the person chose to see them.
QString formatDate(const QDate& date);
QString formatFiscalYear(int fiscalYear);

} // namespace kansa
