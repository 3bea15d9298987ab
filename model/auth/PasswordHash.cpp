#include "PasswordHash.h"

#include "common/Error.h"

#include <QCoreApplication>

#include <sodium.h>

namespace kansa {

namespace {

void ensureSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw Error(QCoreApplication::translate("PasswordHash", "The password library could not start."));
}

} // namespace

QString PasswordHash::hash(const QString& password)
{
    ensureSodium();
    QByteArray clear = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int result = crypto_pwhash_str(out, clear.constData(), static_cast<unsigned long long>(clear.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(clear.data(), static_cast<size_t>(clear.size()));
    if (result != 0)
        throw Error(QCoreApplication::translate("PasswordHash", "Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& hash, const QString& password)
{
    ensureSodium();
    QByteArray clear = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), clear.constData(),
                                             static_cast<unsigned long long>(clear.size())) == 0;
    sodium_memzero(clear.data(), static_cast<size_t>(clear.size()));
    return ok;
}

} // namespace kansa
