#include "ReportOutput.h"

#include "common/Error.h"
#include "exchange/OutputFile.h"
#include "exchange/TableExport.h"
#include "report/DocxWriter.h"
#include "report/OdtWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

QStringList ReportOutput::formats()
{
    return {u"pdf"_s, u"docx"_s, u"odt"_s, u"xlsx"_s, u"csv"_s};
}

int ReportOutput::write(const ReportDocument& document, const QString& format, const QString& path,
                        const ReportPainter::Progress& progress)
{
    if (format == u"pdf"_s)
        return ReportPainter::writePdf(document, path, progress);
    if (format == u"docx"_s)
        DocxWriter::write(document, path);
    else if (format == u"odt"_s)
        OdtWriter::write(document, path);
    else if (format == u"xlsx"_s)
        TableExport::writeXlsx(document.tables(), path);
    else if (format == u"csv"_s)
        OutputFile::write(path, TableExport::csv(document.tables()));
    else
        throw Error(tr("%1: a report is written as PDF, DOCX, ODT, XLSX or CSV, not as “%2”.").arg(path, format));
    return 0;
}

} // namespace kansa
