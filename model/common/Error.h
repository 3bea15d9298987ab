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
