#include "SignInDialog.h"

#include "common/DialogButtons.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

SignInDialog::SignInDialog(std::unique_ptr<Database> db, QWidget* parent, const QString& shownAs)
    : QDialog(parent)
    , m_server(db->spec())
    , m_shownAs(shownAs)
    , m_db(std::move(db))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    build();
}

SignInDialog::SignInDialog(const ConnectionSpec& server, QWidget* parent)
    : QDialog(parent)
    , m_server(server)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    build();
}

void SignInDialog::build()
{
    setWindowTitle(tr("Sign in"));
    setObjectName(u"signInDialog"_s);
    m_login->setObjectName(u"login"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Sign in to %1.").arg(m_shownAs.isEmpty() ? m_server.displayName() : m_shownAs), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = okCancelButtons(this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void SignInDialog::accept()
{
    try {
        m_workspace = m_db ? Workspace::signIn(m_db, m_login->text().trimmed(), m_password->text())
                           : Workspace::signInToServer(m_server, m_login->text().trimmed(), m_password->text());
        m_password->clear();
        QDialog::accept();
    } catch (const Error& error) {
        m_message->setText(error.message());
        m_password->clear();
        m_password->setFocus();
    }
}

} // namespace kansa
