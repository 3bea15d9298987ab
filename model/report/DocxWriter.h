#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace kansa {

// Writes a report as a Word document (DOCX, WordprocessingML) that Word, 一太郎 and LibreOffice open and edit:
// headings in Word's heading styles (so the navigation pane lists them), tables whose heading rows repeat on
// each page, charts as pictures, A4 pages with the PDF's margins, and the classification marking, the title
// and page n / N (as fields) on one line each in the page header and footer.
class DocxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)

public:
    // Throws kansa::Error naming the file when it cannot be written.
    static void write(const ReportDocument& document, const QString& path);
};

} // namespace kansa
