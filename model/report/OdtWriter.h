#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace kansa {

// Writes a report as an OpenDocument text file (ODT) that Word and LibreOffice open and edit: headings as
// outline levels, tables with headings repeated across pages, charts as pictures, and the classification
// marking, title and page n / N in the page header and footer.
class OdtWriter final
{
    Q_DECLARE_TR_FUNCTIONS(OdtWriter)

public:
    // Throws kansa::Error naming the file when it cannot be written.
    static void write(const ReportDocument& document, const QString& path);
};

} // namespace kansa
