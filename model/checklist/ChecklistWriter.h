#pragma once

#include "checklist/Checklist.h"

#include <QByteArray>

namespace kansa {

// Writes a checklist as one JSON file in the format of checklists/README.md (chapters inline). Reading
// the result back gives the same checklist.
namespace ChecklistWriter {
QByteArray toJson(const Checklist& checklist);
}

} // namespace kansa
