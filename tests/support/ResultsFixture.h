#pragma once

#include "TestDatabase.h"

#include "checklist/ChecklistLibrary.h"
#include "demo/DemoOrganisation.h"
#include "store/Database.h"

#include <QDate>

namespace kansa {

using namespace Qt::Literals::StringLiterals;

// The demo village's two audits emptied and filled with a handful of results and findings whose figures
// are worked out by hand below. Chapter X has items x1 and x2, chapter Y item y1.
//   令和8年度  総務課: x1 conforming, x2 non-conforming, y1 partly   住民課: x1, x2 conforming, y1 n/a
//   令和7年度  総務課: x1 non-conforming, x2 conforming
// Findings: 令和7年度 総務課 minor, raised 2025-09-01, verified 2026-05-10;
//           令和8年度 総務課 major raised 2026-07-10 (plan in progress, action due 2026-08-01), minor raised
//           2026-08-01 (no plan yet).
struct ResultsFixture
{
    TestDatabase test;
    std::unique_ptr<Database> db;
    qint64 a25 = 0, a26 = 0, soumu = 0, jumin = 0;
    QString x1, x2, y1, chapterX, chapterY;
    const QDate today{2026, 8, 15};

    ResultsFixture()
    {
        DemoOrganisation::create(test.spec());
        db = Database::open(test.spec());
        for (const QString& table :
             {u"progress_reports"_s, u"remediation_actions"_s, u"remediation_plans"_s, u"cross_check_units"_s,
              u"cross_checks"_s, u"progress_requests"_s, u"exceptions"_s, u"audit_findings"_s, u"audit_results"_s})
            db->exec(u"DELETE FROM "_s % table);
        a25 = db->scalar(u"SELECT id FROM audits WHERE fiscal_year = 2025"_s).toLongLong();
        a26 = db->scalar(u"SELECT id FROM audits WHERE fiscal_year = 2026"_s).toLongLong();
        soumu = db->scalar(u"SELECT id FROM units WHERE code = 'S011'"_s).toLongLong();
        jumin = db->scalar(u"SELECT id FROM units WHERE code = 'S021'"_s).toLongLong();
        QSqlQuery audit = db->exec(u"SELECT checklist_key, checklist_version FROM audits WHERE id = ?"_s, {a26});
        audit.next();
        const Checklist checklist = ChecklistLibrary(*db, sessionWithRoles({Role::Ciso}))
                                        .load(audit.value(0).toString(), audit.value(1).toInt());
        chapterX = checklist.chapters.at(0).number;
        chapterY = checklist.chapters.at(1).number;
        QList<QString> first;
        for (const ChecklistSection& section : checklist.chapters.at(0).sections) {
            for (const ChecklistItem& item : section.items)
                first << item.id;
        }
        x1 = first.at(0);
        x2 = first.at(1);
        y1 = checklist.chapters.at(1).sections.at(0).items.at(0).id;

        result(a26, soumu, x1, u"conforming"_s);
        result(a26, soumu, x2, u"non_conforming"_s);
        result(a26, soumu, y1, u"partly_conforming"_s);
        result(a26, jumin, x1, u"conforming"_s);
        result(a26, jumin, x2, u"conforming"_s);
        result(a26, jumin, y1, u"not_applicable"_s);
        result(a25, soumu, x1, u"non_conforming"_s);
        result(a25, soumu, x2, u"conforming"_s);

        const qint64 old = finding(a25, x1, u"minor"_s, u"2025-09-01"_s);
        plan(old, u"verified"_s, u"2026-05-10"_s, u"2025-12-01"_s, true);
        plan(finding(a26, x2, u"major"_s, u"2026-07-10"_s), u"in_progress"_s, {}, u"2026-08-01"_s, false);
        finding(a26, y1, u"minor"_s, u"2026-08-01"_s);

        exception(u"2026-09-01"_s, u"2026-12-01"_s); // expires within 60 days
        exception(u"2027-03-31"_s, u"2026-12-01"_s); // neither
    }
    void result(qint64 audit, qint64 unit, const QString& item, const QString& value)
    {
        db->exec(u"INSERT INTO audit_results (audit_id, unit_id, item_key, result, notes, created_at, created_by, "
                 "updated_at, updated_by) VALUES (?, ?, ?, ?, '', 'x', 'x', 'x', 'x')"_s,
                 {audit, unit, item, value});
    }
    qint64 finding(qint64 audit, const QString& item, const QString& severity, const QString& raised)
    {
        db->exec(u"INSERT INTO audit_findings (audit_id, unit_id, item_key, severity, title, condition_found, "
                 "criterion, cause, effect, recommendation, created_at, created_by, updated_at, updated_by) VALUES "
                 "(?, ?, ?, ?, ?, '', '', '', '', '', ?, 'x', 'x', 'x')"_s,
                 {audit, soumu, item, severity, item, QString(raised % u"T01:00:00.000Z"_s)});
        return db->scalar(u"SELECT MAX(id) FROM audit_findings"_s).toLongLong();
    }
    void plan(qint64 findingId, const QString& status, const QString& closedOn, const QString& due, bool done)
    {
        db->exec(u"INSERT INTO remediation_plans (finding_id, status, summary, verification_note, closed_on, "
                 "created_at, created_by, updated_at, updated_by) VALUES (?, ?, '', '', ?, 'x', 'x', 'x', 'x')"_s,
                 {findingId, status, closedOn.isEmpty() ? QVariant() : QVariant(closedOn)});
        db->exec(u"INSERT INTO remediation_actions (plan_id, description, due_on, done, created_at, created_by, "
                 "updated_at, updated_by) VALUES (?, 'a', ?, ?, 'x', 'x', 'x', 'x')"_s,
                 {db->scalar(u"SELECT MAX(id) FROM remediation_plans"_s), due, done ? 1 : 0});
    }
    void exception(const QString& validUntil, const QString& review)
    {
        db->exec(u"INSERT INTO exceptions (unit_id, items, reason, compensating_measures, requested_by, "
                 "requested_on, decision, decided_on, valid_from, valid_until, next_review_on, created_at, "
                 "created_by, updated_at, updated_by) VALUES (?, 'i', 'r', 'm', 'x', '2026-04-01', 'approved', "
                 "'2026-04-02', '2026-04-02', ?, ?, 'x', 'x', 'x', 'x')"_s,
                 {soumu, validUntil, review});
    }
};

} // namespace kansa
