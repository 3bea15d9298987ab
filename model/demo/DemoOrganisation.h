#pragma once

#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QList>

namespace kansa {

// A realistic fictional village (桜ヶ丘村) to try the application on: units in three levels, people with
// every role, two fiscal years and sign-in accounts whose passwords the README gives.
class Database;

class DemoOrganisation final
{
    Q_DECLARE_TR_FUNCTIONS(DemoOrganisation)

public:
    static constexpr const char16_t* AdministratorLogin = u"admin";
    static constexpr const char16_t* AdministratorPassword = u"kansa-admin";
    static constexpr const char16_t* PersonPassword = u"kansa-demo";

    // Creates the database (it must not exist yet, or be an empty PostgreSQL database) and fills it.
    static void create(const ConnectionSpec& spec);
    // The data set of the benchmarks: a city of 300 units, 900 people, the full standards checklist and an
    // audit of every unit in each of ten fiscal years (2017–2026), the last one in progress. The chief
    // auditor signs in as "chief" with PersonPassword.
    static void createLarge(const ConnectionSpec& spec);

private:
    static void fill(Database& db);
    static void fillLarge(Database& db);
};

} // namespace kansa
