#pragma once

#include "checklist/Checklist.h"
#include "policy/ObligationFinder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kansa {

// A checklist item drafted from one sentence of a municipality's policy, with the shipped item it was
// matched to.
struct DraftItem
{
    ChecklistItem item;
    Obligation::Kind kind = Obligation::Kind::Other;
    QString subject;
    QStringList headingPath;
    QString itemText;   // a list item's own part of the quote, after its lead-in (empty: no list item)
    QString matchedId;  // the most similar item of the checklist compared with, even below the threshold
    double score = 0;   // its similarity, 0..1
    bool isNew = false; // no item was similar enough: question, roles, level and evidence drafted from the text
};

struct Derivation
{
    Checklist checklist;    // a valid kansa-checklist: the draft items in the policy's chapters
    QList<DraftItem> items; // in the same order
    QList<ChecklistItem>
        missing; // items of the compared checklist no draft item matched (MICモデルにあり、貴団体のポリシーにない項目)
};

// Drafts a checklist from a policy's obligations (one item per checkable sentence; a list's items each with
// their lead-in, as checklists/README.md writes items) and maps each to the most similar item of a shipped
// checklist: character bigram TF-IDF cosine of the quote, with a smaller weight for the heading path. An item
// matched at or above MatchThreshold takes the shipped item's question, roles, level, evidence and priority;
// one below is drafted from its sentence and marked new.
class ChecklistDerivation final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistDerivation)

public:
    // Chosen from the seeds: a sentence with a counterpart in the shipped checklist scored at least 0.384 (000),
    // 0.427 (003) and 0.649 (001); one without scored at most 0.287 (003) and 0.273 (001).
    static constexpr double MatchThreshold = 0.35;
    static constexpr double HeadingWeight = 0.15;
    // Scores this close are a tie, which the clause reference decides.
    static constexpr double TieMargin = 0.02;

    struct Options
    {
        QString id = QStringLiteral("policy-draft"); // the draft checklist's id
        QString documentId;                          // the id the draft gives the policy; default: the checklist id
        QString documentTitle;                       // default: the policy's own title
        QString layer;           // basic_policy, standards or procedure; default: the compared checklist's
        QString compareDocument; // compare only with the items quoting this document of the checklist
    };

    static Derivation derive(const ClauseTree& tree, const QList<Obligation>& obligations, const Checklist& against,
                             const Options& options);
    // The whole way from a policy file (text, DOCX or PDF) to its mapped draft: read, clean, parse, find, derive.
    // Throws kansa::Error naming the file when it cannot be read.
    static Derivation deriveFromFile(const QString& path, const Checklist& against, const Options& options);
    // A shipped checklist by its id, or a checklist file by its path; throws kansa::Error when there is none or
    // it is not valid.
    static Checklist loadChecklist(const QString& idOrPath);
    // The match of every draft item and the items missing, as CSV (UTF-8, a heading line).
    static QByteArray matchesCsv(const Derivation& derivation);
    // 「…しているか。」 from a sentence, as checklists/README.md asks questions (a prohibition positively).
    static QString questionFor(const Obligation& obligation);
};

} // namespace kansa
