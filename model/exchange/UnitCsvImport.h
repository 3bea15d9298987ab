#pragma once

#include "exchange/CsvTable.h"
#include "org/Organisation.h"

#include <QCoreApplication>

namespace kansa {

class OrganisationService;

// Imports organisational units from CSV: コード, 名称, 種別, 上位コード, 表示順 (or code, name, kind,
// parent_code, order). Rows are matched to existing units by code. Either every row is valid and all are
// written in one transaction, or nothing is written.
class UnitCsvImport final
{
    Q_DECLARE_TR_FUNCTIONS(UnitCsvImport)

public:
    explicit UnitCsvImport(OrganisationService& service)
        : m_service(service)
    {}

    ImportPreview preview(const QByteArray& bytes);
    // Writes the import; throws kansa::Error listing the problems when any row is bad.
    ImportPreview apply(const QByteArray& bytes, const QString& fileName);
    // Throws PermissionDenied unless the signed-in person may import: asked before the file is read.
    void requireAllowed();

private:
    struct PlannedUnit
    {
        int line = 0;
        QString code;
        QString name;
        std::optional<UnitKind> kind;
        QString parentCode;
        std::optional<int> order;
    };
    ImportPreview plan(const QByteArray& bytes, QList<PlannedUnit>* planned);

    OrganisationService& m_service;
};

} // namespace kansa
