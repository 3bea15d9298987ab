#include "OscalCatalog.h"

#include "checklist/JsonLocator.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// A parameter's choices may insert other parameters; a catalog that makes them insert each other is cut off.
constexpr int MaxParamDepth = 8;

// NIST's catalog labels each control up to three times since OSCAL content 1.3: AC-2(10), and AC-02(10) with
// class zero-padded (for sorting) or sp800-53a; the label as NIST prints it is the one without a class.
// Returns the index in props of the prop to read, or -1.
qsizetype propIndex(const QJsonObject& object, const QString& name)
{
    const QJsonArray props = object.value(u"props"_s).toArray();
    qsizetype classed = -1;
    for (qsizetype p = 0; p < props.size(); ++p) {
        const QJsonObject prop = props.at(p).toObject();
        if (prop.value(u"name"_s).toString() != name)
            continue;
        if (!prop.contains(u"class"_s))
            return p;
        if (classed < 0)
            classed = p;
    }
    return classed;
}

QString prop(const QJsonObject& object, const QString& name)
{
    const qsizetype index = propIndex(object, name);
    return index < 0 ? QString() : object.value(u"props"_s).toArray().at(index).toObject().value(u"value"_s).toString();
}

// A control or group as NIST writes it: its label, or its id in upper case (ac-2.1 is AC-2(1)).
QString labelOf(const QJsonObject& object)
{
    const QString label = prop(object, u"label"_s);
    return label.isEmpty() ? object.value(u"id"_s).toString().toUpper() : label;
}

QString pointerTo(const QString& base, const QString& key, qsizetype index)
{
    return base % u'/' % key % u'/' % QString::number(index);
}

// Where a prop's value stands, or the object's id when it has no such prop.
QString propPointer(const QJsonObject& object, const QString& name, const QString& pointer)
{
    const qsizetype index = propIndex(object, name);
    return index < 0 ? pointer % u"/id"_s : pointerTo(pointer, u"props"_s, index) % u"/value"_s;
}

// Walks the catalog once to turn it into the checklist format, remembering where each value came from.
class Conversion final
{
public:
    explicit Conversion(const QString& text)
        : m_locator(text)
    {}

    QJsonObject checklist(const QJsonObject& catalog, const QString& fileName)
    {
        collect(catalog);
        const QString id = ChecklistReader::idFromFileName(fileName);
        const QJsonObject metadata = catalog.value(u"metadata"_s).toObject();
        const QString title = metadata.value(u"title"_s).toString().trimmed();
        at(u"/title"_s, u"/catalog/metadata/title"_s);
        at(u"/documents/0"_s, u"/catalog/metadata"_s);
        const QJsonArray groups = catalog.value(u"groups"_s).toArray();
        for (qsizetype g = 0; g < groups.size(); ++g)
            group(groups.at(g).toObject(), pointerTo(u"/catalog"_s, u"groups"_s, g), {});
        // A catalog may hold controls outside any group: they make one chapter of their own.
        if (!catalog.value(u"controls"_s).toArray().isEmpty())
            chapter(u"-"_s, title, catalog, u"/catalog"_s);
        return QJsonObject{
            {u"format"_s, u"kansa-checklist"_s},
            {u"id"_s, id},
            {u"version"_s, 1},
            {u"kind"_s, u"framework"_s},
            {u"language"_s, u"en"_s},
            {u"title"_s, QJsonObject{{u"ja"_s, QString()}, {u"en"_s, title}}},
            {u"documents"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"title"_s, title}, {u"layer"_s, u"standards"_s}}}},
            {u"chapters"_s, m_chapters}};
    }

    // Where a value of the checklist came from: the line of the nearest OSCAL value it was made of.
    ChecklistReader::Locate locate() const { return ChecklistReader::nearest(m_where); }

private:
    void at(const QString& pointer, const QString& oscalPointer)
    {
        m_where.insert(pointer, QString::number(m_locator.line(oscalPointer)));
    }

    // Parameters (ids unique in a catalog) and the labels NIST writes controls with (ac-2.1 is AC-2(1)).
    void collect(const QJsonObject& object)
    {
        for (const QJsonValue& value : object.value(u"params"_s).toArray()) {
            const QJsonObject param = value.toObject();
            m_params.insert(param.value(u"id"_s).toString(), param);
        }
        if (object.contains(u"id"_s))
            m_labels.insert(object.value(u"id"_s).toString(), labelOf(object));
        for (const QString key : {u"groups"_s, u"controls"_s}) {
            for (const QJsonValue& value : object.value(key).toArray())
                collect(value.toObject());
        }
    }

    // A group with controls is a chapter; a group inside it follows as a chapter of its own, titled with both.
    void group(const QJsonObject& object, const QString& oscalPointer, const QString& parentTitle)
    {
        const QString number = labelOf(object);
        const QString title = parentTitle.isEmpty() ? object.value(u"title"_s).toString()
                                                    : parentTitle % u" | "_s % object.value(u"title"_s).toString();
        if (!object.value(u"controls"_s).toArray().isEmpty())
            chapter(number, title, object, oscalPointer);
        const QJsonArray groups = object.value(u"groups"_s).toArray();
        for (qsizetype g = 0; g < groups.size(); ++g)
            group(groups.at(g).toObject(), pointerTo(oscalPointer, u"groups"_s, g), title);
    }

    // Each control is a section: the control and its enhancements, in the catalog's order.
    void chapter(const QString& number, const QString& title, const QJsonObject& object, const QString& oscalPointer)
    {
        const QString here = u"/chapters/"_s % QString::number(m_chapters.size());
        at(here, oscalPointer);
        at(here % u"/number"_s, oscalPointer % u"/id"_s);
        at(here % u"/title"_s, oscalPointer % u"/title"_s);
        QJsonArray sections;
        const QJsonArray controls = object.value(u"controls"_s).toArray();
        for (qsizetype c = 0; c < controls.size(); ++c) {
            const QJsonObject control = controls.at(c).toObject();
            const QString controlPointer = pointerTo(oscalPointer, u"controls"_s, c);
            const QString sectionHere = here % u"/sections/"_s % QString::number(sections.size());
            at(sectionHere, controlPointer);
            at(sectionHere % u"/title"_s, controlPointer % u"/title"_s);
            QJsonArray items;
            item(control, controlPointer, {}, sectionHere, items);
            sections << QJsonObject{
                {u"number"_s, labelOf(control)},
                {u"title"_s, QJsonObject{{u"ja"_s, QString()}, {u"en"_s, control.value(u"title"_s).toString()}}},
                {u"items"_s, items}};
        }
        m_chapters << QJsonObject{{u"number"_s, number},
                                  {u"title"_s, QJsonObject{{u"ja"_s, QString()}, {u"en"_s, title}}},
                                  {u"sections"_s, sections}};
    }

    void item(const QJsonObject& control, const QString& oscalPointer, const QString& parentTitle,
              const QString& section, QJsonArray& items)
    {
        const QString here = section % u"/items/"_s % QString::number(items.size());
        const QString id = labelOf(control);
        // NIST titles an enhancement after its control: "Account Management | Automated System Account Management".
        const QString title = control.value(u"title"_s).toString().trimmed();
        const QString question = parentTitle.isEmpty() || title.isEmpty() ? title : parentTitle % u" | "_s % title;
        const bool withdrawn = prop(control, u"status"_s) == u"withdrawn"_s;
        at(here, oscalPointer);
        at(here % u"/id"_s, propPointer(control, u"label"_s, oscalPointer));
        at(here % u"/ref"_s, propPointer(control, u"label"_s, oscalPointer));
        at(here % u"/question"_s, oscalPointer % u"/title"_s);
        QString source;
        const QJsonArray parts = control.value(u"parts"_s).toArray();
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const QJsonObject part = parts.at(p).toObject();
            if (part.value(u"name"_s).toString() != u"statement"_s)
                continue;
            QStringList lines;
            statement(part, lines);
            source = lines.join(u'\n');
            at(here % u"/source"_s, pointerTo(oscalPointer, u"parts"_s, p));
            break;
        }
        if (withdrawn)
            source = withdrawal(control, source);
        QJsonObject object{{u"id"_s, id},
                           {u"ref"_s, id},
                           {u"source"_s, source},
                           {u"question"_s, QJsonObject{{u"ja"_s, QString()}, {u"en"_s, question}}},
                           {u"level"_s, u"organisation"_s}};
        if (withdrawn)
            object.insert(u"withdrawn"_s, true);
        items << object;
        const QJsonArray enhancements = control.value(u"controls"_s).toArray();
        for (qsizetype e = 0; e < enhancements.size(); ++e)
            item(enhancements.at(e).toObject(), pointerTo(oscalPointer, u"controls"_s, e),
                 parentTitle.isEmpty() ? title : parentTitle, section, items);
    }

    // The statement as NIST prints it: one line per item, its label first ("a. Develop, …", "1. …", "(a) …").
    void statement(const QJsonObject& part, QStringList& lines)
    {
        const QString label = prop(part, u"label"_s);
        const QString prose = render(part.value(u"prose"_s).toString(), 0).trimmed();
        if (!prose.isEmpty() || !label.isEmpty())
            lines << (label.isEmpty() ? prose : QString(label % u' ' % prose).trimmed());
        for (const QJsonValue& value : part.value(u"parts"_s).toArray()) {
            const QJsonObject sub = value.toObject();
            if (sub.value(u"name"_s).toString() == u"item"_s)
                statement(sub, lines);
        }
    }

    // {{ insert: param, ac-1_prm_1 }} as NIST prints it: [Assignment: organization-defined personnel or roles],
    // [Selection (one or more): Organization-level; System-level].
    QString render(const QString& prose, int depth) const
    {
        static const QRegularExpression insert(u"\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*\\}\\}"_s);
        if (depth > MaxParamDepth || !prose.contains(u"{{"_s))
            return prose;
        QString result;
        qsizetype from = 0;
        for (QRegularExpressionMatchIterator it = insert.globalMatch(prose); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            result += QStringView(prose).mid(from, match.capturedStart() - from);
            result += param(match.captured(1), depth);
            from = match.capturedEnd();
        }
        return result % QStringView(prose).mid(from);
    }

    QString param(const QString& id, int depth) const
    {
        const QJsonObject param = m_params.value(id);
        const QJsonObject select = param.value(u"select"_s).toObject();
        if (!select.isEmpty()) {
            QStringList choices;
            for (const QJsonValue& choice : select.value(u"choice"_s).toArray())
                choices << render(choice.toString(), depth + 1).trimmed();
            const QString how = select.value(u"how-many"_s).toString() == u"one-or-more"_s
                                    ? u"Selection (one or more): "_s
                                    : u"Selection: "_s;
            return u'[' % how % choices.join(u"; "_s) % u']';
        }
        QString assignment = param.value(u"label"_s).toString().trimmed();
        if (assignment.isEmpty())
            assignment = param.value(u"guidelines"_s).toArray().at(0).toObject().value(u"prose"_s).toString().trimmed();
        return u"[Assignment: "_s % (assignment.isEmpty() ? id : assignment) % u']';
    }

    // NIST prints where a withdrawn control went, [Withdrawn: Incorporated into AC-6.], or why, from what little
    // statement it kept: [Withdrawn: Addressed through tailoring.].
    QString withdrawal(const QJsonObject& control, const QString& statement) const
    {
        QStringList incorporated;
        QStringList moved;
        for (const QJsonValue& value : control.value(u"links"_s).toArray()) {
            const QJsonObject link = value.toObject();
            const QString rel = link.value(u"rel"_s).toString();
            if (rel != u"incorporated-into"_s && rel != u"moved-to"_s)
                continue;
            // #ac-2_smt.k: the statement item k of AC-2, which NIST writes AC-2k.
            const QString target = link.value(u"href"_s).toString().mid(1);
            const qsizetype statementAt = target.indexOf(u"_smt"_s);
            const QString control = statementAt < 0 ? target : target.left(statementAt);
            QString name = m_labels.value(control, control.toUpper());
            if (statementAt >= 0)
                name += target.mid(statementAt + 4).remove(u'.');
            (rel == u"moved-to"_s ? moved : incorporated) << name;
        }
        QStringList said;
        if (!incorporated.isEmpty())
            said << u"Incorporated into "_s % incorporated.join(u", "_s);
        if (!moved.isEmpty())
            said << u"Moved to "_s % moved.join(u", "_s);
        if (said.isEmpty())
            return statement.isEmpty() ? u"[Withdrawn.]"_s : u"[Withdrawn: "_s % statement % u']';
        return u"[Withdrawn: "_s % said.join(u"; "_s) % u".]"_s;
    }

    JsonLocator m_locator;
    QHash<QString, QJsonObject> m_params;
    QHash<QString, QString> m_labels;
    QHash<QString, QString> m_where; // checklist pointer -> line
    QJsonArray m_chapters;
};

} // namespace

bool OscalCatalog::isCatalog(const QJsonObject& root)
{
    return root.contains(u"catalog"_s) && !root.contains(u"format"_s);
}

ChecklistReader::Result OscalCatalog::read(const QJsonObject& root, const QString& text, const QString& fileName)
{
    const QJsonValue catalog = root.value(u"catalog"_s);
    if (!catalog.isObject()) {
        ChecklistReader::Result failed;
        failed.problems << ChecklistProblem{fileName, QString::number(JsonLocator(text).line(u"/catalog"_s)),
                                            u"catalog"_s, tr("an OSCAL catalog must be an object")};
        return failed;
    }
    Conversion conversion(text);
    const QJsonObject checklist = conversion.checklist(catalog.toObject(), fileName);
    ChecklistReader::Result result = ChecklistReader::readObject(checklist, fileName, conversion.locate());
    if (result.checklist.itemCount() == 0)
        result.problems << ChecklistProblem{fileName, QString::number(JsonLocator(text).line(u"/catalog"_s)),
                                            u"controls"_s, tr("the catalog has no controls")};
    return result;
}

} // namespace kansa
