#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

void Translations::apply(const QString& language)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto& translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();

    const QLocale locale(language == u"ja"_s ? QLocale::Japanese : QLocale::English,
                         language == u"ja"_s ? QLocale::Japan : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto own = std::make_unique<QTranslator>();
    if (own->load(u":/i18n/kansa_"_s % language % u".qm"_s))
        installed.push_back(std::move(own));
    if (language == u"ja"_s) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            installed.push_back(std::move(qt));
    }
    for (const auto& translator : installed)
        QCoreApplication::installTranslator(translator.get());
}

QString Translations::current()
{
    return QLocale().language() == QLocale::English ? u"en"_s : u"ja"_s;
}

} // namespace kansa
