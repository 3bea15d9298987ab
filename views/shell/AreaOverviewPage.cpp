#include "AreaOverviewPage.h"

#include "org/OrganisationService.h"
#include "settings/AppSettings.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace kansa {

AreaOverviewPage::AreaOverviewPage(const QString& objectName, const QString& title, const QString& purpose,
                                   const QString& nothingYet, OrganisationService& service, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    auto* text = new QLabel(purpose, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* years = new QListWidget(this);
    OrganisationService* organisation = &service;
    auto fill = [years, organisation, nothingYet] {
        years->clear();
        const QList<int> list = organisation->fiscalYears();
        for (auto it = list.crbegin(); it != list.crend(); ++it)
            years->addItem(formatFiscalYear(*it) % u"  —  " % nothingYet);
    };
    fill();
    connect(&service, &OrganisationService::fiscalYearsChanged, years, fill);
    layout->addWidget(years, 1);
}

} // namespace kansa
