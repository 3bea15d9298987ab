#include "ChecklistTable.h"

#include "common/Error.h"
#include "exchange/CsvReader.h"
#include "exchange/JsonBounds.h"
#include "exchange/OutputFile.h"
#include "exchange/TableExport.h"
#include "exchange/XlsxReader.h"
#include "org/Role.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

struct Column
{
    const char* key;
    const char16_t* japanese; // the heading the template writes
    const char* english;
    bool required;
};

// The columns of the table, in the order the template writes them.
const QList<Column>& columns()
{
    static const QList<Column> list{
        {"chapter", u"章", "chapter", true},
        {"chapter_ja", u"章名", "chapter_title_ja", true},
        {"chapter_en", u"章名(英)", "chapter_title_en", true},
        {"section", u"節", "section", true},
        {"section_ja", u"節名", "section_title_ja", true},
        {"section_en", u"節名(英)", "section_title_en", true},
        {"id", u"ID", "id", true},
        {"ref", u"条項", "ref", true},
        {"source", u"引用", "source", true},
        {"document", u"文書", "document", false},
        {"question_ja", u"質問", "question_ja", true},
        {"question_en", u"質問(英)", "question_en", true},
        {"roles", u"役割", "roles", true},
        {"level", u"対象", "level", true},
        {"evidence_ja", u"確認資料", "evidence_ja", true},
        {"evidence_en", u"確認資料(英)", "evidence_en", true},
        {"priority", u"重点", "priority", false},
        {"derived_from", u"派生元", "derived_from", false},
        {"withdrawn", u"廃止", "withdrawn", false},
    };
    return list;
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(u"\\s*[\\n;；]\\s*"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QJsonValue roleList(const QString& text)
{
    static const QRegularExpression separators(u"[\\s,、・;；/／]+"_s);
    QJsonArray roles;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
        if (word == u"committee"_s || word == u"情報セキュリティ委員会"_s || word == u"委員会"_s)
            roles << u"committee"_s;
        else if (const auto role = Roles::fromText(word))
            roles << Roles::key(*role);
        else
            roles << word; // the checker names it as an unknown role at its cell
    }
    return roles;
}

QString levelKey(const QString& text)
{
    const QString t = text.trimmed();
    if (t == u"組織全体"_s || t == u"全庁"_s || t == u"団体"_s)
        return u"organisation"_s;
    if (t == u"所属"_s || t == u"課室"_s || t == u"組織"_s)
        return u"unit"_s;
    if (t == u"情報システム"_s || t == u"システム"_s)
        return u"system"_s;
    return t;
}

// ○ (or yes, 1, true) for a priority or withdrawn item; what is neither yes nor no goes to the checker as it is.
QJsonValue markValue(const QString& text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes{u"○"_s, u"〇"_s, u"◯"_s, u"★"_s, u"1"_s, u"true"_s, u"yes"_s, u"はい"_s, u"重点"_s};
    static const QStringList no{QString(), u"×"_s, u"-"_s, u"－"_s, u"0"_s, u"false"_s, u"no"_s, u"いいえ"_s};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return text; // the checker reports "must be true or false" at its cell
}

QString levelName(const QString& key)
{
    if (key == u"organisation"_s)
        return u"組織全体"_s;
    if (key == u"unit"_s)
        return u"所属"_s;
    if (key == u"system"_s)
        return u"情報システム"_s;
    return key;
}

} // namespace

ChecklistReader::Result ChecklistTable::fromRows(const QList<QStringList>& rows, const QString& fileName,
                                                 const CellName& cellName)
{
    QHash<QString, QString> where; // JSON pointer -> cell
    ChecklistReader::Result failed;
    auto fail = [&](const QString& at, const QString& message) {
        failed.problems << ChecklistProblem{fileName, at, {}, message};
        return failed;
    };

    QJsonObject root{{u"format"_s, u"kansa-checklist"_s}, {u"version"_s, 1}, {u"kind"_s, u"standards"_s}};
    QJsonArray documents;
    int headingRow = -1;
    for (int r = 0; r < rows.size() && headingRow < 0; ++r) {
        const QStringList& row = rows[r];
        const QString first = row.value(0).trimmed();
        if (first.startsWith(u'#')) {
            const QString key = first.mid(1).trimmed().toLower();
            const QString pointer = u"/"_s % key;
            where.insert(pointer, cellName(r + 1, 2));
            if (key == u"id"_s || key == u"kind"_s || key == u"language"_s)
                root.insert(key, row.value(1).trimmed());
            else if (key == u"version"_s)
                root.insert(key, row.value(1).trimmed().toInt());
            else if (key == u"title"_s)
                root.insert(key, QJsonObject{{u"ja"_s, row.value(1).trimmed()}, {u"en"_s, row.value(2).trimmed()}});
            else if (key == u"document"_s) {
                where.insert(u"/documents/"_s % QString::number(documents.size()), cellName(r + 1, 2));
                documents << QJsonObject{{u"id"_s, row.value(1).trimmed()},
                                         {u"title"_s, row.value(2).trimmed()},
                                         {u"layer"_s, row.value(3).trimmed()}};
            } else
                return fail(
                    cellName(r + 1, 1),
                    tr("unknown setting 「%1」 (use #id, #title, #kind, #language, #version, #document)").arg(first));
        } else if (!row.join(QString()).trimmed().isEmpty()) {
            headingRow = r;
        }
    }
    if (headingRow < 0)
        return fail({}, tr("the table has no heading row"));

    QHash<QString, int> index;
    const QStringList& heading = rows[headingRow];
    for (int c = 0; c < heading.size(); ++c) {
        for (const Column& column : columns()) {
            const QString text = heading[c].trimmed();
            if (text == QString::fromUtf16(column.japanese) ||
                text.compare(QLatin1StringView(column.english), Qt::CaseInsensitive) == 0)
                index.insert(QString::fromLatin1(column.key), c);
        }
    }
    // A framework names no roles or evidence; an English-only checklist needs no Japanese columns.
    const bool framework = root.value(u"kind"_s).toString() == u"framework"_s;
    const bool englishOnly = root.value(u"language"_s).toString() == u"en"_s;
    auto needed = [&](const Column& column) {
        const QString key = QString::fromLatin1(column.key);
        if (framework && (key == u"roles"_s || key.startsWith(u"evidence"_s)))
            return false;
        return column.required && !(englishOnly && key.endsWith(u"_ja"_s));
    };
    for (const Column& column : columns()) {
        if (needed(column) && !index.contains(QString::fromLatin1(column.key)))
            failed.problems << ChecklistProblem{fileName, cellName(headingRow + 1, 0),
                                                QString::fromUtf16(column.japanese),
                                                tr("the heading row has no such column")};
    }
    if (!failed.problems.isEmpty())
        return failed;

    const QString baseName = QFileInfo(fileName).completeBaseName();
    if (!root.contains(u"id"_s))
        root.insert(u"id"_s, ChecklistReader::idFromFileName(fileName));
    if (!root.contains(u"title"_s))
        root.insert(u"title"_s, QJsonObject{{u"ja"_s, baseName}, {u"en"_s, baseName}});
    if (documents.isEmpty())
        documents << QJsonObject{{u"id"_s, root.value(u"id"_s)},
                                 {u"title"_s, root.value(u"title"_s).toObject().value(u"ja"_s)},
                                 {u"layer"_s, u"standards"_s}};
    root.insert(u"documents"_s, documents);

    auto cell = [&](const QStringList& row, const char* key) {
        return row.value(index.value(QString::fromLatin1(key), -1)).trimmed();
    };
    auto columnOf = [&](const char* key) { return index.value(QString::fromLatin1(key)) + 1; };

    QJsonArray chapters;
    QJsonObject chapter;
    QJsonArray sections;
    QJsonObject section;
    QJsonArray items;
    auto closeSection = [&] {
        if (!section.isEmpty()) {
            section.insert(u"items"_s, items);
            sections << section;
        }
        section = {};
        items = {};
    };
    auto closeChapter = [&] {
        closeSection();
        if (!chapter.isEmpty()) {
            chapter.insert(u"sections"_s, sections);
            chapters << chapter;
        }
        chapter = {};
        sections = {};
    };
    for (int r = headingRow + 1; r < rows.size(); ++r) {
        const QStringList& row = rows[r];
        if (row.join(QString()).trimmed().isEmpty())
            continue;
        const int line = r + 1;
        // A chapter or section heading: its number and titles, and where each stood.
        auto heading = [&](const QString& pointer, const char* number, const char* ja, const char* en) {
            where.insert(pointer, cellName(line, columnOf(number)));
            where.insert(pointer % u"/number"_s, cellName(line, columnOf(number)));
            where.insert(pointer % u"/title/ja"_s, cellName(line, columnOf(ja)));
            where.insert(pointer % u"/title/en"_s, cellName(line, columnOf(en)));
            return QJsonObject{{u"number"_s, cell(row, number)},
                               {u"title"_s, QJsonObject{{u"ja"_s, cell(row, ja)}, {u"en"_s, cell(row, en)}}}};
        };
        if (chapter.isEmpty() || chapter.value(u"number"_s).toString() != cell(row, "chapter")) {
            closeChapter();
            chapter =
                heading(u"/chapters/"_s % QString::number(chapters.size()), "chapter", "chapter_ja", "chapter_en");
        }
        if (section.isEmpty() || section.value(u"number"_s).toString() != cell(row, "section")) {
            closeSection();
            section = heading(u"/chapters/"_s % QString::number(chapters.size()) % u"/sections/"_s %
                                  QString::number(sections.size()),
                              "section", "section_ja", "section_en");
        }
        const QString pointer = u"/chapters/"_s % QString::number(chapters.size()) % u"/sections/"_s %
                                QString::number(sections.size()) % u"/items/"_s % QString::number(items.size());
        QJsonObject item{
            {u"id"_s, cell(row, "id")},
            {u"ref"_s, cell(row, "ref")},
            {u"source"_s, cell(row, "source")},
            {u"question"_s, QJsonObject{{u"ja"_s, cell(row, "question_ja")}, {u"en"_s, cell(row, "question_en")}}},
            {u"roles"_s, roleList(cell(row, "roles"))},
            {u"level"_s, levelKey(cell(row, "level"))},
            {u"priority"_s, markValue(cell(row, "priority"))}};
        if (!cell(row, "withdrawn").isEmpty())
            item.insert(u"withdrawn"_s, markValue(cell(row, "withdrawn")));
        if (!cell(row, "document").isEmpty())
            item.insert(u"document"_s, cell(row, "document"));
        const QStringList derived = splitList(cell(row, "derived_from").replace(u',', u';'));
        if (!derived.isEmpty())
            item.insert(u"derived_from"_s, QJsonArray::fromStringList(derived));
        const QStringList evidenceJa = splitList(cell(row, "evidence_ja"));
        const QStringList evidenceEn = splitList(cell(row, "evidence_en"));
        QJsonArray evidence;
        for (int e = 0; e < std::max(evidenceJa.size(), evidenceEn.size()); ++e) {
            evidence << QJsonObject{{u"ja"_s, evidenceJa.value(e)}, {u"en"_s, evidenceEn.value(e)}};
            where.insert(pointer % u"/evidence/"_s % QString::number(e) % u"/ja"_s,
                         cellName(line, columnOf("evidence_ja")));
            where.insert(pointer % u"/evidence/"_s % QString::number(e) % u"/en"_s,
                         cellName(line, columnOf("evidence_en")));
        }
        item.insert(u"evidence"_s, evidence);
        items << item;
        where.insert(pointer, cellName(line, columnOf("id")));
        for (const Column& column : columns()) {
            const QString key = QString::fromLatin1(column.key);
            const QString field = key == u"question_ja"_s   ? u"question/ja"_s
                                  : key == u"question_en"_s ? u"question/en"_s
                                  : key == u"evidence_ja"_s ? u"evidence"_s
                                                            : key;
            if (index.contains(key))
                where.insert(pointer % u'/' % field, cellName(line, index.value(key) + 1));
        }
    }
    closeChapter();
    root.insert(u"chapters"_s, chapters);

    return ChecklistReader::readObject(root, fileName, ChecklistReader::nearest(std::move(where)));
}

ChecklistReader::Result ChecklistTable::readCsv(const QByteArray& bytes, const QString& fileName)
{
    const CsvReader::Result csv = CsvReader::read(bytes);
    if (!csv.problems.isEmpty()) {
        ChecklistReader::Result failed;
        for (const ImportProblem& problem : csv.problems)
            failed.problems << ChecklistProblem{fileName,
                                                problem.line == 0 ? QString()
                                                : problem.column == 0
                                                    ? QString::number(problem.line)
                                                    : u"%1:%2"_s.arg(problem.line).arg(problem.column),
                                                problem.field, problem.message};
        return failed;
    }
    // The reader skips blank lines: keep each record at its own line so problems name the right one.
    QList<QStringList> rows;
    QList<int> lines;
    for (const CsvRecord& record : csv.records) {
        rows << record.fields;
        lines << record.line;
    }
    return fromRows(rows, fileName, [&lines](int row, int) { return QString::number(lines.value(row - 1)); });
}

ChecklistReader::Result ChecklistTable::readXlsx(const QString& path)
{
    QList<XlsxReader::Sheet> sheets;
    try {
        sheets = XlsxReader::read(path);
    } catch (const Error& error) {
        ChecklistReader::Result failed;
        failed.problems << ChecklistProblem{path, {}, {}, error.message()};
        return failed;
    }
    if (sheets.isEmpty()) {
        ChecklistReader::Result failed;
        failed.problems << ChecklistProblem{path, {}, {}, tr("the workbook has no sheet")};
        return failed;
    }
    const QString sheet = sheets.first().name;
    return fromRows(sheets.first().rows, path, [&sheet](int row, int column) -> QString {
        return column > 0 ? sheet % u'!' % XlsxReader::cellName(row, column) : sheet % u'!' % QString::number(row);
    });
}

ChecklistReader::Result ChecklistTable::readAny(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx"_s)
        return readXlsx(path);
    if (suffix == u"json"_s || QFileInfo(path).isDir())
        return ChecklistReader::readFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ChecklistReader::Result failed;
        failed.problems << ChecklistProblem{path, {}, {}, tr("cannot read: %1").arg(file.errorString())};
        return failed;
    }
    // Another suffix (.csv, .txt, none): what the file begins with tells. A workbook is a ZIP archive; JSON
    // begins with {; anything else is read as CSV.
    const QByteArray start = file.peek(64);
    if (start.startsWith("PK\x03\x04"))
        return readXlsx(path);
    const QByteArray text = start.startsWith("\xEF\xBB\xBF") ? start.mid(3).trimmed() : start.trimmed();
    if (text.startsWith('{'))
        return ChecklistReader::readFile(path);
    if (const std::optional<JsonBounds::Excess> excess = JsonBounds::exceededBySize(file.size())) {
        ChecklistReader::Result failed;
        failed.problems << ChecklistProblem{
            path,
            {},
            {},
            ChecklistReader::tr("refused: the file is %1, far more than any checklist").arg(excess->what)};
        return failed;
    }
    return readCsv(file.readAll(), path);
}

QList<QStringList> ChecklistTable::toRows(const Checklist& checklist)
{
    QList<QStringList> rows;
    rows << QStringList{u"#id"_s, checklist.id} << QStringList{u"#title"_s, checklist.title.ja, checklist.title.en}
         << QStringList{u"#kind"_s, checklist.kind} << QStringList{u"#version"_s, QString::number(checklist.version)};
    if (checklist.isEnglishOnly())
        rows << QStringList{u"#language"_s, checklist.language};
    for (const SourceDocument& document : checklist.documents)
        rows << QStringList{u"#document"_s, document.id, document.title, document.layer};
    QStringList heading;
    for (const Column& column : columns())
        heading << QString::fromUtf16(column.japanese);
    rows << heading;
    for (const ChecklistChapter& chapter : checklist.chapters) {
        for (const ChecklistSection& section : chapter.sections) {
            for (const ChecklistItem& item : section.items) {
                QStringList evidenceJa;
                QStringList evidenceEn;
                for (const LocalizedText& evidence : item.evidence) {
                    evidenceJa << evidence.ja;
                    evidenceEn << evidence.en;
                }
                rows << QStringList{chapter.number,
                                    chapter.title.ja,
                                    chapter.title.en,
                                    section.number,
                                    section.title.ja,
                                    section.title.en,
                                    item.id,
                                    item.ref,
                                    item.source,
                                    item.document,
                                    item.question.ja,
                                    item.question.en,
                                    item.roles.join(u' '),
                                    levelName(item.level),
                                    evidenceJa.join(u'\n'),
                                    evidenceEn.join(u'\n'),
                                    item.priority ? u"○"_s : QString(),
                                    item.derivedFrom.join(u"; "_s),
                                    item.withdrawn ? u"○"_s : QString()};
            }
        }
    }
    return rows;
}

QByteArray ChecklistTable::toCsv(const Checklist& checklist)
{
    return TableExport::csv(toRows(checklist));
}

void ChecklistTable::writeXlsx(const Checklist& checklist, const QString& path)
{
    OutputFile output(path);
    lxw_workbook* workbook = workbook_new(QFile::encodeName(output.temporaryPath()).constData());
    if (!workbook)
        throw Error(tr("Cannot create %1.").arg(path));
    const QByteArray sheetName = tr("Checklist").toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDDEBF7);
    format_set_border(bold, LXW_BORDER_THIN);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    const QList<QStringList> rows = toRows(checklist);
    int headingRow = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const bool heading = !rows[r].value(0).startsWith(u'#') && headingRow == 0;
        if (heading)
            headingRow = r;
        for (int c = 0; c < rows[r].size(); ++c) {
            const QByteArray text = rows[r][c].toUtf8();
            worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), text.constData(),
                                   heading ? bold : wrap);
        }
    }
    const double widths[] = {6, 18, 18, 8, 22, 22, 16, 12, 50, 10, 50, 50, 24, 12, 24, 24, 6, 20, 6};
    for (int c = 0; c < static_cast<int>(std::size(widths)); ++c)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
    worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(headingRow + 1), 0);
    worksheet_autofilter(sheet, static_cast<lxw_row_t>(headingRow), 0, static_cast<lxw_row_t>(rows.size() - 1),
                         static_cast<lxw_col_t>(columns().size() - 1));
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR)
        throw Error(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result))));
    output.commit();
}

} // namespace kansa
