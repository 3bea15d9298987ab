#include "ChecklistReader.h"

#include "checklist/JsonLocator.h"
#include "checklist/OscalCatalog.h"
#include "exchange/JsonBounds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

QString ChecklistProblem::toString() const
{
    QString text = file;
    if (!where.isEmpty())
        text += u':' % where;
    text += u": "_s;
    if (!field.isEmpty())
        text += field % u": "_s;
    return text % (warning ? ChecklistReader::tr("warning: %1").arg(message) : message);
}

namespace {

// A clause of a municipal policy is far shorter; 42 of NIST SP 800-53's statements are longer than 1,000.
constexpr int MaxSourceLength = 10000;

// The answer scale is ○ 実施している / × 実施していない: a question whose sentence ends in a negative
// (…していないか。…していませんか。) makes ○ the bad answer. A negative inside the sentence (…せずに…しているか。
// …が付与されていないか、定期的に確認しているか。) asks for something done, so only a sentence's end counts.
bool isPhrasedNegatively(const QString& question)
{
    static const QRegularExpression negativeEnding(
        u"(?:ない|ません|なかった|ませんでした)(?:です|でしょう)?か(?=\\s*(?:[。．？?]|$))"_s);
    return negativeEnding.match(question).hasMatch();
}

// Items split from one clause, or quoting the same duty under two clauses, are marked priority alike
// (checklists/README.md): they are siblings when they have the same ref and their quotes begin with the same
// sentence, or when their quotes end in the same sentence of at least 20 characters. Spaces and a list marker
// at the start of the sentence (①, （ア）, (ア)) do not count.
constexpr int MinSharedSentence = 20;

QString withoutSpaces(QString text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return text.remove(spaces);
}

QString firstSentence(const QString& source)
{
    const QString text = withoutSpaces(source);
    const qsizetype end = text.indexOf(u'。');
    return end < 0 ? text : text.left(end + 1);
}

QString lastSentence(const QString& source)
{
    static const QRegularExpression marker(u"^(?:[①-⑳]|（[ア-ン]）|\\([ア-ン]\\))"_s);
    QString text = withoutSpaces(source);
    const qsizetype searchFrom = text.endsWith(u'。') ? text.size() - 2 : text.size() - 1;
    const qsizetype start = searchFrom >= 0 ? text.lastIndexOf(u'。', searchFrom) + 1 : 0;
    return text.mid(start).remove(marker);
}

void warnPrioritySiblings(ChecklistReader::Result& result)
{
    QHash<QString, QList<const ChecklistItem*>> groups;
    for (const ChecklistItem* item : result.checklist.items()) {
        if (item->id.isEmpty() || item->source.isEmpty())
            continue;
        groups[u"ref:"_s % item->ref % u'\n' % firstSentence(item->source)] << item;
        const QString last = lastSentence(item->source);
        if (last.size() >= MinSharedSentence)
            groups[u"end:"_s % last] << item;
    }
    QSet<QString> warned;
    for (const ChecklistItem* item : result.checklist.items()) {
        if (item->priority || item->id.isEmpty() || item->source.isEmpty() || warned.contains(item->id))
            continue;
        QList<const ChecklistItem*> siblings =
            groups.value(u"ref:"_s % item->ref % u'\n' % firstSentence(item->source));
        const QString last = lastSentence(item->source);
        if (last.size() >= MinSharedSentence)
            siblings += groups.value(u"end:"_s % last);
        const auto marked = std::find_if(siblings.cbegin(), siblings.cend(),
                                         [](const ChecklistItem* sibling) { return sibling->priority; });
        if (marked == siblings.cend())
            continue;
        ChecklistProblem warning = result.itemLocations.value(item->id);
        warning.field = u"priority"_s;
        warning.message =
            ChecklistReader::tr("%1 is not a priority item, but %2, split from the same clause or quoting "
                                "the same duty, is: mark both or neither")
                .arg(item->id, (*marked)->id);
        warning.warning = true;
        result.problems << warning;
        warned.insert(item->id);
    }
}

// A quote that joins the lead-in of a list of duties (「次の事項を…しなければならない。」「次の各号に…」) to one of
// its items keeps the item's own marker (①, （ア）, (1), ・ …), which shows that the items between were left out
// (checklists/README.md); a piece without one reads as if the policy said it right after the lead-in. A list or
// table quoted whole (「次のとおりとする。」「次の表に…」) is not such a join.
bool joinsWithoutMarker(const QString& source)
{
    static const QRegularExpression leadIn(u"(?:次の|以下の)(?:各号|事項)[^。]*。"_s);
    static const QRegularExpression marker(
        u"^(?:[①-⑳]|[（(][ア-ンａ-ｚa-z０-９0-9一二三四五六七八九十]+[）)]|[ア-ン][．.、\s]|[・●○]|[0-9０-９]+[．.])"_s);
    const QString text = withoutSpaces(source);
    for (QRegularExpressionMatchIterator it = leadIn.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString rest = text.mid(match.capturedEnd());
        if (!rest.isEmpty() && !marker.match(rest).hasMatch())
            return true;
    }
    return false;
}

// Walks one parsed file, reporting problems with the line of the value at fault.
class FileReader
{
public:
    FileReader(ChecklistReader::Locate locate, QString fileName, ChecklistReader::Result& result)
        : m_locate(std::move(locate))
        , m_file(std::move(fileName))
        , m_result(result)
    {}

    void problem(const QString& pointer, const QString& field, const QString& message)
    {
        m_result.problems << location(pointer, field, message);
    }

    void warning(const QString& pointer, const QString& field, const QString& message)
    {
        ChecklistProblem warning = location(pointer, field, message);
        warning.warning = true;
        m_result.problems << warning;
    }

    // What the header says about the items: an English-only checklist may leave the Japanese empty, a framework
    // names no roles or evidence (checklists/README.md).
    void setRules(const Checklist& checklist)
    {
        m_englishOnly = checklist.isEnglishOnly();
        m_framework = checklist.isFramework();
    }

    ChecklistProblem location(const QString& pointer, const QString& field, const QString& message = {}) const
    {
        return {m_file, m_locate(pointer), field, message};
    }

    void checkKeys(const QJsonObject& object, const QString& pointer, const QStringList& allowed,
                   const QStringList& required)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                problem(pointer % u'/' % it.key(), it.key(),
                        ChecklistReader::tr("unknown key (allowed here: %1)").arg(allowed.join(u", "_s)));
        }
        for (const QString& key : required) {
            if (!object.contains(key))
                problem(pointer, key, ChecklistReader::tr("missing"));
        }
    }

    // `label` names the field in a problem when the key alone is ambiguous (question.ja).
    QString text(const QJsonObject& object, const QString& key, const QString& pointer, const QString& label = {},
                 bool mayBeEmpty = false)
    {
        const QJsonValue value = object.value(key);
        const QString field = label.isEmpty() ? key : label;
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            problem(pointer % u'/' % key, field, ChecklistReader::tr("must be a text"));
            return {};
        }
        if (!mayBeEmpty && value.toString().trimmed().isEmpty())
            problem(pointer % u'/' % key, field, ChecklistReader::tr("is empty"));
        return value.toString();
    }

    LocalizedText localized(const QJsonObject& object, const QString& key, const QString& pointer)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        const QString here = pointer % u'/' % key;
        if (!value.isObject()) {
            problem(here, key, ChecklistReader::tr("must be an object with \"ja\" and \"en\""));
            return {};
        }
        return texts(value.toObject(), here, key);
    }

    // { "ja", "en" }; in an English-only checklist "ja" may be left out or empty.
    LocalizedText texts(const QJsonObject& object, const QString& pointer, const QString& label)
    {
        checkKeys(object, pointer, {u"ja"_s, u"en"_s},
                  m_englishOnly ? QStringList{u"en"_s} : QStringList{u"ja"_s, u"en"_s});
        return {text(object, u"ja"_s, pointer, label % u".ja"_s, m_englishOnly),
                text(object, u"en"_s, pointer, label % u".en"_s)};
    }

    QJsonArray array(const QJsonObject& object, const QString& key, const QString& pointer)
    {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isArray())
            problem(pointer % u'/' % key, key, ChecklistReader::tr("must be a list"));
        return value.toArray();
    }

    QList<ChecklistChapter> chapters(const QJsonArray& list, const QString& pointer, const QSet<QString>& documents)
    {
        QList<ChecklistChapter> result;
        for (int c = 0; c < list.size(); ++c) {
            const QString here = pointer % u'/' % QString::number(c);
            const QJsonObject object = list.at(c).toObject();
            checkKeys(object, here, {u"number"_s, u"title"_s, u"obligations"_s, u"sections"_s},
                      {u"number"_s, u"title"_s, u"sections"_s});
            ChecklistChapter chapter;
            chapter.number = text(object, u"number"_s, here);
            chapter.title = localized(object, u"title"_s, here);
            const QJsonValue obligations = object.value(u"obligations"_s);
            if (!obligations.isUndefined() && (!obligations.isDouble() || obligations.toInt(-1) < 0))
                problem(here % u"/obligations"_s, u"obligations"_s, ChecklistReader::tr("must be a whole number"));
            chapter.obligations = obligations.toInt(-1);
            const QJsonArray sections = array(object, u"sections"_s, here);
            for (int s = 0; s < sections.size(); ++s) {
                const QString sectionPointer = here % u"/sections/"_s % QString::number(s);
                const QJsonObject sectionObject = sections.at(s).toObject();
                checkKeys(sectionObject, sectionPointer, {u"number"_s, u"title"_s, u"items"_s},
                          {u"number"_s, u"title"_s, u"items"_s});
                ChecklistSection section;
                section.number = text(sectionObject, u"number"_s, sectionPointer);
                section.title = localized(sectionObject, u"title"_s, sectionPointer);
                const QJsonArray items = array(sectionObject, u"items"_s, sectionPointer);
                for (int i = 0; i < items.size(); ++i)
                    section.items << item(items.at(i).toObject(), sectionPointer % u"/items/"_s % QString::number(i),
                                          documents);
                chapter.sections << section;
            }
            result << chapter;
        }
        return result;
    }

    ChecklistItem item(const QJsonObject& object, const QString& here, const QSet<QString>& documents)
    {
        // Kansa's own ids are lower case (std-4.2-1-2); a framework's keep its own spelling (NIST's AC-2(1)).
        static const QRegularExpression idPattern(u"^[A-Za-z0-9][A-Za-z0-9.()\\-]*$"_s);
        QStringList required{u"id"_s, u"ref"_s, u"source"_s, u"question"_s, u"level"_s};
        if (!m_framework)
            required << u"roles"_s << u"evidence"_s;
        checkKeys(object, here,
                  {u"id"_s, u"ref"_s, u"source"_s, u"document"_s, u"question"_s, u"roles"_s, u"level"_s, u"evidence"_s,
                   u"priority"_s, u"derived_from"_s, u"withdrawn"_s},
                  required);
        ChecklistItem item;
        item.id = text(object, u"id"_s, here);
        if (!item.id.isEmpty() && !idPattern.match(item.id).hasMatch())
            problem(here % u"/id"_s, u"id"_s,
                    ChecklistReader::tr("「%1」 is not a valid id (letters, digits, ., -, ( and ))").arg(item.id));
        item.ref = text(object, u"ref"_s, here);
        item.source = text(object, u"source"_s, here);
        if (item.source.size() > MaxSourceLength)
            problem(here % u"/source"_s, u"source"_s,
                    ChecklistReader::tr("the quote is longer than %1 characters: quote the clause, not the section")
                        .arg(MaxSourceLength));
        if (joinsWithoutMarker(item.source))
            warning(
                here % u"/source"_s, u"source"_s,
                ChecklistReader::tr("%1: the quote joins a list's lead-in to text without the list item's marker "
                                    "(①, （ア） …): quote the item with its marker, so that it shows what was left out")
                    .arg(item.id));
        item.document = text(object, u"document"_s, here);
        if (object.contains(u"document"_s) && !documents.contains(item.document))
            problem(here % u"/document"_s, u"document"_s,
                    ChecklistReader::tr("「%1」 is not one of the checklist's documents").arg(item.document));
        item.question = localized(object, u"question"_s, here);
        if (isPhrasedNegatively(item.question.ja))
            warning(here % u"/question/ja"_s, u"question.ja"_s,
                    ChecklistReader::tr("%1: the question is phrased negatively, so that ○ (yes) would be the bad "
                                        "answer; ask for what is done (「…せずに…しているか。」)")
                        .arg(item.id));
        const QJsonArray roles = array(object, u"roles"_s, here);
        if (object.contains(u"roles"_s) && roles.isEmpty() && !m_framework)
            problem(here % u"/roles"_s, u"roles"_s, ChecklistReader::tr("names no role"));
        for (const QJsonValue& role : roles) {
            if (!Checklist::roleKeys().contains(role.toString()))
                problem(here % u"/roles"_s, u"roles"_s,
                        ChecklistReader::tr("unknown role 「%1」 (known: %2)")
                            .arg(role.toString(), Checklist::roleKeys().join(u", "_s)));
            else
                item.roles << role.toString();
        }
        item.level = text(object, u"level"_s, here);
        if (object.contains(u"level"_s) && !Checklist::levels().contains(item.level))
            problem(here % u"/level"_s, u"level"_s,
                    ChecklistReader::tr("unknown level 「%1」 (organisation, unit or system)").arg(item.level));
        const QJsonArray evidence = array(object, u"evidence"_s, here);
        if (object.contains(u"evidence"_s) && evidence.isEmpty() && !m_framework)
            problem(here % u"/evidence"_s, u"evidence"_s, ChecklistReader::tr("names no evidence"));
        for (int e = 0; e < evidence.size(); ++e) {
            const QString evidencePointer = here % u"/evidence/"_s % QString::number(e);
            item.evidence << texts(evidence.at(e).toObject(), evidencePointer, u"evidence"_s);
        }
        const QJsonValue priority = object.value(u"priority"_s);
        if (!priority.isUndefined() && !priority.isBool())
            problem(here % u"/priority"_s, u"priority"_s, ChecklistReader::tr("must be true or false"));
        item.priority = priority.toBool();
        const QJsonValue withdrawn = object.value(u"withdrawn"_s);
        if (!withdrawn.isUndefined() && !withdrawn.isBool())
            problem(here % u"/withdrawn"_s, u"withdrawn"_s, ChecklistReader::tr("must be true or false"));
        item.withdrawn = withdrawn.toBool();
        for (const QJsonValue& id : array(object, u"derived_from"_s, here))
            item.derivedFrom << id.toString();
        if (!item.id.isEmpty()) {
            if (m_result.itemLocations.contains(item.id))
                problem(here % u"/id"_s, u"id"_s,
                        ChecklistReader::tr("the id %1 is used twice (also %2)")
                            .arg(item.id, m_result.itemLocations.value(item.id).file % u':' %
                                              m_result.itemLocations.value(item.id).where));
            else
                m_result.itemLocations.insert(item.id, location(here % u"/id"_s, u"id"_s));
            if (!item.derivedFrom.isEmpty())
                m_result.derivedFromLocations.insert(item.id, location(here % u"/derived_from"_s, u"derived_from"_s));
        }
        return item;
    }

private:
    ChecklistReader::Locate m_locate;
    QString m_file;
    ChecklistReader::Result& m_result;
    bool m_englishOnly = false;
    bool m_framework = false;
};

// The text of a JSON file, or a problem that says why it cannot be parsed.
bool parse(const QByteArray& bytes, const QString& fileName, QJsonObject* root, QString* text,
           ChecklistReader::Result& result)
{
    if (const std::optional<JsonBounds::Excess> excess = JsonBounds::exceeded(bytes)) {
        result.problems << ChecklistProblem{
            fileName,
            excess->line ? QString::number(excess->line) : QString(),
            {},
            ChecklistReader::tr("refused: the file is %1, far more than any checklist").arg(excess->what)};
        return false;
    }
    *text = QString::fromUtf8(bytes);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = QString::fromUtf8(bytes.left(error.offset)).size();
        result.problems << ChecklistProblem{fileName,
                                            QString::number(JsonLocator::lineOfOffset(*text, offset)),
                                            {},
                                            ChecklistReader::tr("not valid JSON: %1").arg(error.errorString())};
        return false;
    }
    if (!document.isObject()) {
        result.problems << ChecklistProblem{
            fileName, u"1"_s, {}, ChecklistReader::tr("the file must hold one JSON object")};
        return false;
    }
    *root = document.object();
    return true;
}

QByteArray readAll(const QString& path, ChecklistReader::Result& result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems << ChecklistProblem{
            path, {}, {}, ChecklistReader::tr("cannot read: %1").arg(file.errorString())};
        return {};
    }
    if (const std::optional<JsonBounds::Excess> excess = JsonBounds::exceededBySize(file.size())) {
        result.problems << ChecklistProblem{
            path,
            {},
            {},
            ChecklistReader::tr("refused: the file is %1, far more than any checklist").arg(excess->what)};
        return {};
    }
    return file.readAll();
}

// The header (and its parts) of a checklist already parsed, checked field by field.
void readChecklist(const QJsonObject& root, FileReader& reader, const QString& folder, ChecklistReader::Result& result)
{
    if (root.value(u"format"_s).toString() == u"kansa-checklist-part"_s) {
        reader.problem({}, u"format"_s,
                       ChecklistReader::tr("this is one part of a checklist: read the checklist.json that names it"));
        return;
    }
    reader.checkKeys(root, {},
                     {u"format"_s, u"id"_s, u"version"_s, u"kind"_s, u"language"_s, u"title"_s, u"documents"_s,
                      u"parts"_s, u"chapters"_s},
                     {u"format"_s, u"id"_s, u"version"_s, u"kind"_s, u"title"_s, u"documents"_s});
    if (root.contains(u"format"_s) && root.value(u"format"_s).toString() != u"kansa-checklist"_s)
        reader.problem(u"/format"_s, u"format"_s, ChecklistReader::tr("must be \"kansa-checklist\""));
    Checklist& checklist = result.checklist;
    checklist.id = reader.text(root, u"id"_s, {});
    const QJsonValue version = root.value(u"version"_s);
    checklist.version = version.toInt();
    if (root.contains(u"version"_s) && (!version.isDouble() || checklist.version < 1))
        reader.problem(u"/version"_s, u"version"_s, ChecklistReader::tr("must be a whole number of at least 1"));
    checklist.kind = reader.text(root, u"kind"_s, {});
    if (root.contains(u"kind"_s) && !Checklist::kinds().contains(checklist.kind))
        reader.problem(
            u"/kind"_s, u"kind"_s,
            ChecklistReader::tr("unknown kind 「%1」 (%2)").arg(checklist.kind, Checklist::kinds().join(u", "_s)));
    const QString language = reader.text(root, u"language"_s, {});
    if (root.contains(u"language"_s) && language != u"ja"_s && language != u"en"_s)
        reader.problem(
            u"/language"_s, u"language"_s,
            ChecklistReader::tr("unknown language 「%1」 (en for a checklist in English only)").arg(language));
    checklist.language = language == u"en"_s ? language : QString();
    reader.setRules(checklist);
    checklist.title = reader.localized(root, u"title"_s, {});
    QSet<QString> documentIds;
    const QJsonArray documents = reader.array(root, u"documents"_s, {});
    for (int d = 0; d < documents.size(); ++d) {
        const QString here = u"/documents/"_s % QString::number(d);
        const QJsonObject object = documents.at(d).toObject();
        reader.checkKeys(object, here, {u"id"_s, u"title"_s, u"layer"_s}, {u"id"_s, u"title"_s, u"layer"_s});
        const SourceDocument document{reader.text(object, u"id"_s, here), reader.text(object, u"title"_s, here),
                                      reader.text(object, u"layer"_s, here)};
        documentIds.insert(document.id);
        checklist.documents << document;
    }
    if (root.contains(u"parts"_s) == root.contains(u"chapters"_s))
        reader.problem({}, u"chapters"_s,
                       ChecklistReader::tr("a checklist has either \"chapters\" or \"parts\", not both or neither"));
    checklist.chapters = reader.chapters(reader.array(root, u"chapters"_s, {}), u"/chapters"_s, documentIds);

    const QJsonArray parts = reader.array(root, u"parts"_s, {});
    for (int p = 0; p < parts.size(); ++p) {
        const QString partPath = QDir(folder).filePath(parts.at(p).toString());
        const QByteArray partBytes = readAll(partPath, result);
        QJsonObject partRoot;
        QString partText;
        if (partBytes.isNull() || !parse(partBytes, partPath, &partRoot, &partText, result))
            continue;
        const JsonLocator partLocator(partText);
        FileReader part([&partLocator](const QString& p) { return QString::number(partLocator.line(p)); }, partPath,
                        result);
        part.setRules(checklist);
        part.checkKeys(partRoot, {}, {u"format"_s, u"checklist"_s, u"chapters"_s},
                       {u"format"_s, u"checklist"_s, u"chapters"_s});
        if (partRoot.value(u"format"_s).toString() != u"kansa-checklist-part"_s)
            part.problem(u"/format"_s, u"format"_s, ChecklistReader::tr("must be \"kansa-checklist-part\""));
        if (partRoot.value(u"checklist"_s).toString() != checklist.id)
            part.problem(u"/checklist"_s, u"checklist"_s,
                         ChecklistReader::tr("names 「%1」, but the header is 「%2」")
                             .arg(partRoot.value(u"checklist"_s).toString(), checklist.id));
        // A chapter split over two parts (6.1–6.2 and 6.3–6.6) continues where the previous part left off.
        for (const ChecklistChapter& chapter :
             part.chapters(part.array(partRoot, u"chapters"_s, {}), u"/chapters"_s, documentIds)) {
            if (!checklist.chapters.isEmpty() && checklist.chapters.last().number == chapter.number) {
                ChecklistChapter& previous = checklist.chapters.last();
                previous.sections += chapter.sections;
                if (chapter.obligations >= 0)
                    previous.obligations = std::max(previous.obligations, 0) + chapter.obligations;
            } else {
                checklist.chapters << chapter;
            }
        }
    }
    warnPrioritySiblings(result);
}

} // namespace

ChecklistReader::Result ChecklistReader::readFile(const QString& path)
{
    Result result;
    const QByteArray bytes = readAll(path, result);
    if (!result.ok())
        return result;
    return readJson(bytes, path, QFileInfo(path).path());
}

ChecklistReader::Result ChecklistReader::readJson(const QByteArray& bytes, const QString& fileName,
                                                  const QString& folder)
{
    Result result;
    QJsonObject root;
    QString text;
    if (!parse(bytes, fileName, &root, &text, result))
        return result;
    if (OscalCatalog::isCatalog(root))
        return OscalCatalog::read(root, text, fileName);
    const JsonLocator locator(text);
    FileReader reader([&locator](const QString& p) { return QString::number(locator.line(p)); }, fileName, result);
    readChecklist(root, reader, folder, result);
    return result;
}

ChecklistReader::Result ChecklistReader::readObject(const QJsonObject& root, const QString& fileName,
                                                    const Locate& locate)
{
    Result result;
    FileReader reader(locate, fileName, result);
    readChecklist(root, reader, {}, result);
    return result;
}

ChecklistReader::Locate ChecklistReader::nearest(QHash<QString, QString> where)
{
    return [where = std::move(where)](const QString& pointer) {
        for (QString p = pointer;; p.truncate(p.lastIndexOf(u'/'))) {
            const auto it = where.constFind(p);
            if (it != where.cend())
                return *it;
            if (p.isEmpty())
                return QString();
        }
    };
}

QString ChecklistReader::idFromFileName(const QString& fileName)
{
    static const QRegularExpression other(u"[^a-z0-9-]+"_s);
    return QFileInfo(fileName).completeBaseName().toLower().replace(other, u"-"_s);
}

QList<ChecklistProblem> ChecklistReader::crossCheck(const QList<Result>& results, const QSet<QString>& knownElsewhere)
{
    QList<ChecklistProblem> problems;
    QHash<QString, ChecklistProblem> seen;
    for (const Result& result : results) {
        for (auto it = result.itemLocations.cbegin(); it != result.itemLocations.cend(); ++it) {
            const auto previous = seen.constFind(it.key());
            if (previous != seen.cend()) {
                ChecklistProblem problem = *it;
                problem.message =
                    tr("the id %1 is also used in %2").arg(it.key(), previous->file % u':' % previous->where);
                problems << problem;
            } else {
                seen.insert(it.key(), *it);
            }
        }
    }
    for (const Result& result : results) {
        for (const ChecklistItem* item : result.checklist.items()) {
            for (const QString& id : item->derivedFrom) {
                if (!seen.contains(id) && !knownElsewhere.contains(id)) {
                    ChecklistProblem problem = result.derivedFromLocations.value(item->id);
                    problem.message = tr("refers to the unknown item %1").arg(id);
                    problems << problem;
                }
            }
        }
    }
    return problems;
}

QStringList ChecklistReader::shippedFiles()
{
    QStringList files;
    const QDir root(u":/checklists"_s);
    for (const QFileInfo& entry : root.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (entry.isDir() && QFile::exists(QDir(entry.filePath()).filePath(u"checklist.json"_s)))
            files << QDir(entry.filePath()).filePath(u"checklist.json"_s);
        else if (entry.isFile() && entry.suffix() == u"json"_s)
            files << entry.filePath();
    }
    return files;
}

} // namespace kansa
