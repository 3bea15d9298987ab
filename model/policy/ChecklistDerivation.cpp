#include "policy/ChecklistDerivation.h"

#include "checklist/ChecklistReader.h"
#include "common/Error.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyText.h"
#include "policy/TextSimilarity.h"

#include <QFileInfo>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

using Kind = Obligation::Kind;

constexpr qsizetype MaxQuote = 1000; // checklists/README.md

// The progressive of a verb from its stem before なければならない (「行わ」 -> 「行っている」, 「し」 -> 「している」).
QString progressiveFromNegativeStem(const QString& stem)
{
    if (stem.isEmpty())
        return stem;
    static const QHash<QChar, QString> godan{{u'わ', u"っ"_s}, {u'か', u"い"_s}, {u'が', u"い"_s},
                                             {u'さ', u"し"_s}, {u'た', u"っ"_s}, {u'な', u"ん"_s},
                                             {u'ば', u"ん"_s}, {u'ま', u"ん"_s}, {u'ら', u"っ"_s}};
    const QChar last = stem.back();
    const auto it = godan.constFind(last);
    if (it == godan.cend())
        return stem + u"ている"_s; // ichidan (設け, 講じ) and する (し)
    const bool voiced = last == u'が' || last == u'な' || last == u'ば' || last == u'ま';
    return stem.chopped(1) + it.value() + (voiced ? u"でいる"_s : u"ている"_s);
}

// 「…を策定する」 -> 「…を策定している」.
QString progressiveFromDictionary(const QString& verb)
{
    if (verb.endsWith(u"する"_s))
        return verb.chopped(2) + u"している"_s;
    if (verb.endsWith(u"ずる"_s)) // 講ずる
        return verb.chopped(2) + u"じている"_s;
    static const QHash<QChar, QString> godan{{u'う', u"っている"_s}, {u'く', u"いている"_s}, {u'ぐ', u"いでいる"_s},
                                             {u'す', u"している"_s}, {u'つ', u"っている"_s}, {u'ぬ', u"んでいる"_s},
                                             {u'ぶ', u"んでいる"_s}, {u'む', u"んでいる"_s}};
    if (verb.isEmpty())
        return verb;
    const auto it = godan.constFind(verb.back());
    if (it != godan.cend())
        return verb.chopped(1) + it.value();
    if (verb.endsWith(u'る'))
        return verb.chopped(1) + u"ている"_s;
    return verb + u"ことを実施している"_s;
}

QString withoutSubject(const QString& sentence, const QString& subject)
{
    QString body = sentence.trimmed();
    if (!subject.isEmpty()) {
        // 「CISO は、」: the layout's space before は does not count.
        const QRegularExpression topic(QRegularExpression::escape(subject) % u"[\\s　]*は、"_s);
        const QRegularExpressionMatch match = topic.match(body);
        if (match.hasMatch() && match.capturedStart() < 80)
            body.remove(match.capturedStart(), match.capturedLength());
    }
    static const QRegularExpression tail(u"[。．\\s　]+$"_s);
    body.remove(tail);
    return body;
}

// The key with the most votes.
template <typename T> const T* mostVoted(const QHash<const T*, int>& votes)
{
    const T* best = nullptr;
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return best;
}

bool isKanji(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

QString guessLevel(const QStringList& roles)
{
    if (roles.contains(u"system_manager"_s) || roles.contains(u"system_operator"_s))
        return u"system"_s;
    if (roles.contains(u"section_security_manager"_s) || roles.contains(u"department_security_officer"_s) ||
        roles.contains(u"staff"_s))
        return u"unit"_s;
    return u"organisation"_s;
}

QString boundedQuote(const QString& quote, const QString& sentence)
{
    if (quote.size() <= MaxQuote)
        return quote;
    // A lead-in and item over the limit: the item's sentence alone; a sentence over it, its beginning.
    return sentence.size() <= MaxQuote ? sentence : sentence.left(MaxQuote);
}

QString headingOf(const ChecklistChapter& chapter, const ChecklistSection& section)
{
    return chapter.title.ja % u' ' % section.title.ja;
}

} // namespace

QString ChecklistDerivation::questionFor(const Obligation& obligation)
{
    // A list item that is no sentence (「①発信元の担当所属名」) is asked as its lead-in with the item in the place of
    // 次に掲げる事項: 「利用者は、送信するメッセージ本文に「発信元の担当所属名」を記載しているか。」
    static const QRegularExpression listPhrase(
        u"(?:次に掲げる|次の|以下の|以下を全て含む|以下を含む)(?:各号に掲げる)?(?:事項|行為|措置|対策|もの)|以下を"_s);
    if (!obligation.itemText.isEmpty() && !obligation.sentence.contains(u'。') &&
        listPhrase.match(obligation.leadInSentence).hasMatch()) {
        Obligation asked = obligation;
        asked.sentence =
            QString(obligation.leadInSentence).replace(listPhrase, u"「"_s % obligation.sentence.trimmed() % u"」"_s);
        asked.itemText.clear();
        return questionFor(asked);
    }
    QString body = withoutSubject(obligation.sentence, obligation.subject);
    const QString who = obligation.subject.isEmpty() ? QString() : obligation.subject % u"は、"_s;
    static const QRegularExpression bracketTail(u"[（(][^（）()]*[）)]$"_s);
    body.remove(bracketTail);
    switch (obligation.kind) {
    case Kind::Prohibition: {
        static const QRegularExpression te(u"(.*?)(?:て|で)は(?:ならない|いけない)$"_s);
        const QRegularExpressionMatch match = te.match(body);
        if (match.hasMatch()) {
            const QString stem = match.captured(1);
            // 「設けて」「使用して」: the negative is the stem and ない. A godan te-form (「行って」「促して」) is not
            // told apart from it: only し after a word of two kanji (使用し, 接続し) is the し of する.
            const bool suru = stem.endsWith(u'し') && stem.size() >= 3 && isKanji(stem[stem.size() - 2]) &&
                              isKanji(stem[stem.size() - 3]);
            const bool ichidan = !stem.isEmpty() && u"えけげせぜてでねべめれ"_s.contains(stem.back());
            if (suru || ichidan)
                return who % stem % u"ないようにしているか。"_s;
        }
        return who % u"「"_s % body % u"」との定めを守っているか。"_s;
    }
    case Kind::Obligation:
    case Kind::BestEffort: {
        static const QRegularExpression must(u"(.*?)(?:なければ|ねば)(?:ならない|ならならない)$"_s);
        static const QRegularExpression shall(u"(.*?)ものとする$"_s);
        static const QRegularExpression need(u"(.*?)(?:必要がある|こと)$"_s);
        QRegularExpressionMatch match;
        if ((match = must.match(body)).hasMatch())
            return who % progressiveFromNegativeStem(match.captured(1)) % u"か。"_s;
        if ((match = shall.match(body)).hasMatch())
            return who % progressiveFromDictionary(match.captured(1)) % u"か。"_s;
        if ((match = need.match(body)).hasMatch() && match.captured(1).endsWith(u'る'))
            return who % progressiveFromDictionary(match.captured(1)) % u"か。"_s;
        if (body.endsWith(u'る') || body.endsWith(u'う') || body.endsWith(u'く') || body.endsWith(u'す'))
            return who % progressiveFromDictionary(body) % u"か。"_s;
        return who % u"「"_s % body % u"」との定めを守っているか。"_s;
    }
    case Kind::Authority:
        return u"「"_s % obligation.sentence.trimmed().chopped(obligation.sentence.trimmed().endsWith(u'。') ? 1 : 0) %
               u"」と定められているか。"_s;
    case Kind::Definition:
        return u"「"_s % body % u"」と定義されているか。"_s;
    case Kind::Other:
        break;
    }
    return u"「"_s % body % u"」が実施されているか。"_s;
}

Derivation ChecklistDerivation::derive(const ClauseTree& tree, const QList<Obligation>& obligations,
                                       const Checklist& against, const Options& options)
{
    // The items compared with, with the heading each stands under.
    QList<const ChecklistItem*> shipped;
    QStringList shippedTexts;
    QStringList shippedHeadings;
    QHash<const ChecklistItem*, const ChecklistChapter*> chapterOf;
    QHash<const ChecklistItem*, const ChecklistSection*> sectionOf;
    for (const ChecklistChapter& chapter : against.chapters)
        for (const ChecklistSection& section : chapter.sections)
            for (const ChecklistItem& item : section.items) {
                if (!options.compareDocument.isEmpty() && !item.document.isEmpty() &&
                    item.document != options.compareDocument)
                    continue;
                shipped << &item;
                shippedTexts << item.source;
                shippedHeadings << headingOf(chapter, section);
                chapterOf.insert(&item, &chapter);
                sectionOf.insert(&item, &section);
            }
    const TextSimilarity texts(shippedTexts);
    const TextSimilarity headings(shippedHeadings);

    Derivation derivation;
    Checklist& draft = derivation.checklist;
    draft.id = options.id;
    draft.version = 1;
    draft.kind = against.kind.isEmpty() ? u"standards"_s : against.kind;
    const QString documentId = options.documentId.isEmpty() ? options.id : options.documentId;
    const QString documentTitle = !options.documentTitle.isEmpty() ? options.documentTitle
                                  : !tree.title().isEmpty()        ? tree.title()
                                                                   : options.id;
    QString layer = options.layer;
    if (layer.isEmpty())
        layer = against.documents.isEmpty() ? u"standards"_s : against.documents.first().layer;
    draft.documents << SourceDocument{documentId, documentTitle, layer};
    draft.title = {documentTitle % u" チェックリスト（案）"_s, u"Draft checklist: "_s % documentTitle};

    const QList<Clause>& clauses = tree.clauses();
    QSet<const ChecklistItem*> matched;
    QHash<int, int> chapterIndex;                 // top clause -> chapter
    QHash<int, std::pair<int, int>> sectionIndex; // clause at depth 1 (or top) -> chapter, section
    QHash<int, QHash<const ChecklistChapter*, int>> chapterVotes;
    QHash<std::pair<int, int>, QHash<const ChecklistSection*, int>> sectionVotes;
    int n = 0;
    for (const Obligation& obligation : obligations) {
        // A lead-in is asked through its items, unless it is an item itself (「(3) …次の3段階の対策を講じる。」 in a
        // list): then it is one of its own list's duties, as every item is.
        if (!ObligationFinder::isCheckable(obligation.kind) || (obligation.leadIn && obligation.itemText.isEmpty()))
            continue;
        DraftItem draftItem;
        draftItem.kind = obligation.kind;
        draftItem.subject = obligation.subject;
        draftItem.headingPath = obligation.headingPath;
        draftItem.itemText = obligation.itemText;
        ChecklistItem& item = draftItem.item;
        item.id = options.id % u'-' % QString::number(++n).rightJustified(3, u'0');
        item.ref = obligation.ref.isEmpty() ? u"-"_s : obligation.ref;
        item.source = boundedQuote(obligation.quote, obligation.sentence);

        int best = -1;
        double bestScore = 0;
        if (!shipped.isEmpty()) {
            const QList<double> textScores = texts.scores(item.source);
            // A list item is also compared without its lead-in: a checklist may quote the item alone.
            const QList<double> itemScores =
                obligation.itemText.isEmpty() ? QList<double>() : texts.scores(obligation.itemText);
            const QList<double> headingScores = headings.scores(obligation.headingPath.join(u' '));
            for (int i = 0; i < shipped.size(); ++i) {
                const double text = itemScores.isEmpty() ? textScores[i] : std::max(textScores[i], itemScores[i]);
                const double score = (1.0 - HeadingWeight) * text + HeadingWeight * headingScores[i];
                // Of two items alike (the same sentence under two clauses), the one whose reference agrees wins.
                const bool agrees = shipped[i]->ref == item.ref;
                const bool bestAgrees = best >= 0 && shipped[best]->ref == item.ref;
                const bool better =
                    std::abs(score - bestScore) <= TieMargin && agrees != bestAgrees ? agrees : score > bestScore;
                if (better) {
                    bestScore = score;
                    best = i;
                }
            }
        }
        if (best >= 0) {
            draftItem.matchedId = shipped[best]->id;
            draftItem.score = bestScore;
        }
        if (best >= 0 && bestScore >= MatchThreshold) {
            const ChecklistItem& model = *shipped[best];
            item.question = model.question;
            item.roles = model.roles;
            item.level = model.level;
            item.evidence = model.evidence;
            item.priority = model.priority;
            matched.insert(shipped[best]);
        } else {
            draftItem.isNew = true;
            item.question = {questionFor(obligation),
                             u"Is clause "_s % item.ref % u" of the policy carried out as it is written?"_s};
            item.roles = obligation.roles.isEmpty() ? QStringList{u"chief_security_manager"_s} : obligation.roles;
            item.level = guessLevel(item.roles);
            item.evidence = {{u"規程"_s, u"Rules and procedures"_s}, {u"記録"_s, u"Records"_s}};
            if (item.roles.contains(u"staff"_s))
                item.evidence << LocalizedText{u"ヒアリング"_s, u"Interviews"_s};
        }

        // Its place: the chapter of the clause's top ancestor, the section of the clause below it.
        int top = obligation.clause;
        int second = obligation.clause;
        while (top >= 0 && clauses[top].parent >= 0) {
            second = top;
            top = clauses[top].parent;
        }
        if (!chapterIndex.contains(top)) {
            const Clause& clause = clauses[top];
            ChecklistChapter chapter;
            chapter.number = clause.ref.isEmpty() ? QString::number(draft.chapters.size() + 1) : clause.ref;
            chapter.title.ja = clause.title.isEmpty() ? chapter.number : clause.title;
            chapter.title.en = u"Chapter "_s % chapter.number;
            chapterIndex.insert(top, static_cast<int>(draft.chapters.size()));
            draft.chapters << chapter;
        }
        const int c = chapterIndex.value(top);
        if (!sectionIndex.contains(second)) {
            const Clause& clause = clauses[second];
            ChecklistSection section;
            section.number = clause.ref.isEmpty() ? draft.chapters[c].number : clause.ref;
            section.title.ja = clause.title.isEmpty() ? section.number : clause.title;
            section.title.en = u"Clause "_s % section.number;
            sectionIndex.insert(second, {c, static_cast<int>(draft.chapters[c].sections.size())});
            draft.chapters[c].sections << section;
        }
        const auto [chapter, section] = sectionIndex.value(second);
        draft.chapters[chapter].sections[section].items << item;
        if (!draftItem.isNew) {
            ++chapterVotes[chapter][chapterOf.value(shipped[best])];
            ++sectionVotes[{chapter, section}][sectionOf.value(shipped[best])];
        }
        derivation.items << draftItem;
    }
    // A chapter takes the English title of the shipped chapter most of its items matched; a section that of the
    // shipped section its items matched most when the two bear the same Japanese title.
    for (auto it = chapterVotes.cbegin(); it != chapterVotes.cend(); ++it)
        if (const ChecklistChapter* best = mostVoted(it.value()); best && !best->title.en.isEmpty())
            draft.chapters[it.key()].title.en = best->title.en;
    for (auto it = sectionVotes.cbegin(); it != sectionVotes.cend(); ++it) {
        ChecklistSection& section = draft.chapters[it.key().first].sections[it.key().second];
        const ChecklistSection* best = mostVoted(it.value());
        if (best && !best->title.en.isEmpty() &&
            TextSimilarity::normalise(best->title.ja) == TextSimilarity::normalise(section.title.ja))
            section.title.en = best->title.en;
    }
    for (const ChecklistItem* item : shipped)
        if (!matched.contains(item))
            derivation.missing << *item;
    return derivation;
}

Derivation ChecklistDerivation::deriveFromFile(const QString& path, const Checklist& against, const Options& options)
{
    const QStringList lines = PolicyText::clean(PolicyReader::readFile(path));
    ClauseTree::Options treeOptions;
    for (const ChecklistChapter& chapter : against.chapters) {
        treeOptions.chapterTitles << chapter.title.ja;
        for (const ChecklistSection& section : chapter.sections)
            treeOptions.headingTitles << section.title.ja;
    }
    const ClauseTree tree = ClauseTree::parse(lines, treeOptions);
    const QList<Obligation> obligations = ObligationFinder::find(tree);
    if (std::none_of(obligations.cbegin(), obligations.cend(),
                     [](const Obligation& o) { return ObligationFinder::isCheckable(o.kind); }))
        throw Error(tr("%1 holds no sentence that states a duty, a prohibition or a rule: it is not a policy Kansa "
                       "can draft a checklist from.")
                        .arg(path));
    return derive(tree, obligations, against, options);
}

Checklist ChecklistDerivation::loadChecklist(const QString& idOrPath)
{
    QStringList files;
    if (QFileInfo::exists(idOrPath))
        files << idOrPath;
    else
        files = ChecklistReader::shippedFiles();
    for (const QString& file : files) {
        const ChecklistReader::Result read = ChecklistReader::readFile(file);
        if (files.size() > 1 && read.checklist.id != idOrPath)
            continue;
        if (!read.ok())
            throw Error(tr("The checklist %1 is not valid: %2").arg(idOrPath, read.problems.first().toString()));
        return read.checklist;
    }
    throw Error(tr("There is no checklist %1: give the id of a shipped checklist or the path of a checklist file.")
                    .arg(idOrPath));
}

QByteArray ChecklistDerivation::matchesCsv(const Derivation& derivation)
{
    const auto field = [](const QString& value) -> QString {
        QString quoted = value;
        quoted.replace(u'"', u"\"\""_s);
        return u'"' % quoted % u'"';
    };
    QString csv = u"id,ref,kind,subject,matched_id,score,status,source\n"_s;
    for (const DraftItem& item : derivation.items) {
        const QString status = item.isNew ? u"new"_s : u"matched"_s;
        csv += field(item.item.id) % u',' % field(item.item.ref) % u',' % ObligationFinder::kindKey(item.kind) % u',' %
               field(item.subject) % u',' % field(item.matchedId) % u',' % QString::number(item.score, 'f', 3) % u',' %
               status % u',' % field(item.item.source) % u'\n';
    }
    // MICモデルにあり、貴団体のポリシーにない項目: the items of the compared checklist nothing matched.
    for (const ChecklistItem& item : derivation.missing)
        csv += u",,,,"_s % field(item.id) % u",,missing,"_s % field(item.source) % u'\n';
    return csv.toUtf8();
}

} // namespace kansa
