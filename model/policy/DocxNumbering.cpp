#include "policy/DocxNumbering.h"

#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr int MaxLevels = 9; // Word's levels 0–8

} // namespace

DocxNumbering DocxNumbering::read(const QByteArray& bytes, QString* error, qint64* line)
{
    DocxNumbering numbering;
    QXmlStreamReader xml(bytes);
    QString abstractId;
    QString numId;
    int level = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        const QString value = xml.attributes().value(u"w:val"_s).toString();
        if (name == u"abstractNum") {
            abstractId = xml.attributes().value(u"w:abstractNumId"_s).toString();
            numId.clear();
            numbering.m_abstract[abstractId].resize(MaxLevels);
        } else if (name == u"num") {
            numId = xml.attributes().value(u"w:numId"_s).toString();
            abstractId.clear();
        } else if (name == u"abstractNumId" && !numId.isEmpty()) {
            numbering.m_lists.insert(numId, value);
        } else if (name == u"lvl" && !abstractId.isEmpty()) {
            level = xml.attributes().value(u"w:ilvl"_s).toInt();
            if (level < 0 || level >= MaxLevels)
                level = -1;
        } else if (level >= 0 && !abstractId.isEmpty()) {
            Level& current = numbering.m_abstract[abstractId][level];
            if (name == u"numFmt")
                current.format = value;
            else if (name == u"lvlText")
                current.text = value;
            else if (name == u"start")
                current.start = std::clamp(value.toInt(), 0, 100000);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        *line = xml.lineNumber();
        return {};
    }
    return numbering;
}

QString DocxNumbering::render(int number, const QString& format)
{
    static const QString circled = u"①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"_s;
    static const QString paren = u"⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"_s;
    static const QString aiueo =
        u"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"_s;
    static const QString iroha =
        u"イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"_s;
    static const QString kanji = u"〇一二三四五六七八九"_s;
    const auto from = [&](const QString& set) {
        return number >= 1 && number <= set.size() ? QString(set.at(number - 1)) : QString::number(number);
    };
    if (format == u"decimalEnclosedCircle" || format == u"decimalEnclosedCircleChinese")
        return from(circled);
    if (format == u"decimalEnclosedParen")
        return from(paren);
    if (format == u"aiueo" || format == u"aiueoFullWidth")
        return from(aiueo);
    if (format == u"iroha" || format == u"irohaFullWidth")
        return from(iroha);
    if (format == u"decimalFullWidth" || format == u"decimalFullWidth2") {
        QString digits = QString::number(number);
        for (QChar& c : digits)
            c = QChar(c.unicode() - u'0' + 0xFF10);
        return digits;
    }
    if (format == u"japaneseCounting" || format == u"ideographDigital") {
        if (number >= 1 && number < 10)
            return QString(kanji.at(number));
        if (number >= 10 && number < 100)
            return (number / 10 > 1 ? QString(kanji.at(number / 10)) : QString()) % u'十' %
                   (number % 10 ? QString(kanji.at(number % 10)) : QString());
        return QString::number(number);
    }
    if (format == u"lowerLetter" || format == u"upperLetter") {
        const QChar a = format == u"lowerLetter" ? u'a' : u'A';
        return number >= 1 && number <= 26 ? QString(QChar(a.unicode() + number - 1)) : QString::number(number);
    }
    return QString::number(number); // decimal and what Kansa does not draw
}

QString DocxNumbering::next(const QString& numId, int level)
{
    const auto list = m_lists.constFind(numId);
    if (list == m_lists.cend() || level < 0 || level >= MaxLevels)
        return {};
    const QList<Level>& levels = m_abstract.value(list.value());
    if (levels.size() != MaxLevels)
        return {};
    QList<int>& counters = m_counters[numId];
    if (counters.isEmpty()) {
        for (const Level& l : levels)
            counters << l.start - 1;
    }
    // This level counts on; the levels below it start again.
    ++counters[level];
    for (int deeper = level + 1; deeper < MaxLevels; ++deeper)
        counters[deeper] = levels[deeper].start - 1;
    if (levels[level].format == u"bullet" || levels[level].format == u"none")
        return levels[level].format == u"bullet" ? levels[level].text : QString();
    QString marker = levels[level].text;
    for (int l = 0; l <= level; ++l)
        marker.replace(u'%' % QString::number(l + 1), render(std::max(counters[l], levels[l].start), levels[l].format));
    return marker;
}

} // namespace kansa
