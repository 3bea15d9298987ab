#include "policy/RoleNames.h"

#include <QList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

struct RoleName
{
    QString name;
    QString role;
};

// The synonym table. Names as the MIC guideline and municipal policies write them; a body that has no role of
// its own is asked of who acts for it, as checklists/README.md says (CSIRT, クラウドサービス管理者, …).
const QList<RoleName>& table()
{
    static const QList<RoleName> names = [] {
        QList<RoleName> list{
            {u"最高情報セキュリティ責任者"_s, u"ciso"_s},
            {u"最高情報セキュリティ副責任者"_s, u"ciso"_s},
            {u"副CISO"_s, u"ciso"_s},
            {u"CISO"_s, u"ciso"_s},
            {u"CIO"_s, u"ciso"_s},
            {u"最高情報統括責任者"_s, u"ciso"_s},
            {u"情報統括責任者"_s, u"ciso"_s},
            {u"情報化統括責任者"_s, u"ciso"_s},
            {u"統括情報セキュリティ責任者"_s, u"chief_security_manager"_s},
            {u"情報化推進責任者"_s, u"chief_security_manager"_s},
            {u"情報セキュリティ統括責任者"_s, u"chief_security_manager"_s},
            {u"CSIRT"_s, u"chief_security_manager"_s},
            {u"利用申請の許可権限者"_s, u"chief_security_manager"_s},
            {u"情報セキュリティ責任者"_s, u"department_security_officer"_s},
            {u"部局長"_s, u"department_security_officer"_s},
            {u"各課局長"_s, u"department_security_officer"_s},
            {u"情報セキュリティ管理者"_s, u"section_security_manager"_s},
            {u"課室長"_s, u"section_security_manager"_s},
            {u"所属長"_s, u"section_security_manager"_s},
            {u"情報システム管理者"_s, u"system_manager"_s},
            {u"クラウドサービス管理者"_s, u"system_manager"_s},
            {u"業務委託サービス管理者"_s, u"system_manager"_s},
            {u"システム管理者"_s, u"system_manager"_s},
            {u"情報システム担当者"_s, u"system_operator"_s},
            {u"システム担当者"_s, u"system_operator"_s},
            {u"情報セキュリティ監査統括責任者"_s, u"chief_auditor"_s},
            {u"監査統括責任者"_s, u"chief_auditor"_s},
            {u"監査人"_s, u"auditor"_s},
            {u"監査を行う者"_s, u"auditor"_s},
            {u"被監査部門"_s, u"section_security_manager"_s},
            {u"職員等"_s, u"staff"_s},
            {u"職員"_s, u"staff"_s},
            {u"利用者"_s, u"staff"_s},
            {u"情報セキュリティ委員会"_s, u"committee"_s},
            {u"委員会"_s, u"committee"_s},
        };
        // Longest first, so that a name is found before the shorter names inside it.
        std::stable_sort(list.begin(), list.end(),
                         [](const RoleName& a, const RoleName& b) { return a.name.size() > b.name.size(); });
        return list;
    }();
    return names;
}

QList<std::pair<qsizetype, QString>> find(const QString& text, bool actorsOnly)
{
    QString rest = text;
    rest.remove(u' ');
    rest.remove(u'\u3000');
    QList<std::pair<qsizetype, QString>> found;
    for (const RoleName& entry : table()) {
        qsizetype at = 0;
        while ((at = rest.indexOf(entry.name, at)) >= 0) {
            const qsizetype end = at + entry.name.size();
            const QChar next = end < rest.size() ? rest.at(end) : QChar();
            if (!actorsOnly || next == u'が' || next == u'は')
                found.append({at, entry.role});
            // Blank the name out so that shorter names inside it are not found again.
            rest.replace(at, entry.name.size(), QString(entry.name.size(), u'\u0001'));
            at += entry.name.size();
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return found;
}

QStringList roleList(const QList<std::pair<qsizetype, QString>>& found)
{
    QStringList roles;
    for (const auto& [at, role] : found)
        if (!roles.contains(role))
            roles << role;
    return roles;
}

} // namespace

QStringList RoleNames::rolesIn(const QString& text)
{
    return roleList(find(text, false));
}

QStringList RoleNames::actorsIn(const QString& text)
{
    return roleList(find(text, true));
}

} // namespace kansa
