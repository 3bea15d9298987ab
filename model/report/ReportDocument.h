#pragma once

#include "exchange/TableExport.h"
#include "report/ReportLetterhead.h"
#include "store/ChangeChain.h"

#include <QList>
#include <QString>

#include <optional>

namespace kansa {

// A bar chart drawn by the report itself (the model has no widgets): one bar per label, in percent or in
// counts, optionally with last year's value beside it.
struct ReportChart
{
    QString title;
    QStringList labels;
    QList<double> values;
    QList<double> previous; // empty, or one per label (-1: none)
    QString valueLegend;
    QString previousLegend;
    double maximum = 100;
    QString unit = QStringLiteral("%");
};

// One block of a report, in reading order.
struct ReportBlock
{
    enum class Kind
    {
        Title,     // the cover's title, large and centred
        Centered,  // a centred line of the cover
        Heading,   // level 1, 2 or 3
        Paragraph, // wrapped text; a blank line starts a new paragraph
        Note,      // smaller, grey: definitions and remarks
        Fields,    // label / value pairs, as a two-column table without headings
        Table,     // headings repeated on each page the table runs onto
        Chart,
        PageBreak
    };
    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    Qt::Alignment alignment = Qt::AlignLeft; // Paragraph
    ExportTable table;                       // Table, and Fields (two columns)
    QList<int> columnWeights;                // relative widths; empty: equal
    ReportChart chart;
};

// A report as composed from the data, before it becomes pages (PDF, print) or a file (DOCX, ODT, XLSX, CSV).
// Every page carries the letterhead's header and footer: the classification marking, the title, page n / N.
struct ReportDocument
{
    QString title;
    QString organisation;
    QString marking; // 取扱区分, e.g. 庁内限り
    QString issuedOn;
    ReportLetterhead letterhead = ReportLetterhead::standard();
    QHash<QString, QString> values; // the letterhead's placeholders: 団体名 → 桜ヶ丘村
    int coverBlocks = 0;            // the first blocks are the report's own cover, which a letterhead's replaces
    QList<ReportBlock> blocks;
    std::optional<ChangeChain::Anchor> anchor; // an issued report's: where the record stood when it was issued
    QList<ExportTable>
        listsForExport; // lists that only the XLSX and CSV outputs carry, e.g. every finding in one table

    ReportDocument& addTitle(const QString& text);
    ReportDocument& addCentered(const QString& text);
    ReportDocument& addHeading(int level, const QString& text);
    ReportDocument& addParagraph(const QString& text, Qt::Alignment alignment = Qt::AlignLeft);
    ReportDocument& addNote(const QString& text);
    ReportDocument& addFields(const QList<QPair<QString, QString>>& pairs);
    ReportDocument& addTable(const ExportTable& table, const QList<int>& columnWeights = {});
    ReportDocument& addChart(const ReportChart& chart);
    ReportDocument& addPageBreak();

    // The tables of the report and its lists for export, for XLSX and CSV.
    QList<ExportTable> tables() const;
    // The blocks as printed: the letterhead's cover, when it has one, in place of the report's own.
    QList<ReportBlock> printedBlocks() const;
    // Text with the letterhead's placeholders filled (頁 and 総頁 when page is given).
    QString filled(const QString& text, int page = 0, int pages = 0) const;
    // A part of the header or footer for documents that number their pages themselves (DOCX, ODT): filled text,
    // and the page number and count as fields between.
    struct Segment
    {
        enum class Kind
        {
            Text,
            PageNumber,
            PageCount
        };
        Kind kind = Kind::Text;
        QString text;
    };
    QList<Segment> runningSegments(const QString& part) const;
};

} // namespace kansa
