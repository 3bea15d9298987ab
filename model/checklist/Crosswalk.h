#pragma once

#include "common/RowStamp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kansa {

struct Checklist;
struct Derivation;

// One version of a checklist, as audits and campaigns pin it.
struct ChecklistRef
{
    QString key;
    int version = 0;

    bool operator==(const ChecklistRef&) const = default;
};

// How the left item of a link stands to the right one.
enum class CrosswalkRelation
{
    Equal,    // the two ask the same
    Subset,   // the left item covers part of the right one (an item split in two)
    Superset, // the left item covers the right one and more (items merged)
    Related,  // they overlap, or a derivation matched them without quoting the same words
};

// A link between an item of one checklist version and an item of another (or of another version of the same).
struct CrosswalkLink
{
    qint64 id = 0;
    ChecklistRef from;
    QString fromItem;
    CrosswalkRelation relation = CrosswalkRelation::Related;
    ChecklistRef to;
    QString toItem;
    std::optional<double> score; // the similarity a derivation found, when it made the link
    QString note;
    RowStamp stamp;

    // The same link read from its right side: subset and superset swap.
    CrosswalkLink reversed() const;
};

// The relations' keys and names, and the links a derivation implies.
class Crosswalk final
{
    Q_DECLARE_TR_FUNCTIONS(Crosswalk)

public:
    static const QList<CrosswalkRelation>& relations();
    static QString key(CrosswalkRelation relation);
    static std::optional<CrosswalkRelation> relation(const QString& key);
    static QString name(CrosswalkRelation relation);
    static CrosswalkRelation inverse(CrosswalkRelation relation);

    // A link from each draft item matched at or above the threshold to its shipped item: equal when the two quote
    // the same words, else related, with the score. Items drafted new have no counterpart and no link.
    // draft and stored: the versions the library keeps the draft and the compared checklist as.
    static QList<CrosswalkLink> fromDerivation(const Derivation& derivation, const Checklist& against,
                                               const ChecklistRef& draft, const ChecklistRef& stored);
};

} // namespace kansa
