#include "NewOrganisationDialog.h"

#include "auth/AccountService.h"
#include "common/DialogButtons.h"
#include "org/Organisation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

NewOrganisationDialog::NewOrganisationDialog(const QString& location, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_login(new QLineEdit(u"admin"_s, this))
    , m_adminName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("New organisation"));
    setObjectName(u"newOrganisationDialog"_s);
    m_name->setObjectName(u"organisationName"_s);
    m_name->setPlaceholderText(tr("e.g. 桜ヶ丘村"));
    for (const QString& key : OrganisationKinds::keys())
        m_kind->addItem(OrganisationKinds::name(key), key);
    m_login->setObjectName(u"adminLogin"_s);
    m_adminName->setObjectName(u"adminName"_s);
    m_password->setObjectName(u"adminPassword"_s);
    m_repeat->setObjectName(u"adminPasswordRepeat"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A new organisation will be created in %1. Its administrator manages the "
                                "organisation and the accounts of the other users.")
                                 .arg(location),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("Organisation &name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Administrator &login:"), m_login);
    form->addRow(tr("Administrator's n&ame:"), m_adminName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = okCancelButtons(this);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString NewOrganisationDialog::organisationName() const
{
    return m_name->text().trimmed();
}

QString NewOrganisationDialog::organisationKind() const
{
    return m_kind->currentData().toString();
}

QString NewOrganisationDialog::adminLogin() const
{
    return m_login->text().trimmed();
}

QString NewOrganisationDialog::adminName() const
{
    return m_adminName->text().trimmed();
}

QString NewOrganisationDialog::adminPassword() const
{
    return m_password->text();
}

void NewOrganisationDialog::accept()
{
    if (organisationName().isEmpty())
        m_message->setText(tr("Enter the organisation's name."));
    else if (adminLogin().isEmpty())
        m_message->setText(tr("Enter the administrator's login name."));
    else if (m_password->text().size() < AccountService::MinimumPasswordLength)
        m_message->setText(tr("The password needs at least %1 characters.").arg(AccountService::MinimumPasswordLength));
    else if (m_password->text() != m_repeat->text())
        m_message->setText(tr("The two passwords differ."));
    else
        QDialog::accept();
}

} // namespace kansa
