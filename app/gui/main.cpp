#include "common/Error.h"
#include "common/ErrorBoundary.h"
#include "common/MessageBox.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    kansa::GuardedApplication app(argc, argv);
    kansa::AppSettings::identifyApplication(u"Kansa"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kansa: information-security audit and self-inspection"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"database"_s, u"An organisation's file or a postgresql:// URL to open."_s);
    const QCommandLineOption login(u"login"_s, u"The login name to fill in when signing in."_s, u"name"_s);
    const QCommandLineOption language(u"lang"_s, u"The language for this run: ja or en."_s, u"language"_s);
    parser.addOption(login);
    parser.addOption(language);
    parser.process(app);

    const QString chosen = parser.value(language);
    kansa::Translations::apply(chosen == u"ja"_s || chosen == u"en"_s ? chosen
                                                                      : kansa::AppSettings::effectiveLanguage());

    kansa::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        try {
            window.openDatabase(kansa::ConnectionSpec::parse(parser.positionalArguments().constFirst()),
                                parser.value(login));
        } catch (const kansa::Error& error) {
            kansa::MessageBox::error(&window, window.windowTitle(), error.message());
        }
    }
    return app.exec();
}
