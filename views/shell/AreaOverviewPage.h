#pragma once

#include <QWidget>

namespace kansa {

class OrganisationService;

// An area of the year's work (audits, self-inspections, remediation, reports) as it stands: its purpose
// and, per fiscal year, what has been recorded so far.
class AreaOverviewPage final : public QWidget
{
    Q_OBJECT

public:
    AreaOverviewPage(const QString& objectName, const QString& title, const QString& purpose, const QString& nothingYet,
                     OrganisationService& service, QWidget* parent = nullptr);
};

} // namespace kansa
