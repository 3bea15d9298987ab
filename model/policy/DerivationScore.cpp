#include "policy/DerivationScore.h"

#include "policy/TextSimilarity.h"

#include <QHash>
#include <QSet>

namespace kansa {

namespace {

bool relatedQuotes(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const QString& shorter = a.size() <= b.size() ? a : b;
    const QString& longer = a.size() <= b.size() ? b : a;
    return shorter.size() >= DerivationScore::MinContained && longer.contains(shorter);
}

} // namespace

DerivationScore DerivationScore::measure(const Derivation& derivation, const Checklist& reference,
                                         const QString& document)
{
    DerivationScore score;
    QList<const ChecklistItem*> items;
    QHash<QString, QString> quoteOf; // reference id -> normalised quote
    for (const ChecklistItem* item : reference.items())
        if (document.isEmpty() || item->document.isEmpty() || item->document == document) {
            items << item;
            quoteOf.insert(item->id, TextSimilarity::normalise(item->source));
        }
    struct Quote
    {
        QString whole;
        QString leadIn; // a list item's: its lead-in and its own part
        QString item;
    };
    QList<Quote> drafts;
    for (const DraftItem& item : derivation.items) {
        Quote quote{TextSimilarity::normalise(item.item.source), {}, {}};
        if (!item.itemText.isEmpty() && item.item.source.endsWith(item.itemText)) {
            quote.leadIn = TextSimilarity::normalise(item.item.source.chopped(item.itemText.size()));
            quote.item = TextSimilarity::normalise(item.itemText);
        }
        drafts << quote;
    }
    const auto related = [](const QString& reference, const Quote& draft) {
        return relatedQuotes(reference, draft.whole) ||
               (!draft.item.isEmpty() && draft.item.size() >= MinContained && reference.contains(draft.leadIn) &&
                reference.contains(draft.item));
    };
    score.reference = static_cast<int>(items.size());
    score.draft = static_cast<int>(drafts.size());
    QSet<int> corresponding;
    for (const ChecklistItem* item : items) {
        const QString quote = quoteOf.value(item->id);
        bool found = false;
        bool correct = false;
        for (int d = 0; d < drafts.size(); ++d) {
            if (!related(quote, drafts[d]))
                continue;
            found = true;
            corresponding.insert(d);
            const QString& matched = derivation.items[d].matchedId;
            if (!derivation.items[d].isNew && (matched == item->id || quoteOf.value(matched) == quote))
                correct = true;
        }
        score.found += found;
        score.correct += correct;
    }
    score.corresponding = static_cast<int>(corresponding.size());
    return score;
}

} // namespace kansa
