#pragma once

#include <QString>

namespace kansa {
struct Checklist;
struct ChecklistItem;
} // namespace kansa

namespace kansa::ChecklistNames {

// A checklist's role key (ciso, committee, …) and level (organisation, unit, system) in the user's language.
QString role(const QString& key);
QString level(const QString& level);
// An item as the checklist browser shows it: reference, question in both languages, the quoted source, roles, level
// and evidence.
QString itemHtml(const Checklist& checklist, const ChecklistItem& item, const QString& language);

} // namespace kansa::ChecklistNames
