#pragma once

#include <QString>
#include <QStringList>

namespace kansa {

// The obligation rule: an obligation is a sentence of a policy text that ends a duty (…ならない。…ものとする。
// …望ましい。…こと。). A checklist item covers it when its source quote shares a run of at least 60% of the
// obligation's length with it, compared after NFKC normalisation without white space. Quotes longer than
// 1,000 characters cover nothing. The same rule as the tool that measured the shipped checklists.
class ObligationCoverage final
{
public:
    static constexpr int MaxQuoteLength = 1000;

    static QString normalise(const QString& text);
    static QStringList obligations(const QString& policyText);
    // sources: the items' quotes as written; they are normalised here.
    static bool covered(const QString& obligation, const QStringList& normalisedSources);
    static QStringList normaliseSources(const QStringList& sources);
};

} // namespace kansa
