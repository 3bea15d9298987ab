#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kansa {

// A summary of one checklist compiled into the application: enough to list what ships.
struct ChecklistSummary
{
    QString id;
    int version = 0;
    QString kind; // standards, basic_policy, procedure, self_inspection
    QString titleJa;
    QString titleEn;
    QStringList documents;
    int chapters = 0;
    int items = 0;
    int priorityItems = 0;

    QString title(const QString& language) const { return language == u"ja" ? titleJa : titleEn; }
};

class ShippedChecklists final
{
    Q_DECLARE_TR_FUNCTIONS(ShippedChecklists)

public:
    // Reads the checklists under :/checklists (a folder with checklist.json, or single files).
    // Throws kansa::Error naming the file when one cannot be read.
    static QList<ChecklistSummary> list();
    static QString kindName(const QString& kind);
};

} // namespace kansa
