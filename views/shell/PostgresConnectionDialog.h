#pragma once

#include "store/ConnectionSpec.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace kansa {

// The server, port, database and user of an organisation kept in PostgreSQL.
class PostgresConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PostgresConnectionDialog(QWidget* parent = nullptr);
    ConnectionSpec spec() const;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace kansa
