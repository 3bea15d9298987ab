#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kansa {

// The first run of a new database: the organisation's name and kind, and its administrator account.
class NewOrganisationDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewOrganisationDialog(const QString& location, QWidget* parent = nullptr);

    QString organisationName() const;
    QString organisationKind() const;
    QString adminLogin() const;
    QString adminName() const;
    QString adminPassword() const;

    void accept() override;

private:
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_login;
    QLineEdit* m_adminName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

} // namespace kansa
