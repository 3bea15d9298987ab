#pragma once

#include "report/ReportDocument.h"
#include "report/ReportPainter.h"

#include <QCoreApplication>
#include <QStringList>

namespace kansa {

// The files a report is written as, chosen by their suffix: pdf, docx, odt, and its tables as xlsx or csv.
class ReportOutput final
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)

public:
    static QStringList formats();
    // Writes the document in format (one of formats()), whole or not at all; returns the PDF's page count (0 for
    // the other formats). Throws kansa::Error naming the file, kansa::Cancelled when progress cancels.
    static int write(const ReportDocument& document, const QString& format, const QString& path,
                     const ReportPainter::Progress& progress = {});
};

} // namespace kansa
