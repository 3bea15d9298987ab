#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kansa {

// kansa-cli's subcommands. Each returns the process exit code; messages for people go to stderr,
// results to stdout.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2,
        Denied = 3,
        SignInFailed = 4
    };

    static int run(const QStringList& arguments);

private:
    static int init(const QStringList& arguments);
    static int demo(const QStringList& arguments);
    static int secure(const QStringList& arguments);
    static int info(const QStringList& arguments);
    static int verify(const QStringList& arguments);
    static int history(const QStringList& arguments);
    static int backup(const QStringList& arguments);
    static int restore(const QStringList& arguments);
    static int archive(const QStringList& arguments);
    static int importCsv(const QStringList& arguments, bool units);
    static int user(const QStringList& arguments);
    static int userList(const QStringList& arguments);
    static int checklist(const QStringList& arguments);
    static int audit(const QStringList& arguments);
    static int selfInspection(const QStringList& arguments);
    static int remediation(const QStringList& arguments, bool exceptions);
    static int writeReport(const QStringList& arguments);
    static int letterhead(const QStringList& arguments);
    static int checklistDerive(const QStringList& arguments);
    static int checklistLibrary(const QString& command, const QStringList& arguments);
    static int crosswalk(const QStringList& arguments);
    static int usage();
};

} // namespace kansa
