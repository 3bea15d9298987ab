#include "UnitCsvImport.h"

#include "common/Error.h"
#include "org/OrganisationService.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>
#include <QSignalBlocker>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QList<CsvTable::Column>& unitColumns()
{
    static const QList<CsvTable::Column> columns{
        {u"code"_s, {u"コード"_s, u"所属コード"_s, u"組織コード"_s, u"code"_s, u"unit_code"_s}, true},
        {u"name"_s, {u"名称"_s, u"所属名"_s, u"組織名"_s, u"name"_s}, true},
        {u"kind"_s, {u"種別"_s, u"区分"_s, u"kind"_s}, false},
        {u"parent"_s, {u"上位コード"_s, u"上位所属コード"_s, u"親コード"_s, u"parent_code"_s, u"parent"_s}, false},
        {u"order"_s, {u"表示順"_s, u"順序"_s, u"並び順"_s, u"order"_s}, false},
    };
    return columns;
}

} // namespace

void UnitCsvImport::requireAllowed()
{
    m_service.access().require(Operation::ManageOrganisation, m_service.access().organisation(), tr("import units"));
}

ImportPreview UnitCsvImport::plan(const QByteArray& bytes, QList<PlannedUnit>* planned)
{
    requireAllowed();
    const CsvTable table(bytes, unitColumns());
    ImportPreview preview = table.startPreview();
    if (!preview.problems.isEmpty())
        return preview;

    QHash<QString, Unit> existing;
    QHash<qint64, QString> codeOfId;
    for (const Unit& unit : m_service.units()) {
        if (!unit.code.isEmpty())
            existing.insert(unit.code, unit);
        codeOfId.insert(unit.id, unit.code);
    }

    QHash<QString, int> lineOfCode;
    for (const CsvRecord& row : table.rows()) {
        PlannedUnit unit;
        unit.line = row.line;
        unit.code = table.value(row, u"code"_s);
        unit.name = table.value(row, u"name"_s);
        unit.parentCode = table.value(row, u"parent"_s);
        if (unit.code.isEmpty())
            preview.problems << table.problem(row, u"code"_s, tr("The code is empty."));
        else if (lineOfCode.contains(unit.code))
            preview.problems << table.problem(
                row, u"code"_s,
                tr("The code %1 appears twice (also line %2).").arg(unit.code).arg(lineOfCode[unit.code]));
        else
            lineOfCode.insert(unit.code, row.line);
        if (unit.name.isEmpty())
            preview.problems << table.problem(row, u"name"_s, tr("The name is empty."));
        else if (unit.name.size() > 200)
            preview.problems << table.problem(row, u"name"_s, tr("The name is longer than 200 characters."));
        const QString kindText = table.value(row, u"kind"_s);
        if (!kindText.isEmpty()) {
            unit.kind = UnitKinds::fromText(kindText);
            if (!unit.kind)
                preview.problems << table.problem(
                    row, u"kind"_s, tr("Unknown kind 「%1」: write 部局, 課室 or 出先機関.").arg(kindText));
        }
        const QString orderText = table.value(row, u"order"_s);
        if (!orderText.isEmpty()) {
            bool ok = false;
            const int order = orderText.toInt(&ok);
            if (!ok || order < 0)
                preview.problems << table.problem(row, u"order"_s,
                                                  tr("The order 「%1」 is not a whole number.").arg(orderText));
            else
                unit.order = order;
        }
        planned->append(unit);
    }

    QHash<QString, QString> parentOf; // code -> parent code, as it will be after the import
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        parentOf.insert(it.key(), codeOfId.value(it.value().parentId));
    for (const PlannedUnit& unit : *planned)
        parentOf.insert(unit.code, unit.parentCode);
    for (const PlannedUnit& unit : *planned) {
        const CsvRecord row{unit.line, {}};
        if (!unit.parentCode.isEmpty() && !parentOf.contains(unit.parentCode)) {
            preview.problems << table.problem(
                row, u"parent"_s,
                tr("The parent code %1 is neither in the file nor an existing unit.").arg(unit.parentCode));
            continue;
        }
        QSet<QString> seen{unit.code};
        for (QString up = unit.parentCode; !up.isEmpty(); up = parentOf.value(up)) {
            if (seen.contains(up)) {
                preview.problems << table.problem(row, u"parent"_s,
                                                  tr("The parent codes form a loop through %1.").arg(up));
                break;
            }
            seen.insert(up);
        }
    }
    if (table.rows().isEmpty())
        preview.problems << ImportProblem{1, 0, {}, tr("The file has a heading line but no units.")};
    if (!preview.problems.isEmpty())
        return preview;

    for (const PlannedUnit& unit : *planned) {
        ImportPreview::Row row{unit.line, ImportPreview::Action::New, unit.code, unit.name, {}};
        const auto found = existing.constFind(unit.code);
        if (found == existing.cend()) {
            row.detail = unit.parentCode.isEmpty() ? tr("top level") : tr("under %1").arg(unit.parentCode);
        } else {
            QStringList changes;
            if (found->name != unit.name)
                changes << tr("name %1 → %2").arg(found->name, unit.name);
            if (unit.kind && *unit.kind != found->kind)
                changes << tr("kind %1 → %2").arg(UnitKinds::name(found->kind), UnitKinds::name(*unit.kind));
            if (codeOfId.value(found->parentId) != unit.parentCode)
                changes << tr("moves under %1").arg(unit.parentCode.isEmpty() ? tr("the top level") : unit.parentCode);
            if (unit.order && *unit.order != found->sortOrder)
                changes << tr("order %1 → %2").arg(found->sortOrder).arg(*unit.order);
            row.action = changes.isEmpty() ? ImportPreview::Action::Unchanged : ImportPreview::Action::Changed;
            row.detail = changes.join(tr("; "));
        }
        preview.rows << row;
    }
    return preview;
}

ImportPreview UnitCsvImport::preview(const QByteArray& bytes)
{
    QList<PlannedUnit> planned;
    return plan(bytes, &planned);
}

ImportPreview UnitCsvImport::apply(const QByteArray& bytes, const QString& fileName)
{
    QList<PlannedUnit> planned;
    const ImportPreview preview = plan(bytes, &planned);
    preview.requireImportable(fileName);

    Database& db = m_service.database();
    {
        const QSignalBlocker blocker(&m_service);
        db.write(m_service.session().actor(), [&](VersionedRows&) {
            QHash<QString, qint64> idOfCode;
            QHash<QString, int> depthOfCode;
            for (const Unit& unit : m_service.units()) {
                if (!unit.code.isEmpty())
                    idOfCode.insert(unit.code, unit.id);
            }
            // Parents first: repeat over the rows until each one's parent exists (the plan ruled out loops).
            QList<PlannedUnit> pending = planned;
            std::map<std::pair<qint64, int>, qint64> placed; // (parent, order or line) -> id, for the final order
            while (!pending.isEmpty()) {
                QList<PlannedUnit> later;
                for (const PlannedUnit& row : std::as_const(pending)) {
                    if (!row.parentCode.isEmpty() && !idOfCode.contains(row.parentCode)) {
                        later << row;
                        continue;
                    }
                    const qint64 parentId = row.parentCode.isEmpty() ? 0 : idOfCode.value(row.parentCode);
                    const int depth = row.parentCode.isEmpty() ? 0 : depthOfCode.value(row.parentCode) + 1;
                    depthOfCode.insert(row.code, depth);
                    const UnitKind defaultKind =
                        depth == 0 ? UnitKind::Department : (depth == 1 ? UnitKind::Section : UnitKind::Branch);
                    if (idOfCode.contains(row.code)) {
                        Unit unit = m_service.unit(idOfCode.value(row.code));
                        unit.name = row.name;
                        if (row.kind)
                            unit.kind = *row.kind;
                        m_service.updateUnit(unit);
                        if (unit.parentId != parentId || row.order) {
                            placed[{parentId, row.order.value_or(1000000 + row.line)}] = unit.id;
                        }
                    } else {
                        Unit unit;
                        unit.code = row.code;
                        unit.name = row.name;
                        unit.kind = row.kind.value_or(defaultKind);
                        unit.parentId = parentId;
                        unit.sortOrder = row.order.value_or(0);
                        idOfCode.insert(row.code, m_service.addUnit(unit));
                    }
                }
                pending = later;
            }
            // Existing units that moved or were given an order take their place among their siblings.
            int rank = 0;
            qint64 currentParent = -1;
            for (const auto& [key, id] : placed) {
                if (key.first != currentParent) {
                    currentParent = key.first;
                    rank = 0;
                }
                const Unit unit = m_service.unit(id);
                m_service.moveUnit(id, unit.stamp.version, key.first, rank++);
            }
        });
    }
    Q_EMIT m_service.unitsChanged();
    return preview;
}

} // namespace kansa
