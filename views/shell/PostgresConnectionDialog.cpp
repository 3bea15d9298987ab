#include "PostgresConnectionDialog.h"

#include "common/DialogButtons.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

PostgresConnectionDialog::PostgresConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(u"localhost"_s, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(u"kansa"_s, this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to a PostgreSQL server"));
    setObjectName(u"postgresConnectionDialog"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Organisations that share one database between many users keep it on a "
                                "PostgreSQL server. Ask your administrator for these details. Leave the user and "
                                "password empty: you then sign in with your own Kansa login, which is your login "
                                "on the server too."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    auto* buttons = okCancelButtons(this);
    layout->addWidget(buttons);
}

ConnectionSpec PostgresConnectionDialog::spec() const
{
    ConnectionSpec spec;
    spec.backend = ConnectionSpec::Backend::PostgreSQL;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.databaseName = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    return spec;
}

} // namespace kansa
