#include "DemoOrganisation.h"

#include "audit/AuditPlanService.h"
#include "audit/FieldworkService.h"
#include "auth/AccountService.h"
#include "checklist/ChecklistLibrary.h"
#include "org/OrganisationService.h"
#include "record/RecordHeadCheck.h"
#include "record/RecordReplay.h"
#include "remediation/RemediationService.h"
#include "selfinspection/SelfInspectionService.h"
#include "store/Database.h"

#include "calendar/JapaneseCalendar.h"
#include "store/SqlValues.h"
#include "store/VersionedRows.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>
#include <ranges>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

struct DemoUnit
{
    const char16_t* code;
    const char16_t* parentCode;
    const char16_t* name;
    UnitKind kind;
};

// 桜ヶ丘村: six departments, twelve sections and four branch offices.
const DemoUnit demoUnits[] = {
    {u"D01", u"", u"総務部", UnitKind::Department},
    {u"S011", u"D01", u"総務課", UnitKind::Section},
    {u"S012", u"D01", u"企画財政課", UnitKind::Section},
    {u"S013", u"D01", u"税務課", UnitKind::Section},
    {u"S014", u"D01", u"情報政策室", UnitKind::Section},
    {u"D02", u"", u"住民福祉部", UnitKind::Department},
    {u"S021", u"D02", u"住民課", UnitKind::Section},
    {u"S022", u"D02", u"保健福祉課", UnitKind::Section},
    {u"B0221", u"S022", u"地域包括支援センター", UnitKind::Branch},
    {u"S023", u"D02", u"子育て支援課", UnitKind::Section},
    {u"D03", u"", u"産業建設部", UnitKind::Department},
    {u"S031", u"D03", u"農林商工課", UnitKind::Section},
    {u"S032", u"D03", u"建設課", UnitKind::Section},
    {u"S033", u"D03", u"上下水道課", UnitKind::Section},
    {u"B0331", u"S033", u"桜ヶ丘浄水場", UnitKind::Branch},
    {u"D04", u"", u"教育委員会事務局", UnitKind::Department},
    {u"S041", u"D04", u"教育総務課", UnitKind::Section},
    {u"B0411", u"S041", u"学校給食センター", UnitKind::Branch},
    {u"S042", u"D04", u"生涯学習課", UnitKind::Section},
    {u"B0421", u"S042", u"村立図書館", UnitKind::Branch},
    {u"D05", u"", u"議会事務局", UnitKind::Department},
    {u"D06", u"", u"会計室", UnitKind::Department},
};

struct DemoPerson
{
    const char16_t* code;
    const char16_t* name;
    const char16_t* kana;
    const char16_t* romaji; // the e-mail's local part and, for those with an account, the login
    const char16_t* unitCode;
    QList<Role> roles;
    bool account = false;
};

const QList<DemoPerson>& demoPeople()
{
    static const QList<DemoPerson> people{
        {u"1001", u"大森 正和", u"おおもり まさかず", u"m.omori", u"", {Role::Ciso}, true},
        {u"1002", u"佐々木 隆", u"ささき たかし", u"t.sasaki", u"D01", {Role::DepartmentSecurityOfficer}},
        {u"1003", u"高橋 恵子", u"たかはし けいこ", u"k.takahashi", u"S011", {Role::SectionSecurityManager}, true},
        {u"1004", u"伊藤 誠", u"いとう まこと", u"m.ito", u"S011", {Role::Staff}, true},
        {u"1005", u"渡辺 由美", u"わたなべ ゆみ", u"y.watanabe", u"S011", {Role::Staff}},
        {u"1006", u"山本 健一", u"やまもと けんいち", u"k.yamamoto", u"S012", {Role::SectionSecurityManager}},
        {u"1007", u"中村 彩", u"なかむら あや", u"a.nakamura", u"S012", {Role::Staff}},
        {u"1008", u"小林 大輔", u"こばやし だいすけ", u"d.kobayashi", u"S012", {Role::Staff}},
        {u"1009", u"加藤 直子", u"かとう なおこ", u"n.kato", u"S013", {Role::SectionSecurityManager}},
        {u"1010", u"吉田 浩二", u"よしだ こうじ", u"k.yoshida", u"S013", {Role::SystemManager}},
        {u"1011", u"山田 美穂", u"やまだ みほ", u"m.yamada", u"S013", {Role::Staff, Role::Auditor}, true},
        {u"1012", u"佐藤 聡", u"さとう さとし", u"s.sato", u"S014", {Role::ChiefSecurityManager}, true},
        {u"1013", u"松本 拓也", u"まつもと たくや", u"t.matsumoto", u"S014", {Role::SystemManager}},
        {u"1014", u"井上 舞", u"いのうえ まい", u"m.inoue", u"S014", {Role::SystemOperator}},
        {u"1015", u"木村 翔太", u"きむら しょうた", u"s.kimura", u"S014", {Role::SystemOperator}},
        {u"1016", u"林 和夫", u"はやし かずお", u"k.hayashi", u"D02", {Role::DepartmentSecurityOfficer}},
        {u"1017", u"清水 陽子", u"しみず ようこ", u"y.shimizu", u"S021", {Role::SectionSecurityManager}},
        {u"1018", u"山崎 剛", u"やまざき つよし", u"t.yamazaki", u"S021", {Role::SystemManager}},
        {u"1019", u"森 さやか", u"もり さやか", u"s.mori", u"S021", {Role::Staff}},
        {u"1020", u"池田 修", u"いけだ おさむ", u"o.ikeda", u"S021", {Role::Staff}},
        {u"1021", u"橋本 真由美", u"はしもと まゆみ", u"m.hashimoto", u"S022", {Role::SectionSecurityManager}},
        {u"1022", u"阿部 俊介", u"あべ しゅんすけ", u"s.abe", u"S022", {Role::Staff}},
        {u"1023", u"石川 千尋", u"いしかわ ちひろ", u"c.ishikawa", u"S022", {Role::Staff}},
        {u"1024", u"前田 典子", u"まえだ のりこ", u"n.maeda", u"B0221", {Role::SectionSecurityManager}},
        {u"1025", u"藤田 優花", u"ふじた ゆうか", u"y.fujita", u"B0221", {Role::Staff}},
        {u"1026", u"後藤 亮", u"ごとう りょう", u"r.goto", u"S023", {Role::SectionSecurityManager}},
        {u"1027", u"岡田 奈々", u"おかだ なな", u"n.okada", u"S023", {Role::Staff}},
        {u"1028", u"長谷川 勝", u"はせがわ まさる", u"m.hasegawa", u"D03", {Role::DepartmentSecurityOfficer}},
        {u"1029", u"村上 浩", u"むらかみ ひろし", u"h.murakami", u"S031", {Role::SectionSecurityManager}},
        {u"1030", u"近藤 里美", u"こんどう さとみ", u"s.kondo", u"S031", {Role::Staff}},
        {u"1031", u"石井 達也", u"いしい たつや", u"t.ishii", u"S031", {Role::Staff}},
        {u"1032", u"坂本 雅人", u"さかもと まさと", u"m.sakamoto", u"S032", {Role::SectionSecurityManager}},
        {u"1033", u"遠藤 愛", u"えんどう あい", u"a.endo", u"S032", {Role::Staff}},
        {u"1034", u"青木 秀樹", u"あおき ひでき", u"h.aoki", u"S032", {Role::Staff}},
        {u"1035", u"藤井 康弘", u"ふじい やすひろ", u"y.fujii", u"S033", {Role::SectionSecurityManager}},
        {u"1036", u"西村 香織", u"にしむら かおり", u"k.nishimura", u"S033", {Role::SystemManager}},
        {u"1037", u"福田 徹", u"ふくだ とおる", u"t.fukuda", u"B0331", {Role::SectionSecurityManager}},
        {u"1038", u"太田 健太", u"おおた けんた", u"k.ota", u"B0331", {Role::SystemOperator}},
        {u"1039", u"三浦 節子", u"みうら せつこ", u"s.miura", u"D04", {Role::DepartmentSecurityOfficer}},
        {u"1040", u"藤原 孝", u"ふじわら たかし", u"t.fujiwara", u"S041", {Role::SectionSecurityManager}},
        {u"1041", u"岡本 理恵", u"おかもと りえ", u"r.okamoto", u"S041", {Role::Staff, Role::Auditor}, true},
        {u"1042", u"松田 健", u"まつだ けん", u"k.matsuda", u"S041", {Role::Staff}},
        {u"1043", u"中川 幸子", u"なかがわ さちこ", u"s.nakagawa", u"B0411", {Role::SectionSecurityManager}},
        {u"1044", u"中野 悠斗", u"なかの ゆうと", u"y.nakano", u"B0411", {Role::Staff}},
        {u"1045", u"原田 智子", u"はらだ ともこ", u"t.harada", u"S042", {Role::SectionSecurityManager}},
        {u"1046", u"小野 大樹", u"おの だいき", u"d.ono", u"S042", {Role::Staff}},
        {u"1047", u"田村 純子", u"たむら じゅんこ", u"j.tamura", u"B0421", {Role::SectionSecurityManager}},
        {u"1048", u"竹内 航", u"たけうち わたる", u"w.takeuchi", u"B0421", {Role::Staff}},
        {u"1049", u"金子 哲也", u"かねこ てつや", u"t.kaneko", u"D05", {Role::DepartmentSecurityOfficer}},
        {u"1050", u"和田 明美", u"わだ あけみ", u"a.wada", u"D05", {Role::Staff, Role::Auditor}},
        {u"1051", u"中山 博之", u"なかやま ひろゆき", u"h.nakayama", u"D06", {Role::ChiefAuditor}, true},
        {u"1052", u"石田 京子", u"いしだ きょうこ", u"k.ishida", u"D06", {Role::Staff}},
        {u"1053", u"上田 隼人", u"うえだ はやと", u"h.ueda", u"S011", {Role::Staff}},
        {u"1054", u"森田 早苗", u"もりた さなえ", u"s.morita", u"S022", {Role::Staff}},
        {u"1055", u"原 慎也", u"はら しんや", u"s.hara", u"S032", {Role::Staff}},
        {u"1056", u"柴田 美和", u"しばた みわ", u"m.shibata", u"S013", {Role::Staff}},
    };
    return people;
}

// Results for the large data set: most items conform, some partly, a few not; every 17th does not apply.
AuditResult demoResult(int index)
{
    if (index % 17 == 16)
        return AuditResult::NotApplicable;
    if (index % 13 == 5)
        return AuditResult::NonConforming;
    if (index % 7 == 3)
        return AuditResult::PartlyConforming;
    return AuditResult::Conforming;
}

// One assessed scope of the demo's audits (the whole organisation, or a unit, in one year): about `nonConforming` and
// `partly` of every hundred items assessed so, the others conforming (every 17th item does not apply); `salt` spreads
// the unit's weak items differently from its neighbours'.
struct DemoProfile
{
    int nonConforming;
    int partly;
    int salt;
};

AuditResult demoResult(int index, const DemoProfile& profile)
{
    if (index % 17 == 16)
        return AuditResult::NotApplicable;
    const int pick = (index * 37 + profile.salt * 11) % 100;
    if (pick < profile.nonConforming)
        return AuditResult::NonConforming;
    if (pick < profile.nonConforming + profile.partly)
        return AuditResult::PartlyConforming;
    return AuditResult::Conforming;
}

// What the auditor saw at the item of a finding: its result and notes override the profile's.
struct DemoObservation
{
    const char16_t* unit; // empty: the whole organisation
    const char16_t* item;
    AuditResult result;
    const char16_t* notes;
};

void assessDemo(FieldworkService& fieldwork, qint64 auditId, qint64 unit, const DemoProfile& profile,
                const QHash<QString, qint64>& units, const QList<DemoObservation>& observations)
{
    int index = 0;
    for (const ChecklistItem* item : fieldwork.itemsInScope(auditId, unit)) {
        AuditResult result = demoResult(index++, profile);
        QString notes = result == AuditResult::NonConforming ? u"規定された手順が実施されていなかった。"_s
                        : result == AuditResult::PartlyConforming ? u"手順はあるが、記録の一部が欠けていた。"_s
                                                                  : QString();
        for (const DemoObservation& seen : observations) {
            const QString code = QString::fromUtf16(seen.unit);
            if (item->id == QString::fromUtf16(seen.item) &&
                (code.isEmpty() ? FieldworkService::OrganisationScope : units.value(code)) == unit) {
                result = seen.result;
                notes = QString::fromUtf16(seen.notes);
            }
        }
        fieldwork.setResult(auditId, unit, item->id, result, notes, 0);
    }
}

struct DemoFinding
{
    const char16_t* unit;
    const char16_t* item; // the item whose clause the finding departs from
    Severity severity;
    const char16_t* title;
    const char16_t* condition;
    const char16_t* recommendation;
};

// Raises each finding on its item; the criterion quotes the item's clause.
void addDemoFindings(FieldworkService& fieldwork, qint64 auditId, const QHash<QString, qint64>& units,
                     const QList<DemoFinding>& findings)
{
    QHash<QString, const ChecklistItem*> items;
    for (const ChecklistItem* item : fieldwork.checklist(auditId).items())
        items.insert(item->id, item);
    for (const DemoFinding& f : findings) {
        const ChecklistItem* item = items.value(QString::fromUtf16(f.item));
        Q_ASSERT(item);
        Finding finding;
        finding.auditId = auditId;
        finding.unitId = units.value(QString::fromUtf16(f.unit));
        finding.itemKey = item->id;
        finding.criterion = item->ref % u' ' % item->source;
        finding.severity = f.severity;
        finding.title = QString::fromUtf16(f.title);
        finding.condition = QString::fromUtf16(f.condition);
        finding.recommendation = QString::fromUtf16(f.recommendation);
        finding.cause = u"手順が職員に十分周知されていなかった。"_s;
        finding.effect = u"情報の漏えい等の事故につながるおそれがある。"_s;
        fieldwork.addFinding(finding);
    }
}

// Two audits by the chief auditor 中山: 令和7年度 (reported and closed) and 令和8年度, made from it as next
// year's audit and in progress, about two thirds assessed, with findings, evidence and a working paper.
void addDemoAudits(Database& db, const QHash<QString, qint64>& people, const QHash<QString, qint64>& units)
{
    Session chief;
    chief.login = u"h.nakayama"_s;
    chief.displayName = u"中山 博之"_s;
    chief.personId = people.value(u"1051"_s);
    chief.unitId = units.value(u"D06"_s);
    chief.roles = {Role::ChiefAuditor};
    AuditPlanService plans(db, chief);
    FieldworkService fieldwork(db, chief);

    AuditPlan plan;
    plan.fiscalYear = 2025;
    plan.title = u"令和7年度 情報セキュリティ監査"_s;
    plan.purpose = u"桜ヶ丘村情報セキュリティ対策基準の遵守状況を確認し、改善を促す。"_s;
    plan.method = u"チェックリストに基づく書類確認、ヒアリング及び現地確認"_s;
    plan.systems = u"住民情報システム（住民基本台帳・税）、財務会計システム、庁内LAN・グループウェア"_s;
    plan.checklistKey = u"yomogita-standards"_s;
    plan.chapters = {u"4"_s, u"5"_s, u"6"_s};
    plan.approvedOn = QDate(2025, 6, 16);
    plan.periodFrom = QDate(2025, 7, 1);
    plan.periodTo = QDate(2025, 12, 26);
    const qint64 previous = plans.createAudit(plan);
    const QStringList audited{u"S011"_s, u"S021"_s, u"S022"_s, u"S032"_s, u"S041"_s};
    QList<qint64> unitIds;
    for (const QString& code : audited)
        unitIds << units.value(code);
    plans.setUnits(previous, unitIds);
    plans.setTeam(previous, {people.value(u"1011"_s), people.value(u"1041"_s), people.value(u"1050"_s)});
    plans.assign(previous, units.value(u"S011"_s), people.value(u"1041"_s));
    plans.assign(previous, units.value(u"S021"_s), people.value(u"1011"_s));
    plans.assign(previous, units.value(u"S022"_s), people.value(u"1011"_s));
    plans.assign(previous, units.value(u"S032"_s), people.value(u"1041"_s));
    plans.assign(previous, units.value(u"S041"_s), people.value(u"1050"_s));
    plans.setStatus(previous, plans.audit(previous).stamp.version, AuditStatus::Approved);
    plans.setStatus(previous, plans.audit(previous).stamp.version, AuditStatus::InProgress);
    // 令和7年度: 建設課 clearly weak, 教育総務課 strong; the findings' items as the auditors found them.
    const QList<DemoObservation> seenLastYear{
        {u"S011", u"std-5.4-3-1", AuditResult::PartlyConforming,
         u"職員1名の端末に、ログインパスワードを書いた付箋が貼られていた。"},
        {u"", u"std-4.2-1-3", AuditResult::NonConforming,
         u"建設課の仮設サーバ室の鍵が課内の共用箱に置かれ、貸出しの記録がなかった。"},
    };
    const DemoProfile lastYearProfiles[] = {{12, 8, 1}, {6, 8, 2}, {14, 12, 3}, {10, 11, 4}, {22, 16, 5}, {3, 5, 6}};
    const QList<qint64> previousScopes = QList<qint64>{FieldworkService::OrganisationScope} + unitIds;
    for (qsizetype i = 0; i < previousScopes.size(); ++i)
        assessDemo(fieldwork, previous, previousScopes[i], lastYearProfiles[i], units, seenLastYear);

    addDemoFindings(fieldwork, previous, units,
                    {{u"S011", u"std-5.4-3-1", Severity::Minor, u"パスワードが付箋で端末に貼られていた",
                      u"職員1名の端末に、ログインパスワードを書いた付箋が貼られていた。",
                      u"パスワードを記載したメモを残さないよう、職員に周知すること。"},
                     {u"S032", u"std-4.2-1-3", Severity::Major, u"サーバ室の鍵の貸出しが記録されていない",
                      u"サーバ室の鍵が課内の共用箱に置かれ、貸出しの記録がなかった。",
                      u"鍵の保管場所を定め、貸出簿で管理すること。"}});
    // The key to 建設課's server room is an item of the whole organisation (4.2 管理区域): its evidence is recorded
    // there.
    Evidence lastYear;
    lastYear.unitId = FieldworkService::OrganisationScope;
    lastYear.itemKey = u"std-4.2-1-3"_s;
    lastYear.kind = EvidenceKind::Observation;
    lastYear.description = u"建設課の仮設サーバ室の施錠状況と鍵の保管箱を現地で確認した。鍵の管理簿はなかった。"_s;
    lastYear.observedOn = QDate(2025, 9, 10);
    fieldwork.addEvidence(previous, lastYear);

    // 令和8年度: next year's audit, with one exception to independence.
    const qint64 current = plans.createNextYear(previous);
    AuditPlan next = plans.audit(current);
    next.approvedOn = QDate(2026, 6, 15);
    plans.updateAudit(next);
    plans.assign(current, units.value(u"S041"_s), people.value(u"1041"_s),
                 u"監査人が3名のため、教育総務課の書類確認のみ補助として担当する（止むを得ない場合）。"_s);
    const QDate visits[] = {QDate(2026, 7, 8), QDate(2026, 7, 15), QDate(2026, 7, 22), QDate(2026, 9, 2),
                            QDate(2026, 9, 9)};
    for (int i = 0; i < audited.size(); ++i)
        plans.setSchedule(current, units.value(audited[i]), visits[i]);
    plans.setStatus(current, plans.audit(current).stamp.version, AuditStatus::Approved);
    plans.setStatus(current, plans.audit(current).stamp.version, AuditStatus::InProgress);
    plans.setStatus(previous, plans.audit(previous).stamp.version, AuditStatus::Reported);
    plans.setStatus(previous, plans.audit(previous).stamp.version, AuditStatus::Closed);

    // About two thirds assessed: the first three units fully, the others not yet visited. 総務課 fell back and is
    // this year's weakest (its media taken out unrecorded), 住民課 and 保健福祉課 improved.
    const QList<DemoObservation> seenThisYear{
        {u"S011", u"std-5.1-1-3-b", AuditResult::NonConforming,
         u"5月に庁外へ持ち出したUSBメモリ3件について、情報セキュリティ管理者の許可を得ていなかった。"},
        {u"S011", u"std-5.1-1-5", AuditResult::NonConforming,
         u"持ち出し・持ち込み記録簿に、5月のUSBメモリの持出し3件の記載がなかった。"},
        {u"S011", u"std-5.4-3-1", AuditResult::Conforming, u""}, // last year's finding, remediated
        {u"S011", u"std-5.1-1-7", AuditResult::Conforming, u""}, // as it answered the cross-check
        {u"S021", u"std-5.1-1-7", AuditResult::PartlyConforming,
         u"窓口付近の端末2台で、離席時に画面がロックされていなかった。"},
        {u"S022", u"std-5.2-4", AuditResult::Conforming,
         u"全職員が受講していた。受講記録は個人ごとの紙で保管されている。"},
    };
    const DemoProfile thisYearProfiles[] = {{8, 8, 7}, {18, 14, 8}, {7, 10, 9}, {4, 6, 10}};
    const QList<qint64> currentScopes = QList<qint64>{FieldworkService::OrganisationScope} + unitIds.mid(0, 3);
    for (qsizetype i = 0; i < currentScopes.size(); ++i)
        assessDemo(fieldwork, current, currentScopes[i], thisYearProfiles[i], units, seenThisYear);
    addDemoFindings(fieldwork, current, units,
                    {{u"S011", u"std-5.1-1-3-b", Severity::Major, u"USBメモリの持出しが記録されていない",
                      u"5月に外部へ持ち出したUSBメモリ3件について、持出しの許可と記録がなかった。",
                      u"電磁的記録媒体の持出し手続を周知し、許可と記録を徹底すること。"},
                     {u"S021", u"std-5.1-1-7", Severity::Minor, u"離席時の画面ロックが徹底されていない",
                      u"窓口付近の端末2台で、離席時に画面がロックされていなかった。",
                      u"スクリーンロックの自動設定を確認し、職員に周知すること。"},
                     {u"S022", u"std-5.2-4", Severity::Advice, u"研修の受講記録の保管方法",
                      u"研修の受講記録が個人ごとの紙で保管され、受講状況の把握に時間を要していた。",
                      u"受講記録を一覧で管理することが望ましい。"}});
    const qint64 soumu = units.value(u"S011"_s);
    Evidence evidence;
    evidence.unitId = soumu;
    evidence.itemKey = fieldwork.findings(current, soumu).first().itemKey; // the evidence behind the finding
    evidence.kind = EvidenceKind::Document;
    evidence.description = u"持ち出し・持ち込み記録簿（令和8年4月〜6月分）を閲覧した。5月のUSBメモリの持出し3件の"
                           "記載がなかった。"_s;
    evidence.observedOn = QDate(2026, 7, 8);
    const qint64 evidenceId = fieldwork.addEvidence(current, evidence);
    fieldwork.attachFile(current, evidenceId, u"持出し簿_抜粋.txt"_s,
                         u"令和8年4月29日 ノートPC 1台 持出し 総務課 伊藤（許可 高橋）\n"
                         "令和8年6月3日 ノートPC 1台 持込み 総務課 伊藤\n"_s.toUtf8());
    evidence.kind = EvidenceKind::Interview;
    evidence.description = u"総務課長から媒体の持出し手続について聴取した。USBメモリの持出しは口頭で了承していた。"_s;
    fieldwork.addEvidence(current, evidence);
    Evidence lockSettings;
    lockSettings.unitId = units.value(u"S021"_s);
    lockSettings.itemKey = u"std-5.1-1-7"_s;
    lockSettings.kind = EvidenceKind::Observation;
    lockSettings.description = u"窓口付近の端末の設定画面で、スクリーンロックの設定を確認した。2台が未設定だった。"_s;
    lockSettings.observedOn = QDate(2026, 7, 15);
    fieldwork.addEvidence(current, lockSettings);

    WorkingPaper paper;
    paper.auditId = current;
    paper.unitId = soumu;
    paper.visitedOn = QDate(2026, 7, 8);
    paper.place = u"役場本庁舎2階 総務課"_s;
    paper.attendees = u"高橋 恵子（総務課長）、伊藤 誠；監査人 岡本 理恵"_s;
    paper.summary = u"電磁的記録媒体の持出しの許可と記録、パスワードの管理及び研修の受講状況を確認した。"
                    "USBメモリの持出しに許可と記録がなかった。"_s;
    paper.documentsReceived = u"持ち出し許可申請書、持ち出し・持ち込み記録簿、研修・訓練の出席記録"_s;
    fieldwork.addWorkingPaper(paper);
}

// 令和8年度's staff self-inspection, owned by the chief information security manager 佐藤: thirteen units
// answered (four accepted), two half way, one not started.
void addDemoCampaign(Database& db, const QHash<QString, qint64>& people, const QHash<QString, qint64>& units)
{
    Session owner;
    owner.login = u"s.sato"_s;
    owner.displayName = u"佐藤 聡"_s;
    owner.personId = people.value(u"1012"_s);
    owner.unitId = units.value(u"S014"_s);
    owner.roles = {Role::ChiefSecurityManager};
    SelfInspectionService service(db, owner);
    QList<qint64> asked;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (!it.key().startsWith(u'D'))
            asked << it.value();
    }
    std::sort(asked.begin(), asked.end());
    Campaign campaign;
    campaign.fiscalYear = 2026;
    campaign.title = u"令和8年度 職員情報セキュリティ自己点検"_s;
    campaign.checklistKey = u"staff-self-inspection"_s;
    campaign.deadline = QDate(2026, 10, 30);
    const qint64 id = service.createCampaign(campaign, asked);
    const QList<const ChecklistItem*> items = service.items(id);
    for (int u = 0; u < asked.size(); ++u) {
        if (u == asked.size() - 1)
            break; // not started
        const bool halfWay = u >= asked.size() - 3;
        QHash<QString, UnitAnswer> answers;
        for (int i = 0; i < items.size(); ++i) {
            if (halfWay && i >= items.size() / 2)
                break;
            const int pick = (i * 7 + u * 3) % 19;
            const Answer answer = pick == 0   ? Answer::No
                                  : pick < 3  ? Answer::Partly
                                  : pick == 3 ? Answer::NotApplicable
                                              : Answer::Yes;
            const QString comment = answer == Answer::No       ? u"現在、手順を整備中。"_s
                                    : answer == Answer::Partly ? u"一部の職員で未実施。"_s
                                                               : QString();
            answers.insert(items[i]->id, UnitAnswer{0, items[i]->id, answer, comment, {}});
        }
        service.applyReturnedAnswers(id, asked[u], answers);
        if (u < 4)
            service.accept(id, asked[u]);
    }
}

// Remediation of the findings: 令和7年度's verified and still open (carried over), 令和8年度's in every
// status, one of them overdue; three exceptions, one of them expired.
void addDemoRemediation(Database& db, const QHash<QString, qint64>& people, const QHash<QString, qint64>& units)
{
    auto member = [&](const QString& person, const QString& unit, Role role) {
        Session session;
        session.login = person;
        session.displayName = db.scalar(u"SELECT name FROM people WHERE code = ?"_s, {person}).toString();
        session.personId = people.value(person);
        session.unitId = units.value(unit);
        session.roles = {role};
        return session;
    };
    auto findingOf = [&](int year, const QString& unit) {
        return db
            .scalar(u"SELECT f.id FROM audit_findings f JOIN audits a ON a.id = f.audit_id WHERE a.fiscal_year = ? "
                    "AND f.unit_id = ?"_s,
                    {year, units.value(unit)})
            .toLongLong();
    };
    auto action = [&](const QString& text, const QString& owner, const QDate& due) {
        return RemediationAction{0, text, people.value(owner), due, false, {}};
    };
    const Session ciso = member(u"1001"_s, QString(), Role::Ciso);
    RemediationService cisoService(db, ciso);

    // 令和7年度, 総務課: verified. 建設課: still in progress, its action overdue — carried into this year.
    RemediationService soumu(db, member(u"1003"_s, u"S011"_s, Role::SectionSecurityManager));
    const qint64 done = soumu.proposePlan(findingOf(2025, u"S011"_s), u"パスワードの管理方法を周知する。"_s,
                                          {action(u"全職員へ注意喚起を通知する"_s, u"1003"_s, QDate(2025, 12, 26))});
    soumu.setStatus(done, 1, PlanStatus::InProgress);
    soumu.completeAction(soumu.plan(done).actions.first().id, 1);
    soumu.addProgressReport(done,
                            {0, QDate(2026, 1, 15), 100, u"全職員へ通知し、課内で点検した。"_s, u"通知文"_s, {}, {}});
    soumu.setStatus(done, soumu.plan(done).stamp.version, PlanStatus::Completed);
    RemediationService(db, member(u"1041"_s, u"S041"_s, Role::Auditor))
        .setStatus(done, soumu.plan(done).stamp.version, PlanStatus::Verified, u"通知文と点検記録を確認した。"_s, 0,
                   u"注意喚起の通知文（令和8年1月15日付）、課内点検記録"_s);
    RemediationService kensetsu(db, member(u"1032"_s, u"S032"_s, Role::SectionSecurityManager));
    const qint64 carried = kensetsu.proposePlan(findingOf(2025, u"S032"_s), u"サーバ室の鍵を貸出簿で管理する。"_s,
                                                {action(u"鍵の保管庫を設置する"_s, u"1032"_s, QDate(2026, 3, 31)),
                                                 action(u"鍵の貸出簿を運用する"_s, u"1033"_s, QDate(2026, 9, 30))});
    kensetsu.setStatus(carried, 1, PlanStatus::InProgress);
    kensetsu.addProgressReport(carried, {0, QDate(2026, 4, 10), 40, u"保管庫の予算を確保した。"_s, {}, {}, {}});

    // 令和8年度: 総務課 in progress and overdue, 住民課 completed awaiting verification, 保健福祉課 not started.
    const qint64 usb = soumu.proposePlan(findingOf(2026, u"S011"_s), u"媒体の持出し手続を周知し、記録を徹底する。"_s,
                                         {action(u"持出し簿の様式を定める"_s, u"1003"_s, QDate(2026, 10, 31)),
                                          action(u"課内研修を行う"_s, u"1004"_s, QDate(2027, 1, 29))});
    soumu.setStatus(usb, 1, PlanStatus::InProgress);
    soumu.addProgressReport(usb, {0, QDate(2026, 9, 30), 20, u"様式案を作成中。"_s, {}, {}, {}});
    RemediationService jumin(db, member(u"1017"_s, u"S021"_s, Role::SectionSecurityManager));
    const qint64 lock = jumin.proposePlan(findingOf(2026, u"S021"_s), u"画面ロックを自動設定する。"_s,
                                          {action(u"全端末にロック時間を設定する"_s, u"1018"_s, QDate(2026, 10, 15))});
    jumin.setStatus(lock, 1, PlanStatus::InProgress);
    jumin.completeAction(jumin.plan(lock).actions.first().id, 1);
    jumin.addProgressReport(lock, {0, QDate(2026, 10, 14), 100, u"全12台に設定した。"_s, u"設定一覧"_s, {}, {}});
    jumin.setStatus(lock, jumin.plan(lock).stamp.version, PlanStatus::Completed);
    RemediationService(db, member(u"1021"_s, u"S022"_s, Role::SectionSecurityManager))
        .proposePlan(findingOf(2026, u"S022"_s), u"研修受講記録を一覧で管理する。"_s,
                     {action(u"受講記録の一覧を作る"_s, u"1022"_s, QDate(2027, 2, 26))});

    // Exceptions: approved and in force, expired, and awaiting the CISO.
    auto request = [&](RemediationService& service, const QString& unit, const QString& items, const QString& reason,
                       const QString& measures) {
        SecurityException e;
        e.unitId = units.value(unit);
        e.items = items;
        e.reason = reason;
        e.compensatingMeasures = measures;
        return service.requestException(e);
    };
    const qint64 inForce = request(soumu, u"S011"_s, u"5.1(1)③(イ) 持出し"_s, u"災害対応で庁外作業が必要なため"_s,
                                   u"暗号化USBのみを使い、持出し簿に記録する"_s);
    cisoService.decideException(inForce, 1, ExceptionDecision::Approved,
                                u"災害対応に限り認める。持出し簿は月末に情報セキュリティ管理者が確認すること。"_s,
                                QDate(2026, 4, 1), QDate(2027, 3, 31), QDate(2026, 12, 1));
    const qint64 expired = request(kensetsu, u"S032"_s, u"4.2(2) 入退室管理"_s, u"改修工事中の仮設サーバ室のため"_s,
                                   u"工事期間中は課長が鍵を保管する"_s);
    cisoService.decideException(expired, 1, ExceptionDecision::Approved,
                                u"改修工事の期間に限り認める。工事完了後は通常の入退室管理に戻すこと。"_s,
                                QDate(2025, 10, 1), QDate(2026, 3, 31), QDate(2026, 1, 31));
    request(jumin, u"S021"_s, u"6.2(1) アクセス制御"_s, u"窓口の共用端末で職員IDを共有したい"_s,
            u"操作記録を日次で確認する"_s);

    // 横断的な確認: the CISO asks four units whether 住民課's screen-lock problem exists there too; 税務課 finds
    // it does (a linked finding and plan follow), 総務課 does not, the others have yet to answer.
    const QList<qint64> asked{units.value(u"S013"_s), units.value(u"S011"_s), units.value(u"S023"_s),
                              units.value(u"S031"_s)};
    const qint64 check = cisoService.askCrossCheck(
        findingOf(2026, u"S021"_s), u"窓口・執務室の端末で、離席時の画面ロックが自動で掛かるか確認してください。"_s,
        asked, QDate::currentDate().addDays(21));
    auto askedRow = [&](const QString& unit) {
        return db
            .scalar(u"SELECT id FROM cross_check_units WHERE cross_check_id = ? AND unit_id = ?"_s,
                    {check, units.value(unit)})
            .toLongLong();
    };
    RemediationService(db, member(u"1009"_s, u"S013"_s, Role::SectionSecurityManager))
        .answerCrossCheck(askedRow(u"S013"_s), 1, CrossCheckAnswer::Exists,
                          u"窓口端末3台のうち2台で自動ロックが未設定だった。"_s);
    soumu.answerCrossCheck(askedRow(u"S011"_s), 1, CrossCheckAnswer::Absent,
                           u"課内の全端末で10分後の自動ロックを確認した。"_s);

    // The history dated as it happened: findings raised during the fieldwork, reports entered on their dates
    // (their stamps, which the change log does not hold).
    QSqlQuery raised = db.exec(u"SELECT f.id, a.fiscal_year FROM audit_findings f JOIN audits a ON a.id = f.audit_id "
                               "WHERE f.origin_finding_id IS NULL ORDER BY f.id"_s);
    QList<QPair<qint64, int>> findings;
    while (raised.next())
        findings.append({raised.value(0).toLongLong(), raised.value(1).toInt()});
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QDate day = QDate(findings[i].second, 7, 8).addDays(14 * (i % 5));
        db.exec(u"UPDATE audit_findings SET created_at = ? WHERE id = ?"_s,
                {QString(day.toString(Qt::ISODate) % u"T01:00:00.000Z"_s), findings[i].first});
    }
    db.exec(u"UPDATE progress_reports SET created_at = reported_on || 'T08:00:00.000Z'"_s);
    // The day the plan closed is a field of the record: corrected through the write path, so the log holds it.
    db.write(member(u"1041"_s, u"S041"_s, Role::Auditor).actor(), [&](VersionedRows& changes) {
        changes.overwrite(u"remediation_plans"_s, done, {{u"closed_on"_s, u"2026-01-30"_s}});
    });

    // The CISO asks every unit with open plans for a progress report within a month.
    cisoService.requestProgress(0, QDate::currentDate().addDays(30), u"年末までの改善状況を報告してください。"_s);
}

// Rows of one table written many to a statement (as many as Database::valuesPerStatement allows): the large data
// set's hundreds of thousands of results and findings in thousands of round trips rather than one each.
class RowBatch
{
public:
    enum class Ids
    {
        Dropped,
        Returned // the new rows' ids are kept for takeIds()
    };

    RowBatch(Database& db, QString head, QString row, qsizetype valuesPerRow, Ids ids = Ids::Dropped)
        : m_db(db)
        , m_head(std::move(head))
        , m_row(std::move(row))
        , m_rowsPerStatement(std::max<qsizetype>(1, db.valuesPerStatement() / valuesPerRow))
        , m_returning(ids == Ids::Returned)
    {}

    void add(const QVariantList& values)
    {
        m_values << values;
        if (++m_rows == m_rowsPerStatement)
            flush();
    }

    void flush()
    {
        if (m_rows == 0)
            return;
        std::optional<QSqlQuery> last;
        if (m_rows == m_rowsPerStatement && !m_full)
            m_full = m_db.prepare(statement(m_rows));
        QSqlQuery& query = m_rows == m_rowsPerStatement ? *m_full : last.emplace(m_db.prepare(statement(m_rows)));
        m_db.run(query, m_values);
        if (m_returning) {
            const qsizetype first = m_ids.size();
            while (query.next())
                m_ids << query.value(0).toLongLong();
            // In the order of the rows (ascending), whatever order the database returns them in.
            std::sort(m_ids.begin() + first, m_ids.end());
        }
        query.finish();
        m_values.clear();
        m_rows = 0;
    }

    // The ids of the rows written since the last call, in the order they were added (after flush()).
    QList<qint64> takeIds() { return std::exchange(m_ids, {}); }

private:
    QString statement(qsizetype rows) const
    {
        return m_head % u" VALUES "_s % QStringList(rows, m_row).join(u", "_s) %
               (m_returning ? u" RETURNING id"_s : QString());
    }

    Database& m_db;
    QString m_head, m_row;
    qsizetype m_rowsPerStatement;
    bool m_returning;
    qsizetype m_rows = 0;
    QVariantList m_values;
    std::optional<QSqlQuery> m_full;
    QList<qint64> m_ids;
};

// 17 findings per unit and year, each with a plan and an action: earlier years' plans mostly verified in the
// following spring, a few risk accepted and a few still open (carried over); this year's in every status.
void addLargeFindings(Database& db, qint64 auditId, int year, const QList<qint64>& units, FieldworkService& fieldwork,
                      const QString& stamp, const QString& actor)
{
    constexpr int PerUnit = 17;
    RowBatch findings(db,
                      u"INSERT INTO audit_findings (audit_id, unit_id, item_key, severity, title, condition_found, "
                      "criterion, cause, effect, recommendation, version, created_at, created_by, updated_at, "
                      "updated_by)"_s,
                      u"(?, ?, ?, ?, ?, '', '', '', '', '', 1, ?, ?, ?, ?)"_s, 9, RowBatch::Ids::Returned);
    RowBatch plans(
        db,
        u"INSERT INTO remediation_plans (finding_id, status, summary, verification_note, closed_on, version, "
        "created_at, created_by, updated_at, updated_by)"_s,
        u"(?, ?, '', '', ?, 1, ?, ?, ?, ?)"_s, 7, RowBatch::Ids::Returned);
    RowBatch actions(db,
                     u"INSERT INTO remediation_actions (plan_id, description, due_on, done, version, created_at, "
                     "created_by, updated_at, updated_by)"_s,
                     u"(?, '', ?, ?, 1, ?, ?, ?, ?)"_s, 7);
    const QList<const ChecklistItem*> items = fieldwork.itemsInScope(auditId, units.first());
    const Severity severities[] = {Severity::Minor, Severity::Advice, Severity::Minor, Severity::Major};
    const PlanStatus thisYear[] = {PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::InProgress,
                                   PlanStatus::Completed, PlanStatus::Verified};
    const int count = static_cast<int>(units.size()) * PerUnit;
    const auto raisedOn = [&](int n) { return QDate(year, 7, 1).addDays(n % 120); };
    const auto closed = [&](int n) {
        PlanStatus status = year == 2026 ? thisYear[n % 5] : PlanStatus::Verified;
        if (year < 2026 && n % 50 == 0)
            status = PlanStatus::RiskAccepted;
        if (year >= 2024 && n % 40 == 1)
            status = PlanStatus::InProgress; // carried over
        return qMakePair(status, status == PlanStatus::Verified || status == PlanStatus::RiskAccepted);
    };
    for (int n = 0; n < count; ++n) {
        const qsizetype u = n / PerUnit;
        const int k = n % PerUnit;
        const ChecklistItem* item = items[(k * 26 + u) % items.size()];
        const QString raisedAt = raisedOn(n).toString(Qt::ISODate) % u"T01:00:00.000Z"_s;
        findings.add({auditId, units[u], item->id, AuditTexts::key(severities[n % 4]),
                      QString(item->ref % u" の不備"_s), raisedAt, actor, raisedAt, actor});
    }
    findings.flush();
    const QList<qint64> findingIds = findings.takeIds();
    for (int n = 0; n < count; ++n) {
        const auto [status, done] = closed(n);
        plans.add({findingIds[n], RemediationTexts::key(status),
                   done ? dateOrNull(raisedOn(n).addDays(60 + n % 200)) : QVariant(), stamp, actor, stamp, actor});
    }
    plans.flush();
    const QList<qint64> planIds = plans.takeIds();
    for (int n = 0; n < count; ++n)
        actions.add({planIds[n], dateOrNull(raisedOn(n).addDays(90 + n % 150)), closed(n).second ? 1 : 0, stamp, actor,
                     stamp, actor});
    actions.flush();
}

} // namespace

void DemoOrganisation::createLarge(const ConnectionSpec& spec)
{
    RecordHeadCheck::remember(*Database::createWhole(spec, [](Database& created) { fillLarge(created); }));
}

void DemoOrganisation::fillLarge(Database& db)
{
    // The whole data set (200 MB) is written in one transaction: on SQLite, with the default page cache of 2 MB, the
    // pages it changes were written out to the WAL and changed again many times over.
    if (db.backend() == ConnectionSpec::Backend::SQLite)
        db.exec(u"PRAGMA cache_size = -262144"_s); // KiB, for this connection only
    Transaction transaction(db);
    const QString administrator = QString::fromUtf16(AdministratorLogin);
    OrganisationService::createOrganisation(db, administrator, u"大規模試験市"_s, u"city"_s);
    AccountService accounts(db);
    const Session admin = accounts.createFirstAdministrator(administrator, QString::fromUtf16(AdministratorPassword),
                                                            u"システム管理者"_s);
    ChecklistLibrary::syncShipped(db);
    OrganisationService organisation(db, admin);

    QList<qint64> sections;
    QList<qint64> auditors;
    qint64 chief = 0;
    for (int d = 1; d <= 30; ++d) {
        Unit department;
        department.name = u"第%1部"_s.arg(d);
        department.code = u"D%1"_s.arg(d, 2, 10, QChar(u'0'));
        department.kind = UnitKind::Department;
        const qint64 departmentId = organisation.addUnit(department);
        for (int s = 1; s <= 9; ++s) {
            Unit section;
            section.name = u"第%1部第%2課"_s.arg(d).arg(s);
            section.code = u"S%1%2"_s.arg(d, 2, 10, QChar(u'0')).arg(s);
            section.parentId = departmentId;
            const qint64 sectionId = organisation.addUnit(section);
            sections << sectionId;
            for (int p = 0; p < 3; ++p) {
                Person person;
                person.code = u"%1%2%3"_s.arg(d, 2, 10, QChar(u'0')).arg(s).arg(p);
                person.name = u"職員 %1-%2-%3"_s.arg(d).arg(s).arg(p);
                person.unitId = sectionId;
                person.roles = {p == 0 ? Role::SectionSecurityManager : Role::Staff};
                if (p == 1 && s == 1)
                    person.roles << Role::Auditor;
                if (d == 1 && s == 1 && p == 2)
                    person.roles = {Role::ChiefAuditor};
                const qint64 id = organisation.addPerson(person);
                if (person.roles.contains(Role::Auditor))
                    auditors << id;
                if (person.roles.contains(Role::ChiefAuditor))
                    chief = id;
            }
        }
    }
    accounts.addAccount(admin, u"chief"_s, QString::fromUtf16(PersonPassword), chief, false);

    AuditPlanService plans(db, admin);
    FieldworkService fieldwork(db, admin);
    QList<qint64> units = sections;
    for (qint64 unit : organisation.units() | std::views::transform([](const Unit& u) { return u.id; })) {
        if (!units.contains(unit))
            units << unit;
    }
    RowBatch results(db,
                     u"INSERT INTO audit_results (audit_id, unit_id, item_key, result, notes, version, created_at, "
                     "created_by, updated_at, updated_by)"_s,
                     u"(?, ?, ?, ?, '', 1, ?, ?, ?, ?)"_s, 8);
    const QString stamp = VersionedRows::now();
    for (int year = 2017; year <= 2026; ++year) {
        organisation.addFiscalYear(year);
        AuditPlan plan;
        plan.fiscalYear = year;
        plan.title = JapaneseCalendar::formatFiscalYear(year, CalendarStyle::Japanese) % u" 情報セキュリティ監査"_s;
        plan.checklistKey = u"yomogita-standards"_s;
        plan.chiefAuditorId = chief;
        plan.approvedOn = QDate(year, 6, 1);
        const qint64 id = plans.createAudit(plan);
        plans.setUnits(id, units);
        plans.setTeam(id, auditors);
        QList<Assignment> assignments;
        for (int i = 0; i < units.size(); ++i) {
            // Each unit by an auditor of another department.
            Assignment assignment;
            assignment.unitId = units[i];
            assignment.personId = auditors[(i / 9 + 1 + year) % auditors.size()];
            if (!plans.isIndependent(assignment.personId, units[i]))
                assignment.personId = auditors[(i / 9 + 2 + year) % auditors.size()];
            assignments << assignment;
        }
        plans.assign(id, assignments);
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Approved);
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::InProgress);
        // The last year is half done; earlier ones are complete.
        int index = year;
        // The items of a level are the same for every unit.
        const QList<const ChecklistItem*> organisationItems =
            fieldwork.itemsInScope(id, FieldworkService::OrganisationScope);
        const QList<const ChecklistItem*> unitItems = fieldwork.itemsInScope(id, units.first());
        for (qint64 unit : QList<qint64>{FieldworkService::OrganisationScope} + units) {
            const QList<const ChecklistItem*>& items =
                unit == FieldworkService::OrganisationScope ? organisationItems : unitItems;
            const qsizetype done = year == 2026 ? items.size() / 2 : items.size();
            for (qsizetype i = 0; i < done; ++i)
                results.add({id, unit ? QVariant(unit) : QVariant(), items[i]->id, AuditTexts::key(demoResult(index++)),
                             stamp, administrator, stamp, administrator});
        }
        results.flush();
        addLargeFindings(db, id, year, units, fieldwork, stamp, administrator);
        if (year < 2026) {
            plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Reported);
            plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Closed);
        }
    }
    // The rows made in bulk above have no entry each: one entry per table covers them (RecordReplay).
    db.write(administrator, [&](VersionedRows& changes) {
        for (const QString& table :
             {u"audit_results"_s, u"audit_findings"_s, u"remediation_plans"_s, u"remediation_actions"_s})
            changes.logChange(table, 0, QString::fromUtf16(RecordReplay::BaselineAction), u"id"_s, {},
                              db.scalar(u"SELECT MAX(id) FROM "_s % table));
    });
    transaction.commit();
}

void DemoOrganisation::create(const ConnectionSpec& spec)
{
    RecordHeadCheck::remember(*Database::createWhole(spec, [](Database& created) { fill(created); }));
}

void DemoOrganisation::fill(Database& db)
{
    Transaction transaction(db);
    const QString administrator = QString::fromUtf16(AdministratorLogin);
    OrganisationService::createOrganisation(db, administrator, u"桜ヶ丘村"_s, u"village"_s);
    AccountService accounts(db);
    const Session session = accounts.createFirstAdministrator(administrator, QString::fromUtf16(AdministratorPassword),
                                                              u"システム管理者"_s);
    OrganisationService organisation(db, session);

    QHash<QString, qint64> unitIds;
    QHash<QString, qint64> personIds;
    for (const DemoUnit& demo : demoUnits) {
        Unit unit;
        unit.code = QString::fromUtf16(demo.code);
        unit.name = QString::fromUtf16(demo.name);
        unit.kind = demo.kind;
        unit.parentId = unitIds.value(QString::fromUtf16(demo.parentCode));
        unitIds.insert(unit.code, organisation.addUnit(unit));
    }
    for (const DemoPerson& demo : demoPeople()) {
        Person person;
        person.code = QString::fromUtf16(demo.code);
        person.name = QString::fromUtf16(demo.name);
        person.kana = QString::fromUtf16(demo.kana);
        person.unitId = unitIds.value(QString::fromUtf16(demo.unitCode));
        person.email = QString::fromUtf16(demo.romaji) % u"@sakuragaoka.example.lg.jp"_s;
        person.roles = demo.roles;
        const qint64 id = organisation.addPerson(person);
        personIds.insert(person.code, id);
        if (demo.account)
            accounts.addAccount(session, QString::fromUtf16(demo.romaji), QString::fromUtf16(PersonPassword), id,
                                false);
    }
    ChecklistLibrary::syncShipped(db);
    organisation.addFiscalYear(2025);
    organisation.addFiscalYear(2026);
    addDemoAudits(db, personIds, unitIds);
    addDemoCampaign(db, personIds, unitIds);
    addDemoRemediation(db, personIds, unitIds);
    transaction.commit();
}

} // namespace kansa
