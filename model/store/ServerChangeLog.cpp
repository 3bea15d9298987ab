#include "ServerChangeLog.h"

#include "store/Database.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

using ServerChangeLog::LinkTable;
using ServerChangeLog::linkTables;

// Rows added with a change logged on their owner (VersionedRows::appendContent): only a later change is logged.
const QStringList contentTables{u"checklist_versions"_s, u"checklist_items"_s};

QString literal(const QString& text)
{
    return u'\'' % QString(text).replace(u'\'', u"''"_s) % u'\'';
}

QString identifier(const QString& name)
{
    return u'"' % QString(name).replace(u'"', u"\"\""_s) % u'"';
}

// The trigger function of one link table: logs the owner's field as the set before and after the row.
QString linkFunction(const LinkTable& link)
{
    QStringList ownerMatch;
    QStringList linkMatch;
    for (const auto& [ownerColumn, linkColumn] : link.match) {
        ownerMatch << ownerColumn % u" = r."_s % linkColumn;
        linkMatch << linkColumn % u" = r."_s % linkColumn;
    }
    const QString sameOwner = linkMatch.join(u" AND "_s);
    const QString value = link.valueColumn % u"::text"_s;
    return u"CREATE OR REPLACE FUNCTION kansa_log_"_s % link.table %
           u"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ DECLARE r "_s %
           link.table %
           u"; owner_id bigint; was text; now text; BEGIN "
           "IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
           "SELECT id INTO owner_id FROM "_s %
           link.owner % u" WHERE "_s % ownerMatch.join(u" AND "_s) %
           u"; IF owner_id IS NULL THEN RETURN NULL; END IF; " // the owner's own removal is logged
           "SELECT string_agg(v, ' ' ORDER BY v COLLATE \"C\") INTO now FROM (SELECT "_s %
           value % u" AS v FROM "_s % link.table % u" WHERE "_s % sameOwner %
           u") s; SELECT string_agg(v, ' ' ORDER BY v COLLATE \"C\") INTO was FROM (SELECT "_s % value %
           u" AS v FROM "_s % link.table % u" WHERE "_s % sameOwner % u" AND "_s % link.valueColumn %
           u" IS DISTINCT FROM r."_s % link.valueColumn % u" UNION ALL SELECT r."_s % value %
           u" WHERE TG_OP = 'DELETE') s; "
           "PERFORM kansa_log("_s %
           literal(link.owner) % u", owner_id, 'update', "_s % literal(link.field) %
           u", was, now); RETURN NULL; END $$"_s;
}

} // namespace

const QList<ServerChangeLog::LinkTable>& ServerChangeLog::linkTables()
{
    static const QList<LinkTable> links{
        {u"audit_team"_s, u"audits"_s, u"team"_s, u"person_id"_s, {{u"id"_s, u"audit_id"_s}}},
        {u"audit_chapters"_s, u"audits"_s, u"chapters"_s, u"chapter"_s, {{u"id"_s, u"audit_id"_s}}},
        {u"person_roles"_s, u"people"_s, u"roles"_s, u"role"_s, {{u"id"_s, u"person_id"_s}}},
        {u"campaign_chapters"_s, u"campaigns"_s, u"chapters"_s, u"chapter"_s, {{u"id"_s, u"campaign_id"_s}}},
        {u"campaign_delegates"_s,
         u"campaign_units"_s,
         u"delegates"_s,
         u"person_id"_s,
         {{u"campaign_id"_s, u"campaign_id"_s}, {u"unit_id"_s, u"unit_id"_s}}},
    };
    return links;
}

bool ServerChangeLog::installed(Database& db)
{
    return db.backend() == ConnectionSpec::Backend::PostgreSQL &&
           db.scalar(u"SELECT to_regproc('kansa_log_row') IS NOT NULL"_s).toBool();
}

void ServerChangeLog::install(Database& db)
{
    const QString ownerRole = db.scalar(u"SELECT value FROM schema_info WHERE key = 'database_owner'"_s).toString();
    const QString loginPrefix = db.scalar(u"SELECT current_database()"_s).toString() % u'_';
    const auto run = [&](const QString& statement) { db.execSchema(statement); };
    const auto ownedByOwner = [&](const QString& function) {
        run(u"ALTER FUNCTION "_s % function % u" OWNER TO "_s % identifier(ownerRole));
    };
    const QString prefix = literal(loginPrefix);

    // Who changed it: the person Kansa names, if the name ends with the session's own login; else the login.
    run(u"CREATE OR REPLACE FUNCTION kansa_actor() RETURNS text LANGUAGE plpgsql AS $$ DECLARE account text; "
        "claimed text := NULLIF(current_setting('kansa.actor', true), ''); BEGIN "
        "IF left(session_user, length("_s %
        prefix % u")) <> "_s % prefix %
        u" THEN RETURN COALESCE(claimed, session_user); END IF; account := "
        "substr(session_user, length("_s %
        prefix %
        u") + 1); IF claimed = account OR right(claimed, length(account) + 3) = ' (' || account || ')' THEN "
        "RETURN claimed; END IF; RETURN account; END $$"_s);
    ownedByOwner(u"kansa_actor()"_s);
    run(u"CREATE OR REPLACE FUNCTION kansa_log(logged_table text, logged_row bigint, logged_action text, "
        "logged_field text, was text, now text) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = "
        "public AS $$ INSERT INTO change_log (changed_at, changed_by, table_name, row_id, action, field, "
        "old_value, new_value) VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), kansa_actor(), logged_table, logged_row, logged_action, "
        "logged_field, was, now) $$"_s);
    ownedByOwner(u"kansa_log(text, bigint, text, text, text, text)"_s);
    // Only the triggers log: nobody calls it to write an entry of their own.
    run(u"REVOKE EXECUTE ON FUNCTION kansa_log(text, bigint, text, text, text, text) FROM PUBLIC"_s);

    // A row's fields. Arguments: the column that keys the row, then the columns that hold files.
    run(u"CREATE OR REPLACE FUNCTION kansa_log_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "
        "search_path = public AS $$ DECLARE files text[] := TG_ARGV[1:]; old_row jsonb; new_row jsonb; "
        "row_key bigint; tag text; removed text; field text; was text; now text; BEGIN "
        "IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - files; END IF; "
        "IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - files; END IF; "
        "row_key := (COALESCE(new_row, old_row) ->> TG_ARGV[0])::bigint; "
        "IF TG_OP = 'DELETE' THEN "
        "  tag := TG_TABLE_NAME || ':' || row_key || ':'; removed := current_setting('kansa.removed', true); "
        "  PERFORM kansa_log(TG_TABLE_NAME, row_key, 'delete', NULL, CASE WHEN left(removed, length(tag)) = tag "
        "  THEN substr(removed, length(tag) + 1) ELSE old_row::text END, NULL); RETURN NULL; "
        "END IF; "
        "FOREACH field IN ARRAY files LOOP "
        "  EXECUTE format('SELECT ''sha256 '' || encode(sha256(($1).%1$I), ''hex'') || '', '' || "
        "  length(($1).%1$I) || '' bytes''', field) INTO now USING NEW; "
        "  IF TG_OP = 'UPDATE' THEN EXECUTE format('SELECT ''sha256 '' || encode(sha256(($1).%1$I), ''hex'') || "
        "  '', '' || length(($1).%1$I) || '' bytes''', field) INTO was USING OLD; END IF; "
        "  new_row := new_row || jsonb_build_object(field, now); "
        "  IF TG_OP = 'UPDATE' THEN old_row := old_row || jsonb_build_object(field, was); END IF; "
        "END LOOP; "
        "FOR field IN SELECT jsonb_object_keys(new_row) LOOP "
        "  CONTINUE WHEN field IN ('id', 'version', 'created_at', 'created_by', 'updated_at', 'updated_by', "
        "  'failed_attempts', 'last_failed_at'); "
        "  now := new_row ->> field; was := old_row ->> field; "
        "  IF TG_OP = 'INSERT' THEN CONTINUE WHEN COALESCE(now, '') = ''; ELSE CONTINUE WHEN was IS NOT "
        "  DISTINCT FROM now; END IF; "
        "  IF field = 'password_hash' THEN field := 'password'; was := NULL; "
        "  now := CASE TG_OP WHEN 'INSERT' THEN 'set' ELSE 'changed' END; END IF; "
        "  PERFORM kansa_log(TG_TABLE_NAME, row_key, lower(TG_OP), field, was, now); "
        "END LOOP; RETURN NULL; END $$"_s);
    ownedByOwner(u"kansa_log_row()"_s);

    // The organisation's settings, one field each of the one settings row.
    run(u"CREATE OR REPLACE FUNCTION kansa_log_setting() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "
        "search_path = public AS $$ BEGIN "
        "IF TG_OP = 'DELETE' THEN PERFORM kansa_log('schema_info', NULL, 'update', OLD.key, OLD.value, NULL); "
        "ELSIF TG_OP = 'INSERT' THEN PERFORM kansa_log('schema_info', NULL, 'update', NEW.key, NULL, NEW.value); "
        "ELSIF OLD.value IS DISTINCT FROM NEW.value THEN "
        "PERFORM kansa_log('schema_info', NULL, 'update', NEW.key, OLD.value, NEW.value); END IF; "
        "RETURN NULL; END $$"_s);
    ownedByOwner(u"kansa_log_setting()"_s);
    for (const LinkTable& link : linkTables()) {
        run(linkFunction(link));
        ownedByOwner(u"kansa_log_"_s % link.table % u"()"_s);
    }

    QSet<QString> logged;
    QSqlQuery triggers = db.exec(u"SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE "
                                 "t.tgname = 'log_change'"_s);
    while (triggers.next())
        logged.insert(triggers.value(0).toString());
    triggers.finish();
    QStringList tables;
    QSqlQuery list = db.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"_s);
    while (list.next())
        tables << list.value(0).toString();
    list.finish();
    for (const QString& table : std::as_const(tables)) {
        if (table == u"change_log"_s || logged.contains(table))
            continue;
        const auto link = std::find_if(linkTables().cbegin(), linkTables().cend(),
                                       [&](const LinkTable& l) { return l.table == table; });
        QString events = u"INSERT OR UPDATE OR DELETE"_s;
        QString call;
        if (table == u"schema_info"_s) {
            call = u"kansa_log_setting()"_s;
        } else if (link != linkTables().cend()) {
            events = u"INSERT OR DELETE"_s;
            call = u"kansa_log_"_s % table % u"()"_s;
        } else {
            if (contentTables.contains(table))
                events = u"UPDATE OR DELETE"_s;
            // The row's key: its id, else the first column of its primary key (a fiscal year's year).
            const QString key =
                db.scalar(u"SELECT COALESCE((SELECT column_name FROM information_schema.columns WHERE table_schema = "
                          "'public' AND table_name = ? AND column_name = 'id'), (SELECT a.attname FROM pg_index i "
                          "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE "
                          "i.indrelid = ?::regclass AND i.indisprimary))"_s,
                          {table, table})
                    .toString();
            QStringList arguments{literal(key)};
            QSqlQuery files = db.exec(u"SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                      "'public' AND table_name = ? AND data_type = 'bytea' ORDER BY column_name"_s,
                                      {table});
            while (files.next())
                arguments << literal(files.value(0).toString());
            call = u"kansa_log_row("_s % arguments.join(u", "_s) % u')';
        }
        run(u"CREATE TRIGGER log_change AFTER "_s % events % u" ON "_s % table % u" FOR EACH ROW EXECUTE FUNCTION "_s %
            call);
    }
    db.setChangesLoggedByServer(true);
}

} // namespace kansa
