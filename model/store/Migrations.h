#pragma once

namespace kansa {

class Database;

// The ladder of schema steps. Step N takes a database from version N-1 to N; Database::migrate runs the
// steps in one transaction. A released step never changes: a new need is a new step.
namespace Migrations {
void apply(Database& db, int toVersion);
}

} // namespace kansa
