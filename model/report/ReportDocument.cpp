#include "ReportDocument.h"

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

ReportDocument& ReportDocument::addParagraph(const QString& text)
{
    blocks << block(ReportBlock::Kind::Paragraph, text);
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

} // namespace kansa
