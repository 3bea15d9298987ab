#pragma once

#include "selfinspection/SelfInspection.h"

#include <QCoreApplication>
#include <QHash>

namespace kansa {

class SelfInspectionService;

// The Excel round trip of a self-inspection: one workbook per unit with a cover sheet, the checklist with
// answer cells limited to ○ △ × － and comment cells (the rest protected), and a hidden identity sheet
// (campaign, unit, checklist version, a random token), so that a returned workbook cannot be imported into
// the wrong unit or campaign. A returned workbook is checked whole before anything is written.
class CampaignWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignWorkbook)

public:
    static constexpr const char* IdentitySheet = "kansa";

    // Writes the unit's workbook; throws kansa::Error.
    static void exportUnit(SelfInspectionService& service, qint64 campaignId, qint64 unitId, const QString& path);
    // One file name per unit: 「<campaign id>_<unit code or id>_<unit name>.xlsx」.
    static QString fileName(SelfInspectionService& service, qint64 campaignId, qint64 unitId);

    struct Problem
    {
        QString file;
        QString where; // sheet!cell or sheet
        QString message;
        QString toString() const;
    };
    struct Preview
    {
        QString file;
        qint64 campaignId = 0;
        qint64 unitId = 0;
        QString unitName;
        QHash<QString, UnitAnswer> answers;
        int added = 0; // answers given where there was none
        int changed = 0;
        int unchanged = 0;
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty(); }
    };
    // Reads and checks a returned workbook against the campaign; writes nothing.
    static Preview read(SelfInspectionService& service, const QString& path);
    // Writes a checked workbook's answers in one transaction; returns the number of answers changed.
    static int apply(SelfInspectionService& service, const Preview& preview);
    // Writes the answers of every checked workbook without problems in one transaction, all of them or none
    // (those with problems are left out: the caller lists them); returns the number of answers changed.
    static int applyAll(SelfInspectionService& service, const QList<Preview>& previews);
};

} // namespace kansa
