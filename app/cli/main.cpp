#include "CliCommands.h"

#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Kansa"_s);
    QCoreApplication::setApplicationName(u"kansa-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KANSA_VERSION));
    kansa::Translations::apply(kansa::AppSettings::effectiveLanguage());
    return kansa::CliCommands::run(QCoreApplication::arguments().mid(1));
}
