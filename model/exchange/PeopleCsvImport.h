#pragma once

#include "exchange/CsvTable.h"
#include "org/Organisation.h"

#include <QCoreApplication>

namespace kansa {

class OrganisationService;

// Imports people from CSV: 職員番号, 氏名, ふりがな, 所属コード, メールアドレス, 役割 (or code, name, kana,
// unit_code, email, roles). Rows are matched to existing people by staff number; roles are separated by
// 「・」「;」「、」 or spaces. All rows in one transaction, or nothing.
class PeopleCsvImport final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCsvImport)

public:
    explicit PeopleCsvImport(OrganisationService& service)
        : m_service(service)
    {}

    ImportPreview preview(const QByteArray& bytes);
    ImportPreview apply(const QByteArray& bytes, const QString& fileName);
    // Throws PermissionDenied unless the signed-in person may import: asked before the file is read.
    void requireAllowed();

private:
    ImportPreview plan(const QByteArray& bytes, QList<Person>* planned);

    OrganisationService& m_service;
};

} // namespace kansa
