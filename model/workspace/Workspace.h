#pragma once

#include "audit/AuditPlanService.h"
#include "audit/FieldworkService.h"
#include "auth/Session.h"
#include "checklist/ChecklistLibrary.h"
#include "dashboard/DashboardService.h"
#include "org/OrganisationService.h"
#include "record/RecordHistory.h"
#include "remediation/RemediationService.h"
#include "report/ReportService.h"
#include "selfinspection/SelfInspectionService.h"
#include "store/Database.h"

#include <memory>

namespace kansa {

// An open organisation with a signed-in person: the database and the services the GUI and the command
// line work through.
class Workspace final
{
public:
    Workspace(std::unique_ptr<Database> db, const Session& session)
        : m_db(std::move(db))
        , m_organisation(*m_db, session)
        , m_checklists(*m_db, session)
        , m_audits(*m_db, session)
        , m_fieldwork(*m_db, session)
        , m_selfInspections(*m_db, session)
        , m_remediation(*m_db, session)
        , m_dashboard(*m_db, session, m_remediation)
        , m_reports(*this)
        , m_history(*m_db, session)
    {}

    // A new organisation in a new SQLite file or an empty PostgreSQL database, with its administrator signed in.
    // With databaseRoles (PostgreSQL, run by the database's owner), the database enforces the access policy with
    // roles (DatabasePolicy::secure); created then lists what that made.
    static std::unique_ptr<Workspace> createNew(const ConnectionSpec& spec, const QString& organisationName,
                                                const QString& organisationKind, const QString& adminLogin,
                                                const QString& adminPassword, const QString& adminName,
                                                bool databaseRoles = false, QStringList* created = nullptr);
    // Signs in to a PostgreSQL server that enforces the policy with roles: connects as the account's own role,
    // so that the server checks the password. Throws SignInRefused for a wrong login or password.
    static std::unique_ptr<Workspace> signInToServer(const ConnectionSpec& server, const QString& login,
                                                     const QString& password);
    // Signs in to an open organisation; the database moves into the workspace only on success, so a wrong
    // password leaves it open for the next attempt. On a server that enforces the policy with roles, the
    // workspace connects again as the account's role (signInToServer). Throws kansa::Error.
    static std::unique_ptr<Workspace> signIn(std::unique_ptr<Database>& db, const QString& login,
                                             const QString& password);

    Database& database() { return *m_db; }
    const Session& session() const { return m_organisation.session(); }
    OrganisationService& organisation() { return m_organisation; }
    ChecklistLibrary& checklists() { return m_checklists; }
    AuditPlanService& audits() { return m_audits; }
    FieldworkService& fieldwork() { return m_fieldwork; }
    SelfInspectionService& selfInspections() { return m_selfInspections; }
    RemediationService& remediation() { return m_remediation; }
    DashboardService& dashboard() { return m_dashboard; }
    ReportService& reports() { return m_reports; }
    RecordHistory& history() { return m_history; }

private:
    std::unique_ptr<Database> m_db;
    OrganisationService m_organisation;
    ChecklistLibrary m_checklists;
    AuditPlanService m_audits;
    FieldworkService m_fieldwork;
    SelfInspectionService m_selfInspections;
    RemediationService m_remediation;
    DashboardService m_dashboard;
    ReportService m_reports;
    RecordHistory m_history;
};

} // namespace kansa
