#pragma once

#include "policy/PolicyReader.h"

#include <QStringList>

namespace kansa {

// The lines of a policy as written, without what printing and conversion added: page numbers (「- 12 -」「12」
// 「12/40」), running headers and footers (a line repeating at the top or bottom of the pages), markdown list
// bullets (「- 」) and links, and empty lines.
class PolicyText final
{
public:
    static QStringList clean(const PolicyDocument& document);
    static bool isPageNumber(const QString& line);
};

} // namespace kansa
