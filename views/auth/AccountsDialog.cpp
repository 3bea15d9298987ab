#include "AccountsDialog.h"

#include "auth/AccountService.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/HistoryDialog.h"
#include "common/MessageBox.h"
#include "common/WindowSize.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

PasswordDialog::PasswordDialog(const QString& title, const QString& account, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(u"passwordDialog"_s);
    auto* password = new QLineEdit(this);
    auto* repeat = new QLineEdit(this);
    auto* message = new QLabel(this);
    password->setObjectName(u"password"_s);
    repeat->setObjectName(u"repeat"_s);
    password->setEchoMode(QLineEdit::Password);
    repeat->setEchoMode(QLineEdit::Password);
    message->setStyleSheet(u"color: #b00020"_s);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Account:"), new QLabel(account, this));
    form->addRow(tr("&New password:"), password);
    form->addRow(tr("&Repeat:"), repeat);
    layout->addLayout(form);
    layout->addWidget(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, password, repeat, message] {
        if (password->text().size() < AccountService::MinimumPasswordLength)
            message->setText(
                tr("The password needs at least %1 characters.").arg(AccountService::MinimumPasswordLength));
        else if (password->text() != repeat->text())
            message->setText(tr("The two passwords differ."));
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return findChild<QLineEdit*>(u"password"_s)->text();
}

AccountsDialog::AccountsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Accounts"));
    setObjectName(u"accountsDialog"_s);
    m_table->setObjectName(u"accountsTable"_s);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Login name"), tr("Name"), tr("Unit"), tr("Roles"), tr("Roles since"),
                                        tr("Administrator"), tr("Last changed by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add account…"), this);
    auto* password = new QPushButton(tr("Set password…"), this);
    auto* history = new QPushButton(tr("History…"), this);
    history->setObjectName(u"accountHistory"_s);
    auto* close = new QPushButton(tr("Close"), this);
    add->setObjectName(u"addAccount"_s);
    // The CISO and the chief auditor see the list; only the administrator adds accounts and sets passwords (the
    // service decides again).
    add->setEnabled(workspace.session().administrator);
    password->setEnabled(workspace.session().administrator);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(password, &QPushButton::clicked, this, &AccountsDialog::setPassword);
    connect(history, &QPushButton::clicked, this, &AccountsDialog::showHistory);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    row->addWidget(add);
    row->addWidget(password);
    row->addWidget(history);
    row->addStretch();
    row->addWidget(close);
    layout->addLayout(row);
    resizeWithinScreen(this, {900, 480});
    reload();
}

void AccountsDialog::reload()
{
    try {
        const QList<Account> accounts = AccountService(m_workspace.database()).accounts(m_workspace.session());
        m_table->setRowCount(static_cast<int>(accounts.size()));
        for (int i = 0; i < accounts.size(); ++i) {
            const Account& account = accounts[i];
            auto* login = new QTableWidgetItem(account.login);
            login->setData(Qt::UserRole, account.id);
            m_table->setItem(i, 0, login);
            m_table->setItem(i, 1, new QTableWidgetItem(account.displayName));
            m_table->setItem(i, 2, new QTableWidgetItem(account.unitName));
            m_table->setItem(i, 3, new QTableWidgetItem(Roles::names(account.roles)));
            m_table->setItem(i, 4,
                             new QTableWidgetItem(account.rolesSince.isValid()
                                                      ? formatDate(account.rolesSince.toLocalTime().date())
                                                      : QString()));
            m_table->setItem(i, 5, new QTableWidgetItem(account.administrator ? tr("Yes") : QString()));
            m_table->setItem(i, 6, new QTableWidgetItem(account.stamp.updatedBy));
        }
        m_table->resizeColumnsToContents();
    } catch (const Error& error) {
        MessageBox::error(this, windowTitle(), error.message());
    }
}

void AccountsDialog::addAccount()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add account"));
    auto* login = new QLineEdit(&dialog);
    auto* person = new QComboBox(&dialog);
    auto* administrator = new QCheckBox(tr("Administrator"), &dialog);
    person->addItem(tr("(no person)"), 0);
    for (const Person& p : m_workspace.organisation().people())
        person->addItem(p.name % u"  "_s % p.code, p.id);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Login name:"), login);
    form->addRow(tr("&Person:"), person);
    form->addRow(QString(), administrator);
    auto* buttons = okCancelButtons(&dialog);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PasswordDialog password(tr("Password of the new account"), login->text(), this);
    if (password.exec() != QDialog::Accepted)
        return;
    try {
        AccountService(m_workspace.database())
            .addAccount(m_workspace.session(), login->text().trimmed(), password.password(),
                        person->currentData().toLongLong(), administrator->isChecked());
    } catch (const Error& error) {
        MessageBox::error(this, windowTitle(), error.message());
    }
    reload();
}

void AccountsDialog::showHistory()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    HistoryDialog::showHistory(this, tr("the account %1").arg(m_table->item(row, 0)->text()),
                               [&] { return m_workspace.history().account(id); });
}

void AccountsDialog::setPassword()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString login = m_table->item(row, 0)->text();
    PasswordDialog password(tr("Set password"), login, this);
    if (password.exec() != QDialog::Accepted)
        return;
    try {
        AccountService(m_workspace.database())
            .setPassword(m_workspace.session(), m_table->item(row, 0)->data(Qt::UserRole).toLongLong(),
                         password.password());
        MessageBox::information(this, windowTitle(), tr("The password of %1 was changed.").arg(login));
    } catch (const Error& error) {
        MessageBox::error(this, windowTitle(), error.message());
    }
    reload();
}

} // namespace kansa
