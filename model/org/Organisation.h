#pragma once

#include "common/RowStamp.h"
#include "org/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kansa {

// The municipality (or association of municipalities) whose security is audited.
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString kind;                  // a key of OrganisationKinds
    QString classificationMarking; // printed on every page of a report, 対策基準 2(2)②
    RowStamp stamp;
};

class OrganisationKinds final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationKinds)

public:
    // city, town, village, special_ward, prefecture, partial_affairs_association, wide_area_union
    static QStringList keys();
    static QString name(const QString& key);
    static QString fromText(const QString& text); // key, Japanese (市) or English name; empty when unknown
};

enum class UnitKind
{
    Department,
    Section,
    Branch
};

class UnitKinds final
{
    Q_DECLARE_TR_FUNCTIONS(UnitKinds)

public:
    static QString key(UnitKind kind);
    static QString name(UnitKind kind);
    static std::optional<UnitKind> fromKey(const QString& key);
    static std::optional<UnitKind> fromText(const QString& text); // 部局, 課室, 出先機関, key or English
};

// An organisational unit: 部局, 課室 or 出先機関, in a tree with a display order among siblings.
struct Unit
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: a top-level unit
    QString code;        // the HR system's code, used to match imports; may be empty
    QString name;
    UnitKind kind = UnitKind::Section;
    int sortOrder = 0;
    RowStamp stamp;
};

struct Person
{
    qint64 id = 0;
    QString code; // staff number, used to match imports; may be empty
    QString name;
    QString kana;
    qint64 unitId = 0;
    QString email;
    QList<Role> roles;
    RowStamp stamp;
};

} // namespace kansa
