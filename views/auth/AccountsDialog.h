#pragma once

#include <QDialog>

class QTableWidget;

namespace kansa {

class Workspace;

// The sign-in accounts: who may use the application, as whom. Adding accounts and setting passwords go
// through AccountService, which refuses them to those who do not manage the organisation.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(Workspace& workspace, QWidget* parent = nullptr);

private:
    void reload();
    void addAccount();
    void setPassword();
    void showHistory();

    Workspace& m_workspace;
    QTableWidget* m_table;
};

// Asks for a new password twice; used for one's own password and by the administrator.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString& title, const QString& account, QWidget* parent = nullptr);
    QString password() const;
};

} // namespace kansa
