#include "ShippedChecklists.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QJsonObject readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ShippedChecklists::tr("Cannot read the checklist %1.").arg(path));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error(ShippedChecklists::tr("The checklist %1 is not valid JSON: %2").arg(path, error.errorString()));
    return document.object();
}

void countChapters(const QJsonArray& chapters, ChecklistSummary& summary, QStringList& chapterNumbers)
{
    for (const QJsonValue& chapter : chapters) {
        const QString number = chapter[u"number"].toString();
        if (!chapterNumbers.contains(number))
            chapterNumbers << number;
        for (const QJsonValue& section : chapter[u"sections"].toArray()) {
            for (const QJsonValue& item : section[u"items"].toArray()) {
                ++summary.items;
                if (item[u"priority"].toBool())
                    ++summary.priorityItems;
            }
        }
    }
}

ChecklistSummary summarise(const QString& path)
{
    const QJsonObject header = readObject(path);
    ChecklistSummary summary;
    summary.id = header[u"id"].toString();
    summary.version = header[u"version"].toInt();
    summary.kind = header[u"kind"].toString();
    summary.titleJa = header[u"title"][u"ja"].toString();
    summary.titleEn = header[u"title"][u"en"].toString();
    for (const QJsonValue& document : header[u"documents"].toArray())
        summary.documents << document[u"title"].toString();
    QStringList chapterNumbers;
    countChapters(header[u"chapters"].toArray(), summary, chapterNumbers);
    const QDir folder = QFileInfo(path).dir();
    for (const QJsonValue& part : header[u"parts"].toArray())
        countChapters(readObject(folder.filePath(part.toString()))[u"chapters"].toArray(), summary, chapterNumbers);
    summary.chapters = static_cast<int>(chapterNumbers.size());
    return summary;
}

} // namespace

QList<ChecklistSummary> ShippedChecklists::list()
{
    QList<ChecklistSummary> result;
    const QDir root(u":/checklists"_s);
    for (const QFileInfo& entry : root.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (entry.isDir()) {
            const QString header = QDir(entry.filePath()).filePath(u"checklist.json"_s);
            if (QFile::exists(header))
                result << summarise(header);
        } else if (entry.suffix() == u"json"_s) {
            result << summarise(entry.filePath());
        }
    }
    return result;
}

QString ShippedChecklists::kindName(const QString& kind)
{
    if (kind == u"standards"_s)
        return tr("Standards");
    if (kind == u"basic_policy"_s)
        return tr("Basic policy");
    if (kind == u"procedure"_s)
        return tr("Procedure");
    if (kind == u"self_inspection"_s)
        return tr("Self-inspection");
    return kind;
}

} // namespace kansa
