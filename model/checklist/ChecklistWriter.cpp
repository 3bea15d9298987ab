#include "ChecklistWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QJsonObject texts(const LocalizedText& text)
{
    return QJsonObject{{u"ja"_s, text.ja}, {u"en"_s, text.en}};
}

QJsonObject itemObject(const ChecklistItem& item)
{
    QJsonObject object{{u"id"_s, item.id}, {u"ref"_s, item.ref}, {u"source"_s, item.source}};
    if (!item.document.isEmpty())
        object.insert(u"document"_s, item.document);
    object.insert(u"question"_s, texts(item.question));
    object.insert(u"roles"_s, QJsonArray::fromStringList(item.roles));
    object.insert(u"level"_s, item.level);
    QJsonArray evidence;
    for (const LocalizedText& e : item.evidence)
        evidence << texts(e);
    object.insert(u"evidence"_s, evidence);
    if (item.priority)
        object.insert(u"priority"_s, true);
    if (!item.derivedFrom.isEmpty())
        object.insert(u"derived_from"_s, QJsonArray::fromStringList(item.derivedFrom));
    if (item.withdrawn)
        object.insert(u"withdrawn"_s, true);
    return object;
}

} // namespace

QByteArray ChecklistWriter::toJson(const Checklist& checklist)
{
    QJsonArray documents;
    for (const SourceDocument& document : checklist.documents)
        documents << QJsonObject{{u"id"_s, document.id}, {u"title"_s, document.title}, {u"layer"_s, document.layer}};
    QJsonArray chapters;
    for (const ChecklistChapter& chapter : checklist.chapters) {
        QJsonArray sections;
        for (const ChecklistSection& section : chapter.sections) {
            QJsonArray items;
            for (const ChecklistItem& item : section.items)
                items << itemObject(item);
            sections << QJsonObject{
                {u"number"_s, section.number}, {u"title"_s, texts(section.title)}, {u"items"_s, items}};
        }
        QJsonObject object{
            {u"number"_s, chapter.number}, {u"title"_s, texts(chapter.title)}, {u"sections"_s, sections}};
        if (chapter.obligations >= 0)
            object.insert(u"obligations"_s, chapter.obligations);
        chapters << object;
    }
    QJsonObject root{{u"format"_s, u"kansa-checklist"_s},
                     {u"id"_s, checklist.id},
                     {u"version"_s, checklist.version},
                     {u"kind"_s, checklist.kind},
                     {u"title"_s, texts(checklist.title)},
                     {u"documents"_s, documents},
                     {u"chapters"_s, chapters}};
    if (checklist.isEnglishOnly())
        root.insert(u"language"_s, checklist.language);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace kansa
