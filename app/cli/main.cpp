#include "CliCommands.h"

#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    kansa::AppSettings::identifyApplication(u"kansa-cli"_s);
    kansa::Translations::apply(kansa::AppSettings::effectiveLanguage());
    return kansa::CliCommands::run(QCoreApplication::arguments().mid(1));
}
