#pragma once

#include "workspace/Workspace.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace kansa {

// Asks for login and password and signs in through AccountService, or, given only a server (a PostgreSQL URL
// without a user), connects as the account's own role so that the server checks the password; a refusal is
// shown in the dialog, which stays open.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    // shownAs names the database to the person where it is not the file opened (a backup's temporary copy).
    SignInDialog(std::unique_ptr<Database> db, QWidget* parent = nullptr, const QString& shownAs = {});
    SignInDialog(const ConnectionSpec& server, QWidget* parent = nullptr);
    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_workspace); }

    void accept() override;

private:
    void build();

    ConnectionSpec m_server;
    QString m_shownAs;
    std::unique_ptr<Database> m_db; // none: sign in to m_server
    std::unique_ptr<Workspace> m_workspace;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_message;
};

} // namespace kansa
