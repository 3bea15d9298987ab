#include "ReportDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

ReportBlock block(ReportBlock::Kind kind, const QString& text = {}, int level = 1)
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    b.level = level;
    return b;
}

} // namespace

ReportDocument& ReportDocument::addTitle(const QString& text)
{
    blocks << block(ReportBlock::Kind::Title, text);
    return *this;
}

ReportDocument& ReportDocument::addCentered(const QString& text)
{
    blocks << block(ReportBlock::Kind::Centered, text);
    return *this;
}

ReportDocument& ReportDocument::addHeading(int level, const QString& text)
{
    blocks << block(ReportBlock::Kind::Heading, text, level);
    return *this;
}

ReportDocument& ReportDocument::addParagraph(const QString& text, Qt::Alignment alignment)
{
    blocks << block(ReportBlock::Kind::Paragraph, text);
    blocks.last().alignment = alignment;
    return *this;
}

ReportDocument& ReportDocument::addNote(const QString& text)
{
    blocks << block(ReportBlock::Kind::Note, text);
    return *this;
}

ReportDocument& ReportDocument::addFields(const QList<QPair<QString, QString>>& pairs)
{
    ReportBlock b = block(ReportBlock::Kind::Fields);
    for (const auto& [label, value] : pairs)
        b.table.rows << QStringList{label, value};
    b.columnWeights = {1, 3};
    blocks << b;
    return *this;
}

ReportDocument& ReportDocument::addTable(const ExportTable& table, const QList<int>& columnWeights)
{
    ReportBlock b = block(ReportBlock::Kind::Table);
    b.table = table;
    b.columnWeights = columnWeights;
    blocks << b;
    return *this;
}

ReportDocument& ReportDocument::addChart(const ReportChart& chart)
{
    ReportBlock b = block(ReportBlock::Kind::Chart);
    b.chart = chart;
    blocks << b;
    return *this;
}

ReportDocument& ReportDocument::addPageBreak()
{
    blocks << block(ReportBlock::Kind::PageBreak);
    return *this;
}

QList<ExportTable> ReportDocument::tables() const
{
    QList<ExportTable> list;
    for (const ReportBlock& b : blocks) {
        if (b.kind == ReportBlock::Kind::Table)
            list << b.table;
    }
    return list + listsForExport;
}

QList<ReportBlock> ReportDocument::printedBlocks() const
{
    if (letterhead.cover.isEmpty())
        return blocks;
    QList<ReportBlock> printed;
    for (const ReportLetterhead::Line& line : letterhead.cover) {
        if (line.text.contains(ReportLetterhead::placeholder(u"表題"_s)))
            printed << block(ReportBlock::Kind::Title, filled(line.text));
        else if (line.alignment == Qt::AlignHCenter)
            printed << block(ReportBlock::Kind::Centered, filled(line.text));
        else
            printed << block(ReportBlock::Kind::Paragraph, filled(line.text));
        printed.last().alignment = line.alignment;
    }
    printed << blocks.mid(coverBlocks);
    return printed;
}

QList<ReportDocument::Segment> ReportDocument::runningSegments(const QString& part) const
{
    QList<Segment> segments;
    const QString number = ReportLetterhead::placeholder(u"頁"_s);
    const QString count = ReportLetterhead::placeholder(u"総頁"_s);
    qsizetype from = 0;
    while (from < part.size()) {
        const qsizetype atNumber = part.indexOf(number, from);
        const qsizetype atCount = part.indexOf(count, from);
        const qsizetype at = atNumber < 0 ? atCount : atCount < 0 ? atNumber : std::min(atNumber, atCount);
        if (at < 0)
            break;
        if (at > from)
            segments << Segment{Segment::Kind::Text, filled(part.mid(from, at - from))};
        const bool isNumber = at == atNumber;
        segments << Segment{isNumber ? Segment::Kind::PageNumber : Segment::Kind::PageCount, {}};
        from = at + (isNumber ? number : count).size();
    }
    if (from < part.size())
        segments << Segment{Segment::Kind::Text, filled(part.mid(from))};
    return segments;
}

QString ReportDocument::filled(const QString& text, int page, int pages) const
{
    return ReportLetterhead::fill(text, values, page, pages);
}

} // namespace kansa
