#pragma once

#include "policy/ChecklistDerivation.h"

namespace kansa {

// How well a draft derived from a policy reproduces a checklist written from the same policy.
//   found: a reference item's quote and a draft item's quote, both normalised (NFKC, no white space), are equal
//          or one contains the other (the shorter at least MinContained characters); a list item quoted with
//          its lead-in is also found in a reference quote that holds both the lead-in and the item (a list that
//          the reference quotes whole);
//   correct: a found reference item one of whose containing or contained draft items was matched to it, or to
//          an item with the same quote (items split from one sentence cannot be told apart by their text);
//   corresponding: a draft item whose quote is so related to some reference item's quote.
// recall = found / reference items, accuracy = correct / found, precision = corresponding / draft items.
struct DerivationScore
{
    static constexpr qsizetype MinContained = 10;

    int reference = 0;
    int found = 0;
    int correct = 0;
    int draft = 0;
    int corresponding = 0;

    double recall() const { return reference ? double(found) / reference : 0; }
    double accuracy() const { return found ? double(correct) / found : 0; }
    double precision() const { return draft ? double(corresponding) / draft : 0; }

    // document: count only the reference items quoting it (a checklist that quotes several policies).
    static DerivationScore measure(const Derivation& derivation, const Checklist& reference,
                                   const QString& document = {});
};

} // namespace kansa
