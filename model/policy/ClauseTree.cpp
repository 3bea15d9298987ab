#include "policy/ClauseTree.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

using Type = Clause::Type;

struct Marker
{
    Type type = Type::Preamble;
    QString marker; // as written
    QString number; // for the reference
    QString title;  // a heading written with the marker: 第1条（目的）
    QString rest;   // the text after the marker
};

const QString KanjiDigits = u"〇一二三四五六七八九"_s;

// Full-width digits, parentheses and dots to their ASCII forms; the circled digits stay as written.
QString halfWidth(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out += QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF08)
            out += u'(';
        else if (u == 0xFF09)
            out += u')';
        else if (u == 0xFF0E)
            out += u'.';
        else if (u == 0xFF0D || u == 0x2010 || u == 0x2212)
            out += u'-';
        else
            out += c;
    }
    return out;
}

// Display width of a line: a full-width character counts twice.
int displayWidth(const QString& line)
{
    int width = 0;
    for (const QChar c : line)
        width += c.unicode() < 0x80 ? 1 : 2;
    return width;
}

bool hasSentenceEnd(const QString& text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'（' || c == u'(' || c == u'「' || c == u'『')
            ++depth;
        else if ((c == u'）' || c == u')' || c == u'」' || c == u'』') && depth > 0)
            --depth;
        else if (c == u'。' && depth == 0)
            return true;
    }
    return false;
}

bool endsSentence(const QString& line)
{
    QString t = line.trimmed();
    while (!t.isEmpty() && (t.back() == u'）' || t.back() == u')' || t.back() == u'」'))
        t.chop(1);
    return t.endsWith(u'。');
}

int unclosed(const QString& text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'（' || c == u'(')
            ++depth;
        else if ((c == u'）' || c == u')') && depth > 0)
            --depth;
    }
    return depth;
}

// Appends a line to a paragraph in place (a long clause is not copied for each of its lines).
void append(QString& text, const QString& line)
{
    const QString next = line.trimmed();
    if (next.isEmpty())
        return;
    // Words of Latin script broken over two lines keep a space between them; Japanese has none.
    if (!text.isEmpty() && text.back().unicode() < 0x80 && next.front().unicode() < 0x80 &&
        text.back().isLetterOrNumber() && next.front().isLetterOrNumber())
        text += u' ';
    text += next;
}

QString join(QString text, const QString& line)
{
    append(text, line);
    return text;
}

Marker recognise(const QString& line, bool inArticle)
{
    static const QString digits = u"[0-9０-９]{1,3}"_s;
    static const QString kanji = u"[0-9０-９〇一二三四五六七八九十百千]+"_s;
    static const QRegularExpression chapter(u"^(第[\\s　]*("_s % kanji % u")[\\s　]*(章|節|款))[\\s　]*(.*)$"_s);
    static const QRegularExpression article(
        u"^(第[\\s　]*("_s % kanji % u")[\\s　]*条(?:の("_s % kanji %
        u"))?)(?:[\\s　]*[（(]([^）)]{1,40})[）)])?(?=[\\s　（(]|$)[\\s　]*(.*)$"_s);
    static const QRegularExpression hierarchical(
        u"^([0-9０-９]{1,2}(?:[-－‐−.．][0-9０-９]{1,2}){1,3})[\\s　]+(\\S.*)$"_s);
    static const QRegularExpression number(u"^([0-9０-９]{1,2})([.．、][\\s　]*|[\\s　]+)(\\S.*)$"_s);
    static const QRegularExpression parenNumber(u"^([（(]("_s % digits % u")[）)]|([⑴-⒇]))([\\s　]*)(.*)$"_s);
    static const QRegularExpression circled(u"^([①-⑳㉑-㉟㊱-㊿])([\\s　]*)(.*)$"_s);
    static const QRegularExpression parenKana(u"^([（(]([ア-ンｱ-ﾝ])[）)])([\\s　]*)(.*)$"_s);
    static const QRegularExpression kana(
        u"^([アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン])"
        u"([\\s　]+|[.．、])(\\S.*)$"_s);
    static const QRegularExpression articleItem(u"^([一二三四五六七八九十]+)([\\s　]+)(\\S.*)$"_s);
    // ・ and its like; not ○, □ or ◇, which open a title in 例規集 (「○小美玉市情報セキュリティ基本方針」).
    static const QRegularExpression bullet(u"^([・●◦▪])([\\s　]*)(\\S.*)$"_s);

    static const QRegularExpression supplement(u"^(附[\\s　]*則)[\\s　]*(.*)$"_s);

    Marker m;
    QRegularExpressionMatch match;
    if ((match = supplement.match(line)).hasMatch()) {
        m.type = Type::Supplement;
        m.marker = match.captured(1);
        m.number = u"附則"_s;
        m.title = match.captured(2).trimmed();
        return m;
    }
    if ((match = chapter.match(line)).hasMatch()) {
        const QString unit = match.captured(3);
        m.type = unit == u"章" ? Type::Chapter : unit == u"節" ? Type::Section : Type::Subsection;
        m.marker = match.captured(1);
        m.number = QString::number(ClauseTree::parseNumber(match.captured(2)));
        m.title = match.captured(4).trimmed();
        return m;
    }
    if ((match = article.match(line)).hasMatch()) {
        m.type = Type::Article;
        m.marker = match.captured(1);
        m.number = u"第"_s % QString::number(ClauseTree::parseNumber(match.captured(2))) % u"条"_s;
        if (!match.captured(3).isEmpty())
            m.number += u"の"_s % QString::number(ClauseTree::parseNumber(match.captured(3)));
        m.title = match.captured(4).trimmed();
        m.rest = match.captured(5);
        return m;
    }
    if ((match = hierarchical.match(line)).hasMatch()) {
        m.type = Type::Hierarchical;
        m.marker = match.captured(1);
        m.number = halfWidth(match.captured(1));
        m.number.replace(u'－', u'-');
        m.rest = match.captured(2);
        return m;
    }
    if ((match = number.match(line)).hasMatch()) {
        m.type = inArticle && !match.captured(2).trimmed().size() ? Type::Paragraph : Type::Number;
        m.marker = match.captured(1) + match.captured(2).trimmed();
        const int n = ClauseTree::parseNumber(match.captured(1));
        m.number = m.type == Type::Paragraph ? u"第"_s % QString::number(n) % u"項"_s : halfWidth(m.marker);
        m.rest = match.captured(3);
        return m;
    }
    if ((match = parenNumber.match(line)).hasMatch()) {
        m.type = Type::ParenNumber;
        m.marker = match.captured(1);
        const int n = match.captured(2).isEmpty() ? match.captured(3).at(0).unicode() - 0x2474 + 1
                                                  : ClauseTree::parseNumber(match.captured(2));
        m.number = u'(' % QString::number(n) % u')';
        m.rest = match.captured(5);
        return m;
    }
    if ((match = circled.match(line)).hasMatch()) {
        m.type = Type::Circled;
        m.marker = m.number = match.captured(1);
        m.rest = match.captured(3);
        return m;
    }
    if ((match = parenKana.match(line)).hasMatch()) {
        m.type = Type::ParenKana;
        m.marker = match.captured(1);
        m.number = u'(' % match.captured(2) % u')';
        m.rest = match.captured(4);
        return m;
    }
    if (inArticle && (match = articleItem.match(line)).hasMatch()) {
        m.type = Type::ArticleItem;
        m.marker = match.captured(1);
        m.number = u"第"_s % QString::number(ClauseTree::parseNumber(match.captured(1))) % u"号"_s;
        m.rest = match.captured(3);
        return m;
    }
    if ((match = kana.match(line)).hasMatch()) {
        m.type = Type::Kana;
        m.marker = m.number = match.captured(1);
        m.rest = match.captured(3);
        return m;
    }
    if ((match = bullet.match(line)).hasMatch()) {
        m.type = Type::Bullet;
        m.marker = match.captured(1);
        m.rest = match.captured(3);
        return m;
    }
    return m;
}

bool isMarkerLine(const QString& line, bool inArticle)
{
    return recognise(line.trimmed(), inArticle).type != Type::Preamble;
}

// A heading in parentheses on a line of its own: （管理区域の構造等）, (目的). Not a marker: (1), (ア).
bool isParenHeading(const QString& line)
{
    static const QRegularExpression heading(u"^[（(]([^）)]{2,40})[）)]$"_s);
    const QRegularExpressionMatch match = heading.match(line);
    return match.hasMatch() && ClauseTree::parseNumber(match.captured(1)) < 0;
}

// The rank of a kind of clause whose place is fixed (章 above 節 above 款 above 条); -1: an outline level,
// placed by the order in which the policy nests its markers.
int fixedRank(const Clause& clause)
{
    switch (clause.type) {
    case Type::Chapter:
    case Type::Supplement:
        return 0;
    case Type::Section:
        return 1;
    case Type::Subsection:
        return 2;
    case Type::Hierarchical:
        return static_cast<int>(clause.number.count(u'-') + clause.number.count(u'.'));
    case Type::Article:
        return 4;
    default:
        return -1;
    }
}

QString normalisedTitle(const QString& title)
{
    QString out;
    for (const QChar c : halfWidth(title))
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace

QStringList ClauseTree::sentences(const QString& text)
{
    // At 。 outside brackets: 「（以下「CISO」という。）」 is part of its sentence.
    QStringList out;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        current += c;
        if (c == u'（' || c == u'(' || c == u'「' || c == u'『')
            ++depth;
        else if ((c == u'）' || c == u')' || c == u'」' || c == u'』') && depth > 0)
            --depth;
        else if (c == u'。' && depth == 0) {
            out << current.trimmed();
            current.clear();
        }
    }
    // A closing bracket after the last 。 belongs to the sentence before it.
    if (!current.trimmed().isEmpty()) {
        if (!out.isEmpty() && current.trimmed().size() <= 2 && !current.trimmed().front().isLetterOrNumber())
            out.last() += current.trimmed();
        else
            out << current.trimmed();
    }
    return out;
}

bool ClauseTree::isLeadIn(const QString& text)
{
    static const QRegularExpression leadIn(u"(次の|次に掲げる|以下の|以下を|以下に掲げる|下記の|次のとおり)"_s);
    // The last sentence that ends: a table after a lead-in (「次のとおり分類し、…ものとする。」 and the table's
    // cells) leaves text without 。 after it.
    QStringList all = sentences(text);
    while (!all.isEmpty() && !all.last().endsWith(u'。'))
        all.removeLast();
    return !all.isEmpty() && leadIn.match(all.last()).hasMatch();
}

int ClauseTree::parseNumber(const QString& digits)
{
    const QString text = halfWidth(digits).trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic;
    // Kanji numerals: 十二 = 12, 二十一 = 21, 百五 = 105.
    int total = 0;
    int current = 0;
    for (const QChar c : text) {
        const qsizetype digit = KanjiDigits.indexOf(c);
        if (digit >= 0) {
            current = current * 10 + static_cast<int>(digit);
            continue;
        }
        const int unit = c == u'十' ? 10 : c == u'百' ? 100 : c == u'千' ? 1000 : 0;
        if (unit == 0)
            return -1;
        total += (current == 0 ? 1 : current) * unit;
        current = 0;
    }
    return total + current;
}

ClauseTree ClauseTree::parse(const QStringList& input, const Options& options)
{
    ClauseTree tree;
    QStringList lines;
    for (const QString& line : input)
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    if (lines.isEmpty())
        return tree;

    // The width of a full line of the page: a shorter line without a sentence end ends its paragraph.
    QList<int> widths;
    for (const QString& line : lines)
        widths << displayWidth(line);
    std::sort(widths.begin(), widths.end());
    const int fullWidth = widths[widths.size() * 4 / 5];
    const auto isShort = [&](const QString& line) { return displayWidth(line) < fullWidth * 4 / 5; };

    QSet<QString> chapterTitles;
    for (const QString& title : options.chapterTitles)
        chapterTitles.insert(normalisedTitle(title));
    QSet<QString> knownTitles = chapterTitles;
    for (const QString& title : options.headingTitles)
        knownTitles.insert(normalisedTitle(title));

    QList<int> stack;
    QList<QString> lineTexts; // per clause: the paragraph of its marker line
    QList<QString> bodies;    // per clause: the text after it
    QList<bool> lineOpen;     // the marker line's paragraph continues on the next line
    QString lastLine;
    int chapterNumber = 0;
    int sectionNumber = 0;
    QString pendingTitle;
    bool lastWasHeading = false;

    const auto inArticle = [&] {
        return std::any_of(stack.cbegin(), stack.cend(),
                           [&](int i) { return tree.m_clauses[i].type == Type::Article; });
    };
    // A heading stands before a clause of the structure; a bullet (・) may be a table's cell.
    const auto opensClause = [&](qsizetype i) {
        if (i >= lines.size())
            return false;
        const Type type = recognise(lines[i], inArticle()).type;
        return type != Type::Preamble && type != Type::Bullet;
    };
    const auto open = [&](Clause clause, const QString& lineText) {
        const int rank = fixedRank(clause);
        if (rank >= 0) {
            // 2-4-1 stays inside the outline's 2 (「2 組織体制」) that it numbers.
            const QString outline = clause.type == Type::Hierarchical
                                        ? clause.number.section(QRegularExpression(u"[-.]"_s), 0, 0)
                                        : QString();
            while (!stack.isEmpty()) {
                const Clause& enclosing = tree.m_clauses[stack.last()];
                const int top = fixedRank(enclosing);
                if (top >= 0 && top < rank)
                    break;
                if (!outline.isEmpty() && enclosing.type == Type::Number &&
                    halfWidth(enclosing.marker).remove(QRegularExpression(u"\\D"_s)) == outline)
                    break;
                stack.removeLast();
            }
        } else if (clause.type == Type::Number) {
            // The outline's top level (1, 2, …): a sibling of the open one wherever the text is.
            for (qsizetype i = stack.size() - 1; i >= 0; --i)
                if (tree.m_clauses[stack[i]].type == Type::Number) {
                    stack.resize(i);
                    break;
                }
        } else if (clause.type == Type::Paragraph) {
            while (!stack.isEmpty() && tree.m_clauses[stack.last()].type != Type::Article)
                stack.removeLast();
        } else if (clause.type == Type::ArticleItem) {
            while (!stack.isEmpty() && tree.m_clauses[stack.last()].type != Type::Article &&
                   tree.m_clauses[stack.last()].type != Type::Paragraph)
                stack.removeLast();
        } else {
            // The same kind of marker as an open one: a sibling of it.
            for (qsizetype i = stack.size() - 1; i >= 0; --i) {
                const Clause& enclosing = tree.m_clauses[stack[i]];
                if (fixedRank(enclosing) >= 0)
                    break;
                if (enclosing.type == clause.type) {
                    stack.resize(i);
                    break;
                }
            }
        }
        clause.parent = stack.isEmpty() ? -1 : stack.last();
        clause.depth = static_cast<int>(stack.size());
        const int index = static_cast<int>(tree.m_clauses.size());
        if (clause.parent >= 0)
            tree.m_clauses[clause.parent].children << index;
        tree.m_clauses << clause;
        lineTexts << lineText;
        bodies << QString();
        lineOpen << !lineText.isEmpty();
        stack << index;
        return index;
    };

    // A line without a marker or a sentence end, between the end of a sentence and a marker: a heading whose
    // number printing lost (「 物理的セキュリティ 」「 サーバ等の管理 」).
    const auto headingAt = [&](qsizetype i, QString* title) -> qsizetype {
        QString text = lines[i];
        qsizetype last = i;
        if (isMarkerLine(text, false) || isParenHeading(text) || hasSentenceEnd(text) || text.endsWith(u'、'))
            return -1;
        if (unclosed(text) > 0 && i + 1 < lines.size()) {
            text = join(text, lines[i + 1]);
            last = i + 1;
        } else if (!isShort(text)) {
            return -1;
        }
        if (hasSentenceEnd(text) || unclosed(text) > 0)
            return -1;
        *title = text;
        return last;
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (i == 0 && !hasSentenceEnd(line) && !isMarkerLine(line, false)) {
            tree.m_title = line;
            lastLine = line;
            lastWasHeading = true;
            continue;
        }
        if (isParenHeading(line) && i + 1 < lines.size() && isMarkerLine(lines[i + 1], inArticle())) {
            pendingTitle = line.mid(1, line.size() - 2).trimmed();
            lastLine = line;
            continue;
        }
        const Marker marker = recognise(line, inArticle());
        if (marker.type != Type::Preamble) {
            Clause clause;
            clause.type = marker.type;
            clause.marker = marker.marker;
            clause.number = marker.number;
            clause.title = !marker.title.isEmpty() ? marker.title : pendingTitle;
            if (marker.type == Type::Chapter && marker.marker.startsWith(u'第')) {
                chapterNumber = marker.number.toInt();
                sectionNumber = 0;
                clause.number.clear();
            } else if (marker.type == Type::Section || marker.type == Type::Subsection) {
                clause.number.clear();
            }
            pendingTitle.clear();
            const int index = open(clause, marker.rest);
            // The space after the marker as written (「２　」「(1) 」): the quote keeps it.
            if (marker.type != Type::Article && !marker.rest.isEmpty()) {
                const QString before = line.left(line.size() - marker.rest.size());
                if (before.startsWith(marker.marker))
                    tree.m_clauses[index].marker = before;
            }
            lastLine = marker.rest.isEmpty() ? line : marker.rest;
            lastWasHeading = !hasSentenceEnd(marker.rest) && isShort(line);
            continue;
        }
        // A heading without a number, after a sentence end or another heading, before a marker.
        const bool afterEnd = lastLine.isEmpty() || endsSentence(lastLine) || lastWasHeading;
        QString title;
        qsizetype last = headingAt(i, &title);
        const bool known = last >= 0 && knownTitles.contains(normalisedTitle(title));
        if (!afterEnd && !known)
            last = -1;
        if (last >= 0 && last + 1 < lines.size()) {
            QString secondTitle;
            const bool nextIsMarker = opensClause(last + 1);
            const qsizetype secondLast = nextIsMarker ? -1 : headingAt(last + 1, &secondTitle);
            const bool secondKnown = secondLast >= 0 && knownTitles.contains(normalisedTitle(secondTitle));
            const bool pair = secondLast >= 0 && (opensClause(secondLast + 1) || secondKnown);
            if (nextIsMarker || pair || known) {
                const bool chapter =
                    pair || chapterNumber == 0 || sectionNumber == 0 || chapterTitles.contains(normalisedTitle(title));
                Clause heading;
                heading.type = chapter ? Type::Chapter : Type::Section;
                if (chapter) {
                    heading.number = QString::number(++chapterNumber);
                    sectionNumber = 0;
                } else {
                    heading.number = QString::number(chapterNumber) % u'.' % QString::number(++sectionNumber);
                }
                heading.title = title;
                open(heading, {});
                i = last;
                if (pair) {
                    Clause section;
                    section.type = Type::Section;
                    section.number = QString::number(chapterNumber) % u'.' % QString::number(++sectionNumber);
                    section.title = secondTitle;
                    open(section, {});
                    i = secondLast;
                }
                lastLine = title;
                lastWasHeading = true;
                continue;
            }
        }
        // Text: the marker line's paragraph goes on while its lines are full and no sentence has ended.
        lastWasHeading = false;
        if (stack.isEmpty()) {
            // Text before the first clause: the preamble (前文), never a parent.
            if (tree.m_clauses.isEmpty()) {
                Clause preamble;
                preamble.type = Type::Preamble;
                preamble.number = u"前文"_s;
                open(preamble, {});
                stack.clear();
            }
            append(bodies.first(), line);
            lastLine = line;
            continue;
        }
        const int current = stack.last();
        if (lineOpen[current]) {
            if (endsSentence(lastLine) || isShort(lastLine))
                lineOpen[current] = false;
        }
        if (lineOpen[current])
            append(lineTexts[current], line);
        else
            append(bodies[current], line);
        lastLine = line;
    }

    // Titles and texts: a marker line without a sentence is the clause's heading, unless the clause is an item
    // of a list (次の事項, 以下の各号) that reads as the lead-in's continuation.
    for (int i = 0; i < tree.m_clauses.size(); ++i) {
        Clause& clause = tree.m_clauses[i];
        const QString& lineText = lineTexts[i];
        const bool listItem = clause.parent >= 0 && isLeadIn(tree.m_clauses[clause.parent].text);
        if (clause.type == Type::Article || hasSentenceEnd(lineText) || listItem) {
            clause.text = join(lineText, bodies[i]);
            clause.textOnMarkerLine = !lineText.isEmpty();
        } else {
            if (!lineText.isEmpty())
                clause.title = lineText;
            clause.text = bodies[i];
        }
    }
    // References and heading paths, from the root down.
    for (Clause& clause : tree.m_clauses) {
        QString ref;
        QStringList path;
        if (clause.parent >= 0) {
            const Clause& parent = tree.m_clauses[clause.parent];
            ref = parent.ref;
            path = parent.headingPath;
        }
        switch (clause.type) {
        case Type::Chapter:
            // 第1章 is not part of an article's reference; a chapter whose number was lost is.
            ref = clause.marker.startsWith(u'第') ? QString() : clause.number;
            break;
        case Type::Section:
        case Type::Hierarchical:
        case Type::Article:
        case Type::Preamble:
        case Type::Supplement:
            // Each names its place whole: 「4.2」「2-4-1」「第12条」.
            if (!clause.number.isEmpty())
                ref = clause.number;
            break;
        default:
            ref += clause.number;
        }
        clause.ref = ref;
        if (!clause.title.isEmpty())
            path << clause.title;
        clause.headingPath = path;
    }
    return tree;
}

} // namespace kansa
