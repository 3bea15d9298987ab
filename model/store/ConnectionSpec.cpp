#include "ConnectionSpec.h"

#include "common/Error.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

ConnectionSpec ConnectionSpec::sqliteFile(const QString& path)
{
    ConnectionSpec spec;
    spec.backend = Backend::SQLite;
    spec.path = path;
    return spec;
}

ConnectionSpec ConnectionSpec::parse(const QString& fileOrUrl)
{
    const QString text = fileOrUrl.trimmed();
    if (!text.startsWith(u"postgresql://"_s) && !text.startsWith(u"postgres://"_s)) {
        if (text.isEmpty())
            throw Error(tr("No database given: name an SQLite file or a postgresql:// URL."));
        return sqliteFile(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw Error(tr("The database URL is not valid: %1").arg(url.errorString()));
    ConnectionSpec spec;
    spec.backend = Backend::PostgreSQL;
    spec.host = url.host();
    spec.port = url.port(-1);
    spec.user = url.userName();
    spec.password = url.password();
    spec.databaseName = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"host"_s))
        spec.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"port"_s)) {
        bool ok = false;
        spec.port = query.queryItemValue(u"port"_s).toInt(&ok);
        if (!ok)
            throw Error(tr("The port in the database URL is not a number: %1").arg(query.queryItemValue(u"port"_s)));
    }
    if (spec.databaseName.isEmpty())
        throw Error(tr("The database URL names no database: %1").arg(spec.toUrlWithoutPassword()));
    return spec;
}

void ConnectionSpec::configure(QSqlDatabase& db) const
{
    if (backend == Backend::SQLite) {
        db.setDatabaseName(path);
        return;
    }
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(databaseName);
}

QString ConnectionSpec::toUrlWithoutPassword() const
{
    if (backend == Backend::SQLite)
        return archive.isEmpty() ? path : archive;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setPath(u"/"_s % databaseName);
    if (host.startsWith(u'/')) {
        QUrlQuery query;
        query.addQueryItem(u"host"_s, host);
        if (port > 0)
            query.addQueryItem(u"port"_s, QString::number(port));
        url.setQuery(query);
    } else {
        url.setHost(host);
        url.setPort(port);
    }
    return url.toString();
}

QString ConnectionSpec::displayName() const
{
    return toUrlWithoutPassword();
}

} // namespace kansa
