#include "CliCommands.h"

#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QGuiApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    // Reports lay out text with fonts, which needs a GUI application; the offscreen platform needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    kansa::AppSettings::identifyApplication(u"kansa-cli"_s);
    kansa::Translations::apply(kansa::AppSettings::effectiveLanguage());
    return kansa::CliCommands::run(QCoreApplication::arguments().mid(1));
}
