#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace kansa {

// Every failure the model reports to a person: the message is already translated and says what and where.
class Error : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// The signed-in person may not see or change what was asked.
class PermissionDenied final : public Error
{
public:
    using Error::Error;
};

// Someone else saved the row after it was read: the edit is refused, nothing is overwritten.
class StaleEdit final : public Error
{
public:
    using Error::Error;
};

// Others were saving at the same moment (SQLite busy after its timeout, a PostgreSQL serialization failure,
// deadlock or lock timeout): nothing was changed, trying again may succeed. Retryable: at once, because the
// database chose this transaction to give way (a serialization failure or deadlock), not after a wait.
class WriteCollision final : public Error
{
public:
    WriteCollision(QString message, bool retryable)
        : Error(std::move(message))
        , m_retryable(retryable)
    {}
    bool retryable() const noexcept { return m_retryable; }

private:
    bool m_retryable;
};

// The login name or password was wrong, or the account must wait after wrong passwords.
class SignInRefused final : public Error
{
public:
    using Error::Error;
};

// The person cancelled long work; whatever it was writing has been removed.
class Cancelled final : public Error
{
public:
    using Error::Error;
};

} // namespace kansa
