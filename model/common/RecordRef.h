#pragma once

#include <QString>

namespace kansa {

// The record a row of a list stands for, so that a screen can open it: an audit item of a unit (its result), a
// finding (at its item) or a remediation plan.
struct RecordRef
{
    enum class Kind
    {
        AuditItem,
        Finding,
        Plan
    };
    Kind kind = Kind::AuditItem;
    qint64 id = 0; // the finding's or the plan's
    qint64 auditId = 0;
    qint64 unitId = 0; // 0: the organisation as a whole
    QString itemKey;
};

} // namespace kansa
