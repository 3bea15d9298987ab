#include "CampaignWorkbook.h"

#include "calendar/JapaneseCalendar.h"
#include "common/Error.h"
#include "exchange/OutputFile.h"
#include "exchange/XlsxReader.h"
#include "selfinspection/SelfInspectionService.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString Format = u"kansa-self-inspection-1"_s;
const char* const ChecklistSheet = "点検票";
const char* const CoverSheet = "表紙";

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

QString unitName(Database& db, qint64 unitId)
{
    return db.scalar(u"SELECT name FROM units WHERE id = ?"_s, {unitId}).toString();
}

} // namespace

QString CampaignWorkbook::Problem::toString() const
{
    return file % (where.isEmpty() ? QString() : u':' % where) % u": "_s % message;
}

QString CampaignWorkbook::fileName(SelfInspectionService& service, qint64 campaignId, qint64 unitId)
{
    Database& db = service.database();
    const QString code = db.scalar(u"SELECT COALESCE(code, '') FROM units WHERE id = ?"_s, {unitId}).toString();
    QString name = unitName(db, unitId);
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\s]"_s), u"_"_s);
    return QString::number(campaignId) % u'_' % (code.isEmpty() ? QString::number(unitId) : code) % u'_' % name %
           u".xlsx"_s;
}

void CampaignWorkbook::exportUnit(SelfInspectionService& service, qint64 campaignId, qint64 unitId, const QString& path)
{
    const Campaign campaign = service.campaign(campaignId);
    const CampaignUnit unit = service.unit(campaignId, unitId);
    // The campaign's owner sends the workbook out; those who answer for the unit may fill it in offline.
    if (!service.canManage(campaignId) && !service.canAnswer(campaignId, unitId))
        throw PermissionDenied(tr("%1 may not export this unit's workbook.").arg(service.session().actor()));
    const QHash<QString, UnitAnswer> answers = service.answers(campaignId, unitId);
    const QList<const ChecklistItem*> items = service.items(campaignId);
    const QString name = unitName(service.database(), unitId);

    OutputFile output(path);
    lxw_workbook* workbook = workbook_new(QFile::encodeName(output.temporaryPath()).constData());
    if (!workbook)
        throw Error(tr("Cannot create %1.").arg(path));
    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 16);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_bg_color(heading, 0xDDEBF7);
    format_set_border(heading, LXW_BORDER_THIN);
    format_set_text_wrap(heading);
    lxw_format* open = workbook_add_format(workbook); // the cells a person fills in
    format_set_unlocked(open);
    format_set_bg_color(open, 0xFFF2CC);
    format_set_border(open, LXW_BORDER_THIN);
    format_set_align(open, LXW_ALIGN_CENTER);
    format_set_align(open, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* openText = workbook_add_format(workbook);
    format_set_unlocked(openText);
    format_set_bg_color(openText, 0xFFF2CC);
    format_set_border(openText, LXW_BORDER_THIN);
    format_set_text_wrap(openText);
    format_set_align(openText, LXW_ALIGN_VERTICAL_TOP);

    lxw_worksheet* cover = workbook_add_worksheet(workbook, CoverSheet);
    worksheet_set_column(cover, 0, 0, 18, nullptr);
    worksheet_set_column(cover, 1, 1, 80, wrap);
    worksheet_write_string(cover, 0, 0, utf8(campaign.title).constData(), title);
    const QList<QPair<QString, QString>> facts{
        {u"年度"_s, JapaneseCalendar::formatFiscalYear(campaign.fiscalYear, CalendarStyle::Japanese)},
        {u"所属"_s, name},
        {u"提出期限"_s, JapaneseCalendar::formatDate(campaign.deadline, CalendarStyle::Japanese)},
        {u"項目数"_s, QString::number(items.size())},
    };
    int row = 2;
    for (const auto& [label, value] : facts) {
        worksheet_write_string(cover, static_cast<lxw_row_t>(row), 0, utf8(label).constData(), heading);
        worksheet_write_string(cover, static_cast<lxw_row_t>(row++), 1, utf8(value).constData(), wrap);
    }
    const QStringList instructions{
        u"記入方法"_s,
        u"1. 「点検票」シートの「回答」欄に、各項目の実施状況を次の記号で記入してください（一覧から選べます）。"_s,
        u"　○ 実施している　△ 一部実施している　× 実施していない　－ 該当しない"_s,
        u"2. △・×・－ の場合は、「コメント」欄に状況や理由を記入してください。"_s,
        u"3. 回答欄とコメント欄以外は変更できません。行や列を追加・削除しないでください。"_s,
        u"4. 記入が終わったら、このファイルのまま情報セキュリティ担当へ返送してください。"_s,
        u"　ファイル名とシート「kansa」（非表示）は変更しないでください。別の所属のファイルは取り込めません。"_s,
    };
    row += 1;
    for (const QString& line : instructions)
        worksheet_write_string(cover, static_cast<lxw_row_t>(row++), 1, utf8(line).constData(),
                               line == instructions.first() ? heading : wrap);
    worksheet_protect(cover, nullptr, nullptr);
    worksheet_set_paper(cover, 9); // A4
    worksheet_fit_to_pages(cover, 1, 1);

    lxw_worksheet* sheet = workbook_add_worksheet(workbook, ChecklistSheet);
    const char* headings[] = {"ID", "章", "条項", "質問", "回答", "コメント"};
    const double widths[] = {14, 6, 12, 70, 8, 40};
    for (int c = 0; c < 6; ++c) {
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), headings[c], heading);
    }
    QHash<QString, QString> chapterOf;
    for (const ChecklistChapter& chapter : service.checklist(campaignId).chapters) {
        for (const ChecklistSection& section : chapter.sections) {
            for (const ChecklistItem& item : section.items)
                chapterOf.insert(item.id, chapter.number);
        }
    }
    for (int i = 0; i < items.size(); ++i) {
        const ChecklistItem& item = *items[i];
        const lxw_row_t r = static_cast<lxw_row_t>(i + 1);
        const UnitAnswer answer = answers.value(item.id);
        worksheet_write_string(sheet, r, 0, utf8(item.id).constData(), wrap);
        worksheet_write_string(sheet, r, 1, utf8(chapterOf.value(item.id)).constData(), wrap);
        worksheet_write_string(sheet, r, 2, utf8(item.ref).constData(), wrap);
        // An English-only checklist (a framework) has its question in English.
        const QString question = item.question.in(u"ja"_s);
        worksheet_write_string(sheet, r, 3, utf8(question).constData(), wrap);
        // Spreadsheet programs do not grow rows for wrapped text they did not lay out: about 34 Japanese
        // characters fit a line of the question column.
        const int lines = std::max(1, static_cast<int>((question.size() + 33) / 34));
        worksheet_set_row(sheet, r, 15.0 * lines, nullptr);
        worksheet_write_string(sheet, r, 4, utf8(SelfInspectionTexts::symbol(answer.answer)).constData(), open);
        worksheet_write_string(sheet, r, 5, utf8(answer.comment).constData(), openText);
    }
    if (!items.isEmpty()) {
        // libxlsxwriter takes non-const C strings it does not modify.
        char yes[] = "○", partly[] = "△", no[] = "×", none[] = "－";
        char* choices[] = {yes, partly, no, none, nullptr};
        char errorTitle[] = "回答";
        char errorMessage[] = "○ △ × － のいずれかを選んでください。";
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = choices;
        validation.show_error = LXW_VALIDATION_ON;
        validation.error_title = errorTitle;
        validation.error_message = errorMessage;
        worksheet_data_validation_range(sheet, 1, 4, static_cast<lxw_row_t>(items.size()), 4, &validation);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    // Printed on A4 landscape, one page wide, the heading row on every page.
    worksheet_set_paper(sheet, 9);
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.5, 0.5);
    {
        const QByteArray header = u"&L&\"-,Bold\"%1&R%2"_s.arg(campaign.title, name).toUtf8();
        const QByteArray footer = "&C&P / &N";
        worksheet_set_header(sheet, header.constData());
        worksheet_set_footer(sheet, footer.constData());
    }
    lxw_protection protection{};
    protection.no_select_locked_cells = 0;
    protection.format_columns = 1; // people may widen columns to read
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);
    worksheet_activate(sheet);

    lxw_worksheet* identity = workbook_add_worksheet(workbook, IdentitySheet);
    const QList<QPair<QString, QString>> keys{{u"format"_s, Format},
                                              {u"campaign"_s, QString::number(campaignId)},
                                              {u"unit"_s, QString::number(unitId)},
                                              {u"unit_name"_s, name},
                                              {u"checklist"_s, campaign.checklistKey},
                                              {u"checklist_version"_s, QString::number(campaign.checklistVersion)},
                                              {u"token"_s, unit.token},
                                              {u"items"_s, QString::number(items.size())}};
    for (int i = 0; i < keys.size(); ++i) {
        worksheet_write_string(identity, static_cast<lxw_row_t>(i), 0, utf8(keys[i].first).constData(), nullptr);
        worksheet_write_string(identity, static_cast<lxw_row_t>(i), 1, utf8(keys[i].second).constData(), nullptr);
    }
    worksheet_hide(identity);
    worksheet_protect(identity, nullptr, nullptr);
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR)
        throw Error(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result))));
    output.commit();
}

CampaignWorkbook::Preview CampaignWorkbook::read(SelfInspectionService& service, const QString& path)
{
    // Before the file is read: returned workbooks are for those who run a campaign (which one, the file says).
    if (!service.mayImportReturned())
        throw PermissionDenied(tr("%1 may not import returned workbooks.").arg(service.session().actor()));
    Preview preview;
    preview.file = QFileInfo(path).fileName();
    auto problem = [&](const QString& where, const QString& message) {
        preview.problems << Problem{preview.file, where, message};
        return preview;
    };
    QList<XlsxReader::Sheet> sheets;
    try {
        sheets = XlsxReader::read(path);
    } catch (const Error& error) {
        return problem({}, error.message());
    }
    const XlsxReader::Sheet* identity = nullptr;
    const XlsxReader::Sheet* answers = nullptr;
    for (const XlsxReader::Sheet& sheet : sheets) {
        if (sheet.name == QString::fromLatin1(IdentitySheet))
            identity = &sheet;
        if (sheet.name == QString::fromUtf8(ChecklistSheet))
            answers = &sheet;
    }
    if (!identity)
        return problem({}, tr("this is not a workbook exported by Kansa for a self-inspection (it has no sheet "
                              "「kansa」)"));
    QHash<QString, QString> keys;
    for (const QStringList& row : identity->rows)
        keys.insert(row.value(0), row.value(1));
    const QString id = QString::fromLatin1(IdentitySheet);
    if (keys.value(u"format"_s) != Format)
        return problem(id, tr("the workbook's identity is not one Kansa wrote"));
    bool ok = false;
    preview.campaignId = keys.value(u"campaign"_s).toLongLong(&ok);
    bool unitOk = false;
    preview.unitId = keys.value(u"unit"_s).toLongLong(&unitOk);
    if (!ok || !unitOk)
        return problem(id, tr("the workbook's identity has been changed"));
    Campaign campaign;
    CampaignUnit unit;
    try {
        campaign = service.campaign(preview.campaignId);
        unit = service.unit(preview.campaignId, preview.unitId);
    } catch (const Error&) {
        return problem(id, tr("the workbook belongs to a campaign or unit that is not in this organisation's "
                              "database (campaign %1, unit %2)")
                               .arg(preview.campaignId)
                               .arg(preview.unitId));
    }
    preview.unitName = unitName(service.database(), preview.unitId);
    if (keys.value(u"token"_s) != unit.token)
        return problem(id, tr("the workbook's identity does not match 「%1」 of 「%2」: it was changed, or it was "
                              "written for another unit or campaign")
                               .arg(preview.unitName, campaign.title));
    if (keys.value(u"checklist"_s) != campaign.checklistKey ||
        keys.value(u"checklist_version"_s).toInt() != campaign.checklistVersion)
        return problem(id, tr("the workbook was made from another version of the checklist"));
    if (!answers)
        return problem({}, tr("the sheet 「%1」 is missing").arg(QString::fromUtf8(ChecklistSheet)));
    if (unit.status == CampaignUnitStatus::Accepted)
        return problem({}, tr("the answers of 「%1」 were accepted already; the owner must return them before a new "
                              "workbook is imported")
                               .arg(preview.unitName));

    QSet<QString> expected;
    for (const ChecklistItem* item : service.items(preview.campaignId))
        expected.insert(item->id);
    const QHash<QString, UnitAnswer> current = service.answers(preview.campaignId, preview.unitId);
    const QString sheet = answers->name;
    QHash<QString, int> rowOf;
    for (int r = 1; r < answers->rows.size(); ++r) {
        const QStringList& cells = answers->rows[r];
        const QString itemId = cells.value(0).trimmed();
        const int line = r + 1;
        if (itemId.isEmpty()) {
            if (!cells.join(QString()).trimmed().isEmpty())
                problem(sheet % u'!' % XlsxReader::cellName(line, 1),
                        tr("a row without an item ID: rows may not be added"));
            continue;
        }
        if (!expected.contains(itemId)) {
            problem(sheet % u'!' % XlsxReader::cellName(line, 1), tr("%1 is not an item of this campaign").arg(itemId));
            continue;
        }
        if (rowOf.contains(itemId)) {
            problem(sheet % u'!' % XlsxReader::cellName(line, 1),
                    tr("%1 appears twice (also row %2)").arg(itemId).arg(rowOf.value(itemId)));
            continue;
        }
        rowOf.insert(itemId, line);
        if (answers->formulas.contains({line, 5})) {
            problem(sheet % u'!' % XlsxReader::cellName(line, 5), tr("a formula is not an answer: type ○ △ × or －"));
            continue;
        }
        const std::optional<Answer> answer = SelfInspectionTexts::parse(cells.value(4));
        if (!answer) {
            problem(sheet % u'!' % XlsxReader::cellName(line, 5),
                    tr("「%1」 is not an answer: use ○ △ × or －").arg(cells.value(4).left(40)));
            continue;
        }
        const UnitAnswer given{0, itemId, *answer, cells.value(5).trimmed(), {}};
        preview.answers.insert(itemId, given);
        const auto found = current.constFind(itemId);
        if (found == current.cend())
            ++(given.answer == Answer::Unanswered && given.comment.isEmpty() ? preview.unchanged : preview.added);
        else if (found->answer != given.answer || found->comment != given.comment)
            ++preview.changed;
        else
            ++preview.unchanged;
    }
    for (const QString& itemId : expected) {
        if (!rowOf.contains(itemId) && preview.problems.isEmpty())
            problem(sheet, tr("the row of %1 is missing: rows may not be deleted").arg(itemId));
    }
    return preview;
}

int CampaignWorkbook::apply(SelfInspectionService& service, const Preview& preview)
{
    if (!preview.ok())
        throw Error(tr("%1 was not imported: %2").arg(preview.file, preview.problems.first().toString()));
    return service.applyReturnedAnswers(preview.campaignId, preview.unitId, preview.answers);
}

int CampaignWorkbook::applyAll(SelfInspectionService& service, const QList<Preview>& previews)
{
    QList<SelfInspectionService::ReturnedAnswers> returned;
    for (const Preview& preview : previews) {
        if (preview.ok())
            returned.append({preview.campaignId, preview.unitId, preview.answers});
    }
    return service.applyReturnedAnswers(returned);
}

} // namespace kansa
