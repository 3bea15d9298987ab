#pragma once

#include <QString>

namespace kansa {

// libsodium crypto_pwhash (Argon2id) strings. The clear password exists only in memory, briefly.
namespace PasswordHash {
QString hash(const QString& password);
bool verify(const QString& hash, const QString& password);
} // namespace PasswordHash

} // namespace kansa
