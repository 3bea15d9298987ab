#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

// One clause of a policy: a chapter, section, article, paragraph, item or outline entry, with its reference as
// the policy writes it (「4.2(1)②」「第5条第2項第3号」) and the headings above it.
struct Clause
{
    enum class Type
    {
        Chapter,      // 第1章, or a heading without a number that opens a chapter
        Section,      // 第1節, or a heading without a number inside a chapter
        Subsection,   // 第1款
        Hierarchical, // 2-4-1
        Article,      // 第12条
        Paragraph,    // 2 (項 of an article)
        ArticleItem,  // 一 (号 of an article)
        Number,       // 1 / 1.
        ParenNumber,  // (1) （１） ⑴
        Circled,      // ①
        ParenKana,    // (ア) （ア）
        Kana,         // ア
        Bullet,       // ・
        Preamble,     // text before the first clause
        Supplement,   // 附則: when the policy takes effect, no rule of its own
    };

    Type type = Type::Preamble;
    QString marker; // as written: 「②」「（ア）」「第十二条」, empty for a heading without a number
    QString number; // the reference's part: 「②」「(ア)」「第12条」「4.2」
    QString ref;    // the whole reference
    QString title;  // its heading: a marker line without a sentence, （管理区域の構造等） before an article
    QString text;   // its own text (without marker and title), line breaks removed
    bool textOnMarkerLine = false; // the text begins on the marker's line: a quote of it starts with the marker
    int parent = -1;
    int depth = 0;
    QStringList headingPath; // the titles above it and its own
    QList<int> children;
};

// Reads the clause structure of a policy from its cleaned lines (PolicyText): articles under 章/節/款 with 項
// and 号, outlines (1 / (1) / ① / (ア) / ア / ・) in the order the policy nests them, hierarchical numbers
// (2-4-1), full-width digits and kanji numerals, parenthesised headings attached to the following article,
// and, where printing lost the numbers, headings without a number numbered as chapters and sections.
class ClauseTree final
{
public:
    struct Options
    {
        // Titles known to open a chapter (from the checklist the policy is compared with): a heading without a
        // number that bears one of them is a chapter, not a section of the chapter before it.
        QStringList chapterTitles;
        // Titles known to be headings (the chapters and sections of that checklist): a line that bears one is a
        // heading even where the text around it does not show it (after a list item without 。).
        QStringList headingTitles;
    };

    static ClauseTree parse(const QStringList& lines, const Options& options);
    static ClauseTree parse(const QStringList& lines) { return parse(lines, Options{}); }

    const QList<Clause>& clauses() const { return m_clauses; }
    QString title() const { return m_title; } // the document's own title, its first line

    // The sentences of a clause's text, split at 。 outside brackets, each with its 。.
    static QStringList sentences(const QString& text);
    // Whether the last sentence of a text opens a list: 次の事項, 以下の各号, 次に掲げる事項, 次のとおり.
    static bool isLeadIn(const QString& text);
    // 「十二」 -> 12, 「１２」 -> 12; -1 when it is no number.
    static int parseNumber(const QString& digits);

private:
    QList<Clause> m_clauses;
    QString m_title;
};

} // namespace kansa
