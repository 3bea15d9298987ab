#pragma once

#include "policy/ClauseTree.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

// A sentence of a policy and what it does: a duty, a prohibition, an effort, an empowerment, a definition.
struct Obligation
{
    enum class Kind
    {
        Obligation, // しなければならない, ものとする, …こと。, 必要がある, …する。 (a rule's present tense)
        Prohibition, // してはならない
        BestEffort,  // 努めなければならない, 努める, 望ましい
        Authority,   // ことができる, 権限を有する, …とする (an assignment), を置く, を指名する
        Definition,  // …をいう。
        Other,       // a statement of fact, a heading
    };

    int clause = -1;
    QString sentence;       // verbatim, its marker not included
    QString quote;          // as a checklist quotes it: the clause's marker where the clause begins, a list's lead-in
    QString itemText;       // a list item's own part of the quote, without the lead-in (empty: none)
    QString leadInSentence; // a list item's lead-in, its marker not included
    Kind kind = Kind::Other;
    QString subject;   // 「統括情報セキュリティ責任者及び情報システム管理者」
    QStringList roles; // role keys of the subject
    QString ref;
    QStringList headingPath;
    bool leadIn = false; // opens a list whose items carry it in their quotes
};

// Finds the sentences of a clause tree and classifies them. Beyond the endings (obligations.py) it keeps a list's
// lead-in with each of its items (「次の事項を遵守しなければならない。①…」), gives a list item without a sentence
// of its own the lead-in's kind and subject, and finds the subject (「〜は、」) and its roles (RoleNames).
class ObligationFinder final
{
public:
    static QList<Obligation> find(const ClauseTree& tree);
    static Obligation::Kind classify(const QString& sentence);
    // The subject of a sentence: 「職員等は、」 -> 職員等; a condition (「…場合は、」) is no subject.
    static QString subject(const QString& sentence);
    static QString kindKey(Obligation::Kind kind); // obligation, prohibition, best_effort, authority, definition, other
    // Whether a sentence of this kind becomes a checklist item.
    static bool isCheckable(Obligation::Kind kind) { return kind != Obligation::Kind::Other; }
};

} // namespace kansa
