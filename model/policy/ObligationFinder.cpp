#include "policy/ObligationFinder.h"

#include "policy/RoleNames.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

using Kind = Obligation::Kind;

// The sentence's predicate: without its 。, a closing bracket and a parenthesis at its end
// (「…共有してはならない（ただし、共用IDに対するパスワードは除く）。」).
QString predicate(const QString& sentence)
{
    static const QRegularExpression tail(u"(?:[（(][^（）()]*[）)])?[\\s　]*[。．]?[\\s　」）)]*$"_s);
    QString text = sentence.trimmed();
    text.remove(tail);
    return text.remove(u' ').remove(u'\u3000');
}

} // namespace

Obligation::Kind ObligationFinder::classify(const QString& sentence)
{
    static const QRegularExpression prohibition(u"(?:て|で)は(?:ならない|ならず|いけない)$|(?:を|は)禁止する$|禁ずる$|("
                                                u"?:し|さ|せ)ないこと$|してはならないこと$|"
                                                u"(?:認め|行わ|させ|し|使用し|利用し)ない(?:ものとする)?$"_s);
    static const QRegularExpression effort(
        u"努め(?:なければならない|る|るものとする|ること|ている)$|努力する$|望ましい$"_s);
    static const QRegularExpression duty(u"(?:なければ|ねば)(?:ならない|ならならない)$|ものとする$|必要がある$|"
                                         u"必要とする$|べき(?:である)?$|義務を負う$|こと$|ものとし$"_s);
    static const QRegularExpression authority(
        u"(?:こと|ことが)?できる(?:ものとする)?$|(?:権限|責任)を有する$|とする$|を置く$|を置くことができる$|"
        u"を(?:指名|任命|指定)する$|に(?:充てる|あてる)$|を担わせる$|に委任する$|定め(?:た|る)ものである$"_s);
    static const QRegularExpression definition(u"(?:を|のことを)いう$|とは.*を(?:いう|指す)$|を指す(?:ものとする)?$"_s);
    // Statements of fact, and the formulas that enact a rule (「…の全部を改正する。」「…から施行する。」).
    static const QRegularExpression statement(
        u"(?:である|であった|ものである|た|だ|ではない|による|を改正する|から施行する|を廃止する)$"_s);
    // The present tense of a rule: 「…を策定する。」「…対策を講じる。」 states what is done.
    static const QRegularExpression rule(u"(?:する|う|く|ぐ|す|つ|ぬ|ぶ|む|る)$"_s);

    const QString text = predicate(sentence);
    if (text.size() < 4)
        return Kind::Other;
    if (prohibition.match(text).hasMatch())
        return Kind::Prohibition;
    if (effort.match(text).hasMatch())
        return Kind::BestEffort;
    if (definition.match(text).hasMatch())
        return Kind::Definition;
    // ものとする before とする: a duty, not an assignment.
    if (duty.match(text).hasMatch())
        return Kind::Obligation;
    if (authority.match(text).hasMatch())
        return Kind::Authority;
    if (statement.match(text).hasMatch())
        return Kind::Other;
    if (rule.match(text).hasMatch())
        return Kind::Obligation;
    return Kind::Other;
}

QString ObligationFinder::subject(const QString& sentence)
{
    // Adverbials that end in は: the condition or the topic of a duty, not who bears it.
    static const QRegularExpression condition(u"(?:場合|とき|時|際|ため|上で|後|前|まで|に|で|おいて|ついて|関して|"
                                              u"対して|以外|ほか|限り|ただし|なお|また)$"_s);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = sentence.indexOf(u"は、"_s, from);
        if (at < 0 || at > 80)
            return {};
        QString candidate = sentence.mid(0, at);
        const qsizetype comma = candidate.lastIndexOf(u'、');
        if (comma >= 0)
            candidate = candidate.mid(comma + 1);
        candidate = candidate.trimmed();
        if (!candidate.isEmpty() && !condition.match(candidate).hasMatch())
            return candidate;
        from = at + 2;
    }
}

QString ObligationFinder::kindKey(Obligation::Kind kind)
{
    switch (kind) {
    case Kind::Obligation:
        return u"obligation"_s;
    case Kind::Prohibition:
        return u"prohibition"_s;
    case Kind::BestEffort:
        return u"best_effort"_s;
    case Kind::Authority:
        return u"authority"_s;
    case Kind::Definition:
        return u"definition"_s;
    case Kind::Other:
        break;
    }
    return u"other"_s;
}

QList<Obligation> ObligationFinder::find(const ClauseTree& tree)
{
    const QList<Clause>& clauses = tree.clauses();
    QList<Obligation> found;
    // Per clause: its lead-in (the sentence quoted before each of its items), as found.
    QHash<int, Obligation> leadIns;
    // 附則 says when the policy takes effect: nothing to check.
    QSet<int> supplementary;
    for (int c = 0; c < clauses.size(); ++c) {
        const Clause& clause = clauses[c];
        if (clause.type == Clause::Type::Supplement || supplementary.contains(clause.parent))
            supplementary.insert(c);
        const QStringList sentences = ClauseTree::sentences(clause.text);
        const bool isItem = leadIns.contains(clause.parent);
        const Obligation* leadIn = isItem ? &leadIns[clause.parent] : nullptr;
        QString lastSubject = leadIn ? leadIn->subject : QString();
        // A lead-in is the last sentence that ends (a table without 。 may follow it).
        qsizetype lastEnded = sentences.size() - 1;
        while (lastEnded >= 0 && !sentences[lastEnded].endsWith(u'。'))
            --lastEnded;
        for (int s = 0; s < sentences.size(); ++s) {
            Obligation sentence;
            sentence.clause = c;
            sentence.sentence = sentences[s];
            sentence.ref = clause.ref;
            sentence.headingPath = clause.headingPath;
            // An article is quoted without its number (「第5条」), as the checklists quote articles.
            const bool first = s == 0 && clause.textOnMarkerLine && clause.type != Clause::Type::Article;
            sentence.quote = first ? clause.marker % sentences[s] : sentences[s];
            sentence.kind = supplementary.contains(c) ? Obligation::Kind::Other : classify(sentences[s]);
            // A list item (「二　パスワードを他人に知らせること。」) is what its lead-in requires or forbids, unless
            // it says so itself (「…するよう努めること。」「…してはならない。」).
            if (s == 0 && leadIn && leadIn->kind != Obligation::Kind::Other &&
                (sentence.kind == Obligation::Kind::Obligation || sentence.kind == Obligation::Kind::Other))
                sentence.kind = leadIn->kind;
            // A definition reads without the list's lead-in (「次の各号に掲げる用語の意義は、…」); other items carry
            // it.
            if (s == 0 && leadIn && sentence.kind != Obligation::Kind::Definition) {
                sentence.itemText = sentence.quote;
                sentence.leadInSentence = leadIn->sentence;
                sentence.quote = leadIn->quote % sentence.quote;
            }
            sentence.subject = subject(sentences[s]);
            if (sentence.subject.isEmpty() || RoleNames::rolesIn(sentence.subject).isEmpty()) {
                if (!lastSubject.isEmpty() && sentence.subject.isEmpty())
                    sentence.subject = lastSubject;
            }
            sentence.roles = RoleNames::rolesIn(sentence.subject);
            // No topic (「①職員等が外部からアクセスする場合は、…」): the first role the sentence names as acting; in an
            // assignment (「副市長を最高情報セキュリティ責任者とする。」) the role assigned.
            if (sentence.subject.isEmpty())
                sentence.roles = RoleNames::actorsIn(sentences[s]).mid(0, 1);
            if (sentence.roles.isEmpty() && sentence.kind == Obligation::Kind::Authority)
                sentence.roles = RoleNames::rolesIn(sentences[s]).mid(0, 1);
            if (!sentence.subject.isEmpty())
                lastSubject = sentence.subject;
            if (s == lastEnded && !clause.children.isEmpty() && ClauseTree::isLeadIn(clause.text)) {
                sentence.leadIn = true;
                leadIns.insert(c, sentence);
            }
            found << sentence;
        }
    }
    return found;
}

} // namespace kansa
