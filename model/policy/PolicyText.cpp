#include "policy/PolicyText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// A running header or footer stands in the first or last lines of a page.
constexpr int PageEdgeLines = 2;

QString stripMarkup(QString line)
{
    // A markdown bullet before the policy's own marker (「- (1) ネットワーク」) and markdown links (「[第6条](#)」).
    static const QRegularExpression bullet(u"^\\s*[-*+]\\s+"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    line.remove(bullet);
    line.replace(link, u"\\1"_s);
    while (!line.isEmpty() && line.back().isSpace())
        line.chop(1);
    return line;
}

// The same header on every page, whatever its page number: digits do not count.
QString edgeKey(const QString& line)
{
    QString key;
    for (const QChar c : line)
        if (!c.isSpace())
            key += c.isDigit() ? u'#' : c;
    return key;
}

} // namespace

bool PolicyText::isPageNumber(const QString& line)
{
    static const QRegularExpression number(
        u"^\\s*(?:[-－―–—]\\s*)?(?:p\\.?\\s*|page\\s*)?[0-9０-９]{1,4}(?:\\s*[/／]\\s*[0-9０-９]{1,4})?"
        u"(?:\\s*[-－―–—])?(?:\\s*(?:ページ|頁))?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return number.match(line).hasMatch();
}

QStringList PolicyText::clean(const PolicyDocument& document)
{
    // Pages: as the file has them, or, in a text of one page, as its page numbers end them.
    QList<QStringList> pages;
    for (const QStringList& page : document.pages) {
        QStringList current;
        for (const QString& raw : page) {
            if (isPageNumber(raw)) {
                pages << current;
                current.clear();
                continue;
            }
            const QString line = stripMarkup(raw);
            if (!line.trimmed().isEmpty())
                current << line;
        }
        pages << current;
    }
    // Running headers and footers: a line at the edge of at least three pages and of 40% of them.
    QHash<QString, int> edgeCount;
    for (const QStringList& page : pages) {
        QSet<QString> keys;
        for (int i = 0; i < page.size(); ++i)
            if (i < PageEdgeLines || i >= page.size() - PageEdgeLines)
                keys.insert(edgeKey(page[i]));
        for (const QString& key : keys)
            ++edgeCount[key];
    }
    const int needed = std::max(3, static_cast<int>(pages.size() * 2 / 5));
    QStringList lines;
    for (const QStringList& page : pages) {
        for (int i = 0; i < page.size(); ++i) {
            // The document's first line is its title, even where every page repeats it as the header.
            const bool atEdge = (i < PageEdgeLines || i >= page.size() - PageEdgeLines) && !lines.isEmpty();
            // Short lines only: a repeated sentence of the policy is not a header.
            if (atEdge && page[i].size() <= 60 && edgeCount.value(edgeKey(page[i])) >= needed)
                continue;
            lines << page[i];
        }
    }
    return lines;
}

} // namespace kansa
