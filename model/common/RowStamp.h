#pragma once

#include <QDateTime>
#include <QString>

namespace kansa {

// Who created and last changed a row, when, and the version an edit must still match to be saved.
struct RowStamp
{
    int version = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
};

} // namespace kansa
