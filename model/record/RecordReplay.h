#pragma once

#include "record/RecordVerifier.h"

#include <QCoreApplication>
#include <QString>

namespace kansa {

class Database;

// The change log replayed against the tables: every row the log created and did not remove is stored, holding in
// each field the value the log last gave it; every stored row was created through the log. What was changed,
// added or removed in a table behind Kansa's back (a result set to conforming, a finding deleted) shows here
// even where the log itself was left alone. Files are checked by their hashes (RecordVerifier); a link table
// (a person's roles, an audit's team) through its owner's logged field; sign-in counters are not the record.
//
// Rows made in bulk without an entry each (the benchmarks' large data set) are covered by a 「baseline」 entry
// of their table, whose new value is the last id of those rows: such rows count as created, and only what the
// log changed of them afterwards is compared.
class RecordReplay final
{
    Q_DECLARE_TR_FUNCTIONS(RecordReplay)

public:
    static constexpr const char16_t* BaselineAction = u"baseline";

    // Appends a problem per row found different from the log (the first MaxProblems; the rest counted).
    static void check(Database& db, RecordVerification& result);
    static constexpr int MaxProblems = 200;
};

} // namespace kansa
