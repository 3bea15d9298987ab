#include "ChecklistNames.h"

#include "checklist/Checklist.h"
#include "org/Role.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace kansa::ChecklistNames {

QString role(const QString& key)
{
    if (key == u"committee"_s)
        return QCoreApplication::translate("ChecklistsPage", "Security committee");
    const auto role = Roles::fromKey(key);
    return role ? Roles::name(*role) : key;
}

QString level(const QString& level)
{
    if (level == u"organisation"_s)
        return QCoreApplication::translate("ChecklistsPage", "Whole organisation");
    if (level == u"unit"_s)
        return QCoreApplication::translate("ChecklistsPage", "Each unit");
    if (level == u"system"_s)
        return QCoreApplication::translate("ChecklistsPage", "Each information system");
    return level;
}

QString itemHtml(const Checklist& checklist, const ChecklistItem& item, const QString& language)
{
    const QString shown = item.question.in(language);
    // An English-only checklist has no Japanese to show beside its English.
    QString other = language == u"ja"_s ? item.question.en : item.question.ja;
    if (other == shown)
        other.clear();
    // A framework's control is its own clause: AC-2(10) once, not twice.
    QString html = u"<p style='color:#555'>"_s % item.ref.toHtmlEscaped() %
                   (item.id == item.ref ? QString() : u" · "_s % item.id.toHtmlEscaped());
    if (item.priority)
        html +=
            u" · <b>"_s % QCoreApplication::translate("ChecklistsPage", "Priority item").toHtmlEscaped() % u"</b>"_s;
    if (item.withdrawn)
        html += u" · <b>"_s %
                QCoreApplication::translate("ChecklistsPage", "Withdrawn by the framework").toHtmlEscaped() % u"</b>"_s;
    html +=
        u"</p><h3>"_s % shown.toHtmlEscaped() % u"</h3><p style='color:#555'>"_s % other.toHtmlEscaped() % u"</p>"_s;
    QString document;
    for (const SourceDocument& d : checklist.documents) {
        if (d.id == item.document || (item.document.isEmpty() && checklist.documents.size() == 1))
            document = d.title;
    }
    html += u"<p><b>"_s % QCoreApplication::translate("ChecklistsPage", "Source").toHtmlEscaped() % u"</b>"_s %
            (document.isEmpty() ? QString() : u" ("_s % document.toHtmlEscaped() % u')') %
            u"</p><blockquote style='background:#f4f4f4; white-space:pre-wrap'>"_s % item.source.toHtmlEscaped() %
            u"</blockquote>"_s;
    QStringList roles;
    for (const QString& key : item.roles)
        roles << role(key);
    // A framework's item names no roles or evidence of the municipality's: no empty headings for them.
    html += u"<p>"_s;
    if (!roles.isEmpty())
        html += u"<b>"_s % QCoreApplication::translate("ChecklistsPage", "Asked of").toHtmlEscaped() % u":</b> "_s %
                roles.join(QCoreApplication::translate("ChecklistsPage", ", ")).toHtmlEscaped() % u"<br>"_s;
    html += u"<b>"_s % QCoreApplication::translate("ChecklistsPage", "Level").toHtmlEscaped() % u":</b> "_s %
            level(item.level).toHtmlEscaped() % u"</p>"_s;
    if (!item.evidence.isEmpty()) {
        html += u"<p><b>"_s % QCoreApplication::translate("ChecklistsPage", "Evidence to ask for").toHtmlEscaped() %
                u"</b></p><ul>"_s;
        for (const LocalizedText& evidence : item.evidence)
            html += u"<li>"_s % evidence.in(language).toHtmlEscaped() % u"</li>"_s;
        html += u"</ul>"_s;
    }
    if (!item.derivedFrom.isEmpty())
        html += u"<p><b>"_s % QCoreApplication::translate("ChecklistsPage", "Derived from").toHtmlEscaped() %
                u":</b> "_s % item.derivedFrom.join(u", "_s).toHtmlEscaped() % u"</p>"_s;
    return html;
}

} // namespace kansa::ChecklistNames
