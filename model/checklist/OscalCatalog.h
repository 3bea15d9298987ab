#pragma once

#include "checklist/ChecklistReader.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kansa {

// A control catalog in OSCAL JSON (NIST SP 800-53 as NIST publishes it, or a catalog another tool exports):
// groups become chapters, each control a section with the control and its enhancements as items, the
// statement (its items labelled a., 1., (a), parameters rendered as NIST prints them) the quote. The result is
// an English-only `framework` checklist, checked by the same rules as any checklist, its problems naming the
// lines of the OSCAL file (checklists/README.md).
class OscalCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(OscalCatalog)

public:
    // {"catalog": {...}}: told apart from a Kansa checklist by its content, not by its file name.
    static bool isCatalog(const QJsonObject& root);
    // `text` is the file's text, for the lines of its values.
    static ChecklistReader::Result read(const QJsonObject& root, const QString& text, const QString& fileName);
};

} // namespace kansa
