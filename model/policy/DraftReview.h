#pragma once

#include "checklist/Checklist.h"
#include "policy/ChecklistDerivation.h"

#include <QCoreApplication>
#include <QHash>

namespace kansa {

// The review of a checklist drafted from a municipality's policy: each proposed item accepted, edited, rejected,
// split in two or merged with the next, until what is left is the organisation's own checklist. The review is
// kept in a file of its own after every change, so that closing the window, a crash or a power cut loses nothing,
// and it continues where it stood when the same policy is reviewed again.
class DraftReview final
{
    Q_DECLARE_TR_FUNCTIONS(DraftReview)

public:
    enum class Decision
    {
        Open,
        Accepted,
        Rejected
    };

    // What the derivation said of an item, beside the item as it now stands.
    struct Entry
    {
        QString id;
        Decision decision = Decision::Open;
        bool edited = false;
        QString matchedId; // the shipped item it was matched to
        double score = 0;
        bool isNew = false; // drafted from its sentence: no shipped item was similar enough
        QString kind;       // obligation, prohibition, …
        QStringList headingPath;
    };

    struct Counts
    {
        int total = 0;
        int accepted = 0;
        int rejected = 0;
        int edited = 0;
        int open() const { return total - accepted - rejected; }
    };

    DraftReview() = default;
    // A new review of a derivation; policyName and policyHash name the policy it was derived from.
    DraftReview(const Derivation& derivation, const QString& policyName, const QString& policyHash);

    // The review kept for this policy in folder, if one was begun; else a new one of derivation.
    static DraftReview resume(const QString& folder, const Derivation& derivation, const QString& policyName,
                              const QString& policyHash);
    // Where the review of a policy is kept in folder.
    static QString fileFor(const QString& folder, const QString& policyHash);
    // Writes the review to its file (whole or not at all); throws kansa::Error naming the file.
    void save() const;
    QString file() const { return m_file; }

    const Checklist& checklist() const { return m_checklist; }
    const QList<ChecklistItem>& missing() const { return m_missing; }
    QString policyName() const { return m_policyName; }
    // The items in order, with their review.
    int size() const { return int(m_order.size()); }
    const ChecklistItem& item(int row) const;
    const Entry& entry(int row) const;
    int rowOf(const QString& id) const;
    Counts counts() const;

    void decide(int row, Decision decision);
    // The item as edited (question, roles, level, evidence); its id, ref and quote stay.
    void edit(int row, const ChecklistItem& item);
    // Two items in place of one, the second with an id of its own and the same quote, both open, to be worded
    // as two checks. Returns the new item's row.
    int split(int row);
    // The next item of the same section joined into this one (its quote appended where it is not already in it,
    // its roles and evidence added); false when there is none.
    bool merge(int row);

    // The organisation's own checklist: the accepted items (and the open ones when includeOpen), under id and title.
    Checklist result(const QString& id, const LocalizedText& title, bool includeOpen) const;
    // The derivation as the review left it for a result: each of its items with the item it was matched to, from
    // which Crosswalk::fromDerivation makes the links to the checklist compared with.
    Derivation derivationOf(const Checklist& result) const;

    static QString decisionKey(Decision decision);

private:
    ChecklistItem* find(const QString& id);
    void reindex();

    struct Position
    {
        qsizetype chapter = 0;
        qsizetype section = 0;
        qsizetype item = 0;
    };

    Checklist m_checklist; // the draft as it now stands
    QList<ChecklistItem> m_missing;
    QHash<QString, Entry> m_entries;
    QStringList m_order;         // item ids in the checklist's order
    QList<Position> m_positions; // where each of them stands in m_checklist
    QString m_policyName;
    QString m_policyHash;
    QString m_file;
};

} // namespace kansa
