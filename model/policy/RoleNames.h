#pragma once

#include <QString>
#include <QStringList>

namespace kansa {

// The names municipalities give the roles of the checklist format (checklists/README.md), as one table: a
// policy's subject 「情報化推進責任者は、」 is asked of the role its name stands for.
class RoleNames final
{
public:
    // The role keys named in text, in the order they appear; a longer name wins over a name it contains
    // (統括情報セキュリティ責任者 is not also 情報セキュリティ責任者).
    static QStringList rolesIn(const QString& text);
    // The roles named as who acts (the name followed by が or は: 「職員等が外部から…場合は、」), not those merely
    // mentioned (「利用者IDごとの…」).
    static QStringList actorsIn(const QString& text);
};

} // namespace kansa
