#include "TableExport.h"

#include "common/Error.h"
#include "exchange/OutputFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QString csvCell(QString cell)
{
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' % cell % u'"';
    }
    return cell;
}

// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, and unique in the workbook.
QByteArray sheetName(const QString& title, QSet<QString>& used)
{
    static const QRegularExpression forbidden(u"[\\[\\]:*?/\\\\]"_s);
    QString base = QString(title).replace(forbidden, u"_"_s).left(28);
    if (base.isEmpty())
        base = u"Sheet"_s;
    QString name = base;
    for (int n = 2; used.contains(name.toLower()); ++n)
        name = base % u'(' % QString::number(n) % u')';
    used.insert(name.toLower());
    return name.toUtf8();
}

} // namespace

QByteArray TableExport::csv(const QList<QStringList>& rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << csvCell(cell);
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QByteArray TableExport::csv(const QList<ExportTable>& tables)
{
    QList<QStringList> rows;
    for (const ExportTable& table : tables) {
        if (!rows.isEmpty())
            rows << QStringList();
        rows << QStringList{table.title} << table.headers << table.rows;
    }
    return csv(rows);
}

void TableExport::writeXlsx(const QList<ExportTable>& tables, const QString& path)
{
    OutputFile output(path);
    lxw_workbook* workbook = workbook_new(QFile::encodeName(output.temporaryPath()).constData());
    if (!workbook)
        throw Error(tr("Cannot create %1.").arg(path));
    lxw_format* titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 13);
    lxw_format* heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_bg_color(heading, 0xDDEBF7);
    format_set_border(heading, LXW_BORDER_THIN);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    QSet<QString> used;
    for (const ExportTable& table : tables) {
        const QByteArray name = sheetName(table.title, used);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
        const QByteArray title = table.title.toUtf8();
        worksheet_write_string(sheet, 0, 0, title.constData(), titleFormat);
        for (int c = 0; c < table.headers.size(); ++c) {
            const QByteArray text = table.headers[c].toUtf8();
            worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c), text.constData(), heading);
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 std::clamp(table.headers[c].size() * 2.5, 10.0, 50.0), nullptr);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r + 2);
            for (int c = 0; c < table.rows[r].size(); ++c) {
                const QString& cell = table.rows[r][c];
                bool number = false;
                const double value = cell.toDouble(&number);
                if (number)
                    worksheet_write_number(sheet, row, static_cast<lxw_col_t>(c), value, nullptr);
                else
                    worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), cell.toUtf8().constData(), wrap);
            }
        }
        worksheet_freeze_panes(sheet, 2, 0);
        if (!table.headers.isEmpty())
            worksheet_autofilter(sheet, 1, 0, static_cast<lxw_row_t>(table.rows.size() + 1),
                                 static_cast<lxw_col_t>(table.headers.size() - 1));
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR)
        throw Error(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result))));
    output.commit();
}

} // namespace kansa
