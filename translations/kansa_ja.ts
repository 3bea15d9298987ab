<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>see the units and the people</source>
        <translation>組織と職員の閲覧</translation>
    </message>
    <message>
        <source>change the organisation, its units, people and fiscal years</source>
        <translation>団体・組織・職員・年度の変更</translation>
    </message>
    <message>
        <source>manage accounts, grant roles and change settings</source>
        <translation>アカウント管理・役割の付与・設定の変更</translation>
    </message>
    <message>
        <source>see the accounts and roles</source>
        <translation>アカウントと役割の閲覧</translation>
    </message>
    <message>
        <source>import, edit and copy checklists</source>
        <translation>チェックリストの取込・編集・複製</translation>
    </message>
    <message>
        <source>plan an audit (scope, team, schedule, assignments)</source>
        <translation>監査計画(対象・監査チーム・日程・担当)の策定</translation>
    </message>
    <message>
        <source>see a unit&apos;s audit results, evidence, findings and working papers</source>
        <translation>組織の監査結果・証拠・指摘事項・調書の閲覧</translation>
    </message>
    <message>
        <source>record audit results, evidence, findings and working papers</source>
        <translation>監査結果・証拠・指摘事項・調書の記録</translation>
    </message>
    <message>
        <source>write the audit report&apos;s opinion and remarks</source>
        <translation>監査報告書の総合意見・特記事項の記入</translation>
    </message>
    <message>
        <source>see a unit&apos;s remediation, exceptions, cross-checks and notice</source>
        <translation>組織の改善・例外・横展開・通知書の閲覧</translation>
    </message>
    <message>
        <source>plan and report remediation, request exceptions and answer cross-checks for a unit</source>
        <translation>組織の改善計画・進捗報告・例外申請・横展開への回答</translation>
    </message>
    <message>
        <source>verify remediation or send it back</source>
        <translation>改善の確認・差戻し</translation>
    </message>
    <message>
        <source>decide exceptions and accept risks</source>
        <translation>例外の決裁・リスク受容</translation>
    </message>
    <message>
        <source>ask other units to check for a weakness</source>
        <translation>他組織への横展開の依頼</translation>
    </message>
    <message>
        <source>request progress reports</source>
        <translation>進捗報告の依頼</translation>
    </message>
    <message>
        <source>see the dashboard and the reports that cover every unit</source>
        <translation>ダッシュボードと全組織の報告書の閲覧</translation>
    </message>
    <message>
        <source>issue the audit report and unit notices</source>
        <translation>監査報告書・監査結果通知書の発行</translation>
    </message>
    <message>
        <source>issue the remediation progress report</source>
        <translation>改善状況報告書の発行</translation>
    </message>
    <message>
        <source>issue the self-inspection summary</source>
        <translation>自己点検結果の取りまとめの発行</translation>
    </message>
    <message>
        <source>start a self-inspection campaign</source>
        <translation>自己点検の開始</translation>
    </message>
    <message>
        <source>accept, return, export and import a campaign&apos;s answers</source>
        <translation>自己点検回答の受理・差戻し・配布・取込</translation>
    </message>
    <message>
        <source>see a unit&apos;s self-inspection</source>
        <translation>組織の自己点検の閲覧</translation>
    </message>
    <message>
        <source>answer a unit&apos;s self-inspection</source>
        <translation>組織の自己点検への回答</translation>
    </message>
    <message>
        <source>let people of a unit answer its self-inspection</source>
        <translation>自己点検の回答者の指名</translation>
    </message>
    <message>
        <source>submit a unit&apos;s self-inspection</source>
        <translation>組織の自己点検の提出</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>全組織</translation>
    </message>
    <message>
        <source>own unit</source>
        <translation>所属組織</translation>
    </message>
    <message>
        <source>audits whose team they are on</source>
        <translation>チームに属する監査</translation>
    </message>
    <message>
        <source>units assigned (all as the audit&apos;s chief)</source>
        <translation>担当組織(監査統括責任者は全組織)</translation>
    </message>
    <message>
        <source>audits they lead as chief auditor</source>
        <translation>統括する監査</translation>
    </message>
    <message>
        <source>campaigns they started</source>
        <translation>自ら開始した自己点検</translation>
    </message>
    <message>
        <source>own unit, when asked to answer</source>
        <translation>所属組織(回答者に指名されたとき)</translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation>その監査はもう存在しません。</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>その指摘事項はもう存在しません。</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>その監査証拠はもう存在しません。</translation>
    </message>
    <message>
        <source>The working paper no longer exists.</source>
        <translation>その監査調書はもう存在しません。</translation>
    </message>
    <message>
        <source>The remediation plan no longer exists.</source>
        <translation>その改善計画はもう存在しません。</translation>
    </message>
    <message>
        <source>The remediation action no longer exists.</source>
        <translation>その改善措置はもう存在しません。</translation>
    </message>
    <message>
        <source>The exception no longer exists.</source>
        <translation>その例外はもう存在しません。</translation>
    </message>
    <message>
        <source>The cross-department check no longer exists.</source>
        <translation>その横展開の依頼はもう存在しません。</translation>
    </message>
    <message>
        <source>The self-inspection campaign no longer exists.</source>
        <translation>その自己点検はもう存在しません。</translation>
    </message>
    <message>
        <source>%1 may not %2. Allowed: %3.</source>
        <translation>%1 には「%2」の権限がありません。権限: %3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The login name 「%1」 is not allowed: use 2 to 64 letters, digits and . _ @ -.</source>
        <translation>ログイン名「%1」は使用できません。英字、数字及び . _ @ - を使い、2～64 文字で指定してください。</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>パスワードが短すぎます。%1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The administrator already exists; sign in to add more accounts.</source>
        <translation>管理者は既に登録されています。アカウントを追加するにはサインインしてください。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>ログイン名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Too many wrong passwords for 「%1」: try again in %2 seconds.</source>
        <translation>「%1」のパスワードの誤入力が多すぎます。%2 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>このアカウントは既に削除されています。</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>アカウントの一覧表示</translation>
    </message>
    <message>
        <source>The login name 「%1」 is already taken.</source>
        <translation>ログイン名「%1」は既に使用されています。</translation>
    </message>
    <message>
        <source>The person of the new account does not exist.</source>
        <translation>新しいアカウントを使用する職員が見つかりません。</translation>
    </message>
    <message>
        <source>Another sign-in as 「%1」 is being checked: try again in a moment.</source>
        <translation>「%1」の別のサインインを確認中です。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>%1 already has the account 「%2」.</source>
        <translation>%1 にはすでにアカウント「%2」があります。</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>set another person&apos;s password</source>
        <translation>他の人のパスワードの設定</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Draft</source>
        <translation>起案中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告済</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Partly conforming</source>
        <translation>一部適合</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Document reviewed</source>
        <translation>文書確認</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>ヒアリング</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>現地確認</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>助言</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>severity 指摘</comment>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>short for not assessed</comment>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Conf.</source>
        <comment>short for conforming</comment>
        <translation>適合</translation>
    </message>
    <message>
        <source>Partly</source>
        <comment>short for partly conforming</comment>
        <translation>一部適合</translation>
    </message>
    <message>
        <source>Non-conf.</source>
        <comment>short for non-conforming</comment>
        <translation>不適合</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>short for not applicable</comment>
        <translation>該当なし</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is the organisation&apos;s own file, not a backup of it.</source>
        <translation>%1 は団体のファイルそのものであり、そのバックアップではありません。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2): it cannot be restored.</source>
        <translation>バックアップ %1 は壊れています (%2)。復元できません。</translation>
    </message>
    <message>
        <source>restore the organisation</source>
        <translation>団体を復元する</translation>
    </message>
    <message>
        <source>The record of the backup %1 was not checked or does not hold together: nothing was restored.</source>
        <translation>バックアップ %1 の記録が検証されていないか、整合していません。何も復元しませんでした。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>バックアップ用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot read the copy of %1: %2</source>
        <translation>%1 の複製を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3. It was not changed.</source>
        <translation>%1 を %2 に復元できません: %3。%2 は変更されていません。</translation>
    </message>
</context>
<context>
    <name>CampaignWorkbook</name>
    <message>
        <source>%1 may not export this unit&apos;s workbook.</source>
        <translation>%1 にはこの組織のワークブックをエクスポートする権限がありません。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>this is not a workbook exported by Kansa for a self-inspection (it has no sheet 「kansa」)</source>
        <translation>Kansa が自己点検用にエクスポートしたワークブックではありません (シート「kansa」がありません)</translation>
    </message>
    <message>
        <source>the workbook&apos;s identity is not one Kansa wrote</source>
        <translation>ワークブックの識別情報が Kansa の書き出したものではありません</translation>
    </message>
    <message>
        <source>the workbook&apos;s identity has been changed</source>
        <translation>ワークブックの識別情報が変更されています</translation>
    </message>
    <message>
        <source>the workbook belongs to a campaign or unit that is not in this organisation&apos;s database (campaign %1, unit %2)</source>
        <translation>この団体のデータベースにない自己点検または組織のワークブックです (自己点検 %1、組織 %2)</translation>
    </message>
    <message>
        <source>the workbook&apos;s identity does not match 「%1」 of 「%2」: it was changed, or it was written for another unit or campaign</source>
        <translation>ワークブックの識別情報が「%2」の「%1」と一致しません。変更されたか、別の組織または自己点検用に書き出されたワークブックです</translation>
    </message>
    <message>
        <source>the workbook was made from another version of the checklist</source>
        <translation>チェックリストの別の版から作成されたワークブックです</translation>
    </message>
    <message>
        <source>the sheet 「%1」 is missing</source>
        <translation>シート「%1」がありません</translation>
    </message>
    <message>
        <source>the answers of 「%1」 were accepted already; the owner must return them before a new workbook is imported</source>
        <translation>「%1」の回答は既に受理されています。新しいワークブックをインポートするには、先に実施責任者が差し戻す必要があります</translation>
    </message>
    <message>
        <source>a row without an item ID: rows may not be added</source>
        <translation>項目 ID のない行です。行は追加できません</translation>
    </message>
    <message>
        <source>%1 is not an item of this campaign</source>
        <translation>%1 はこの自己点検の項目ではありません</translation>
    </message>
    <message>
        <source>%1 appears twice (also row %2)</source>
        <translation>%1 が重複しています (%2 行目にもあります)</translation>
    </message>
    <message>
        <source>a formula is not an answer: type ○ △ × or －</source>
        <translation>数式は回答になりません。○ △ × － のいずれかを入力してください</translation>
    </message>
    <message>
        <source>「%1」 is not an answer: use ○ △ × or －</source>
        <translation>「%1」は回答として使用できません。○ △ × － のいずれかを使用してください</translation>
    </message>
    <message>
        <source>the row of %1 is missing: rows may not be deleted</source>
        <translation>%1 の行がありません。行は削除できません</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>%1 may not import returned workbooks.</source>
        <translation>%1 には返送されたワークブックを取り込む権限がありません。</translation>
    </message>
</context>
<context>
    <name>ChecklistDerivation</name>
    <message>
        <source>%1 holds no sentence that states a duty, a prohibition or a rule: it is not a policy Kansa can draft a checklist from.</source>
        <translation>%1 には義務、禁止または定めを述べる文がありません。Kansa がチェックリストを作成できるポリシーではありません。</translation>
    </message>
    <message>
        <source>The checklist %1 is not valid: %2</source>
        <translation>チェックリスト %1 は正しくありません: %2</translation>
    </message>
    <message>
        <source>There is no checklist %1: give the id of a shipped checklist or the path of a checklist file.</source>
        <translation>チェックリスト %1 はありません。同梱のチェックリストの ID か、チェックリストファイルのパスを指定してください。</translation>
    </message>
</context>
<context>
    <name>ChecklistReader</name>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation>不明なキーです (使用できるキー: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>文字列で指定してください</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>must be an object with &quot;ja&quot; and &quot;en&quot;</source>
        <translation>&quot;ja&quot; と &quot;en&quot; を持つオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>リスト (配列) で指定してください</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数で指定してください</translation>
    </message>
    <message>
        <source>the quote is longer than %1 characters: quote the clause, not the section</source>
        <translation>引用が %1 文字を超えています。節全体ではなく条項を引用してください</translation>
    </message>
    <message>
        <source>「%1」 is not one of the checklist&apos;s documents</source>
        <translation>「%1」はこのチェックリストの出典文書にありません</translation>
    </message>
    <message>
        <source>names no role</source>
        <translation>役割が指定されていません</translation>
    </message>
    <message>
        <source>unknown role 「%1」 (known: %2)</source>
        <translation>不明な役割「%1」です (使用できる役割: %2)</translation>
    </message>
    <message>
        <source>unknown level 「%1」 (organisation, unit or system)</source>
        <translation>不明な対象「%1」です (organisation、unit または system を指定してください)</translation>
    </message>
    <message>
        <source>names no evidence</source>
        <translation>確認資料が指定されていません</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false で指定してください</translation>
    </message>
    <message>
        <source>the id %1 is used twice (also %2)</source>
        <translation>ID %1 が重複しています (%2 でも使用されています)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON として正しくありません: %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>ファイル全体が 1 つの JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>this is one part of a checklist: read the checklist.json that names it</source>
        <translation>これはチェックリストの一部分のファイルです。このファイルを指定している checklist.json を読み込んでください</translation>
    </message>
    <message>
        <source>must be &quot;kansa-checklist&quot;</source>
        <translation>&quot;kansa-checklist&quot; を指定してください</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>1 以上の整数で指定してください</translation>
    </message>
    <message>
        <source>unknown kind 「%1」 (%2)</source>
        <translation>不明な種別「%1」です (使用できる種別: %2)</translation>
    </message>
    <message>
        <source>a checklist has either &quot;chapters&quot; or &quot;parts&quot;, not both or neither</source>
        <translation>チェックリストには &quot;chapters&quot; と &quot;parts&quot; のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>must be &quot;kansa-checklist-part&quot;</source>
        <translation>&quot;kansa-checklist-part&quot; を指定してください</translation>
    </message>
    <message>
        <source>names 「%1」, but the header is 「%2」</source>
        <translation>「%1」を指定していますが、ヘッダーは「%2」です</translation>
    </message>
    <message>
        <source>the id %1 is also used in %2</source>
        <translation>ID %1 は %2 でも使用されています</translation>
    </message>
    <message>
        <source>refers to the unknown item %1</source>
        <translation>不明な項目 %1 を参照しています</translation>
    </message>
    <message>
        <source>refused: the file is %1, far more than any checklist</source>
        <translation>受け付けません: ファイルが%1で、どのチェックリストよりもはるかに大きすぎます</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1: the question is phrased negatively, so that ○ (yes) would be the bad answer; ask for what is done (「…せずに…しているか。」)</source>
        <translation>%1: 質問が否定形のため、○（実施している）が望ましくない回答になります。実施していることを問う形にしてください（「…せずに…しているか。」）</translation>
    </message>
    <message>
        <source>%1 is not a priority item, but %2, split from the same clause or quoting the same duty, is: mark both or neither</source>
        <translation>%1 は重点項目ではありませんが、同じ条項から分けられた又は同じ義務を引用する %2 は重点項目です。両方に付けるか、どちらにも付けないでください</translation>
    </message>
    <message>
        <source>%1: the quote joins a list&apos;s lead-in to text without the list item&apos;s marker (①, （ア） …): quote the item with its marker, so that it shows what was left out</source>
        <translation>%1: 引用が、列挙の前置きの文に、列挙項目の番号（①、（ア）など）のない文をつないでいます。間が省略されていることが分かるよう、項目をその番号ごと引用してください</translation>
    </message>
    <message>
        <source>「%1」 is not a valid id (letters, digits, ., -, ( and ))</source>
        <translation>「%1」は ID として正しくありません (英字、数字、.、-、( 及び ) を使用してください)</translation>
    </message>
    <message>
        <source>unknown language 「%1」 (en for a checklist in English only)</source>
        <translation>不明な言語「%1」です (英語のみのチェックリストは en)</translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>the table has no heading row</source>
        <translation>表に見出し行がありません</translation>
    </message>
    <message>
        <source>the heading row has no such column</source>
        <translation>見出し行にこの列がありません</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>ブックにシートがありません</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>unknown setting 「%1」 (use #id, #title, #kind, #language, #version, #document)</source>
        <translation>不明な設定「%1」です (#id, #title, #kind, #language, #version, #document のいずれかを使用してください)</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Security committee</source>
        <translation>情報セキュリティ委員会</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>団体全体</translation>
    </message>
    <message>
        <source>Each unit</source>
        <translation>組織ごと</translation>
    </message>
    <message>
        <source>Each information system</source>
        <translation>情報システムごと</translation>
    </message>
    <message>
        <source>Priority item</source>
        <translation>重点項目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>回答する役割</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Evidence to ask for</source>
        <translation>求める確認資料</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>派生元</translation>
    </message>
    <message>
        <source>Withdrawn by the framework</source>
        <translation>フレームワークで廃止</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The organisation: an SQLite file or a postgresql:// URL (default: $KANSA_DB).</source>
        <translation>団体のデータベース: SQLite ファイルまたは postgresql:// URL (既定: $KANSA_DB)。</translation>
    </message>
    <message>
        <source>The login name to sign in with (default: $KANSA_USER). The password is read from $KANSA_PASSWORD or the first line of standard input.</source>
        <translation>サインインに使うログイン名 (既定: $KANSA_USER)。パスワードは $KANSA_PASSWORD または標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>No database: give --db FILE_OR_URL or set KANSA_DB.</source>
        <translation>データベースが指定されていません。--db FILE_OR_URL を指定するか、KANSA_DB を設定してください。</translation>
    </message>
    <message>
        <source>No login name: give --user LOGIN or set KANSA_USER.</source>
        <translation>ログイン名が指定されていません。--user LOGIN を指定するか、KANSA_USER を設定してください。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 changed, %5 unchanged</source>
        <translation>%1 (%2): 新規 %3 件、変更 %4 件、変更なし %5 件</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Unknown command 「%1」. kansa-cli --help lists the commands.</source>
        <translation>不明なコマンド「%1」です。コマンドの一覧は kansa-cli --help で表示できます。</translation>
    </message>
    <message>
        <source>Creates a new organisation in a new SQLite file or an empty PostgreSQL database. The administrator&apos;s password is read from $KANSA_PASSWORD or the first line of standard input.</source>
        <translation>新しい SQLite ファイルまたは空の PostgreSQL データベースに新しい団体を作成します。管理者のパスワードは $KANSA_PASSWORD または標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, e.g. 桜ヶ丘村.</source>
        <translation>団体名 (例: 桜ヶ丘村)。</translation>
    </message>
    <message>
        <source>city, town, village, … or 市, 町, 村, 一部事務組合 (default: city).</source>
        <translation>city, town, village, … または 市, 町, 村, 一部事務組合 (既定: city)。</translation>
    </message>
    <message>
        <source>The administrator&apos;s login name (default: admin).</source>
        <translation>管理者のログイン名 (既定: admin)。</translation>
    </message>
    <message>
        <source>init needs --name.</source>
        <translation>init には --name の指定が必要です。</translation>
    </message>
    <message>
        <source>Unknown kind 「%1」; use one of: %2</source>
        <translation>不明な種別「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>Created %1 in %2; administrator: %3</source>
        <translation>%2 に %1 を作成しました。管理者: %3</translation>
    </message>
    <message>
        <source>Creates the demo organisation, a fictional village, in a new file.</source>
        <translation>デモ用の団体 (架空の村) を新しいファイルに作成します。</translation>
    </message>
    <message>
        <source>The new SQLite file or an empty PostgreSQL database URL.</source>
        <translation>新しい SQLite ファイル、または空の PostgreSQL データベースの URL。</translation>
    </message>
    <message>
        <source>demo needs --out FILE.</source>
        <translation>demo には --out FILE の指定が必要です。</translation>
    </message>
    <message>
        <source>Created the demo organisation in %1. Sign in as %2 with the password %3, or as a person (e.g. m.omori, the CISO) with %4.</source>
        <translation>%1 にデモ用の団体を作成しました。%2 としてパスワード %3 でサインインするか、職員 (例: CISO の m.omori) としてパスワード %4 でサインインしてください。</translation>
    </message>
    <message>
        <source>Prints the organisation, its counts and the schema version.</source>
        <translation>団体、件数及びスキーマのバージョンを表示します。</translation>
    </message>
    <message>
        <source>Also print the unit tree and who holds each security role.</source>
        <translation>組織の階層と、情報セキュリティ上の各役割の担当者も表示します。</translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation>団体: %1 (%2)</translation>
    </message>
    <message>
        <source>Classification marking: %1</source>
        <translation>機密性表示: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>スキーマのバージョン: %1</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>組織数: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>職員数: %1</translation>
    </message>
    <message>
        <source>Fiscal years: %1</source>
        <translation>年度: %1</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>組織:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Security roles:</source>
        <translation>情報セキュリティ上の役割:</translation>
    </message>
    <message>
        <source>Imports organisational units from CSV (UTF-8 or Shift_JIS). Columns: コード, 名称, 種別, 上位コード, 表示順. Nothing is imported when any row is bad.</source>
        <translation>組織を CSV (UTF-8 または Shift_JIS) からインポートします。列: コード、名称、種別、上位コード、表示順。誤りのある行が 1 行でもあれば、何もインポートしません。</translation>
    </message>
    <message>
        <source>Imports people from CSV (UTF-8 or Shift_JIS). Columns: 職員番号, 氏名, ふりがな, 所属コード, メールアドレス, 役割. Nothing is imported when any row is bad.</source>
        <translation>職員を CSV (UTF-8 または Shift_JIS) からインポートします。列: 職員番号、氏名、ふりがな、所属コード、メールアドレス、役割。誤りのある行が 1 行でもあれば、何もインポートしません。</translation>
    </message>
    <message>
        <source>Only show what would change.</source>
        <translation>変更される内容を表示するだけで、インポートはしません。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV ファイル。</translation>
    </message>
    <message>
        <source>%1 needs exactly one CSV file.</source>
        <translation>%1 には CSV ファイルを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>問題が %n 件あるため、何もインポートしませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a sign-in account. Its password is read from $KANSA_NEW_PASSWORD or the next line of standard input.</source>
        <translation>サインイン用のアカウントを追加します。パスワードは $KANSA_NEW_PASSWORD または標準入力の次の行から読み取ります。</translation>
    </message>
    <message>
        <source>The new account&apos;s login name.</source>
        <translation>新しいアカウントのログイン名。</translation>
    </message>
    <message>
        <source>The staff number of the person the account belongs to.</source>
        <translation>アカウントを使用する職員の職員番号。</translation>
    </message>
    <message>
        <source>Make the account an administrator.</source>
        <translation>アカウントを管理者にします。</translation>
    </message>
    <message>
        <source>user add needs --login.</source>
        <translation>user add には --login の指定が必要です。</translation>
    </message>
    <message>
        <source>No person has the staff number %1.</source>
        <translation>職員番号 %1 の職員が見つかりません。</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>アカウント %1 を追加しました。</translation>
    </message>
    <message>
        <source>Checks checklist files against the format of checklists/README.md: unknown keys, missing fields, duplicate ids, empty questions, references to unknown items. Without files, checks the checklists shipped with Kansa.</source>
        <translation>チェックリストのファイルを checklists/README.md の形式に照らして検査します: 不明なキー、必須フィールドの欠落、ID の重複、空の質問、不明な項目への参照。ファイルを指定しない場合は、Kansa に同梱のチェックリストを検査します。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 version %3, %4 chapters, %5 items: valid</source>
        <translation>%1: %2 第 %3 版、%4 章、%5 項目: 問題ありません</translation>
    </message>
    <message>
        <source>Usage: kansa-cli checklist validate|list|import|export …</source>
        <translation>使い方: kansa-cli checklist validate|list|import|export …</translation>
    </message>
    <message>
        <source>json, csv or xlsx (default: from the file name).</source>
        <translation>json、csv または xlsx (既定: ファイル名から判断)。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>Lists the checklists in the organisation&apos;s library, one a line, the id first.</source>
        <translation>団体のライブラリにあるチェックリストを、1 行に 1 つずつ、ID を先頭にして一覧表示します。</translation>
    </message>
    <message>
        <source>Imports the organisation&apos;s own checklist from JSON, CSV or XLSX. A new id adds it; a known id gets a new version listing the items added, changed and removed. A file with any problem imports nothing.</source>
        <translation>団体の独自チェックリストを JSON、CSV または XLSX からインポートします。新しい ID であれば追加し、既存の ID であれば新しい版を作成して、追加、変更及び削除された項目を表示します。問題が 1 つでもあるファイルからは何もインポートしません。</translation>
    </message>
    <message>
        <source>The checklist file.</source>
        <translation>チェックリストのファイル。</translation>
    </message>
    <message>
        <source>Writes a checklist of the library as JSON, CSV or XLSX.</source>
        <translation>ライブラリのチェックリストを JSON、CSV または XLSX にエクスポートします。</translation>
    </message>
    <message>
        <source>The checklist&apos;s id.</source>
        <translation>チェックリストの ID。</translation>
    </message>
    <message>
        <source>checklist %1 needs one argument; see --help.</source>
        <translation>checklist %1 には引数を 1 つ指定してください。詳しくは --help を参照してください。</translation>
    </message>
    <message>
        <source>%1 version %2 is unchanged; nothing was written.</source>
        <translation>%1 第 %2 版から変更がないため、何も書き込みませんでした。</translation>
    </message>
    <message>
        <source>%1 version %2: %3 items added, %4 changed, %5 removed.</source>
        <translation>%1 第 %2 版: 項目の追加 %3 件、変更 %4 件、削除 %5 件。</translation>
    </message>
    <message>
        <source>checklist export needs --out FILE.</source>
        <translation>checklist export には --out FILE の指定が必要です。</translation>
    </message>
    <message>
        <source>Unknown format 「%1」: use json, csv or xlsx.</source>
        <translation>不明な形式「%1」です。json、csv または xlsx を指定してください。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items) to %3.</source>
        <translation>%1 (%2 項目) を %3 に書き出しました。</translation>
    </message>
    <message>
        <source>small (the village, default) or large (300 units, 10 years of audits: the benchmarks&apos; data set).</source>
        <translation>small (架空の村。既定) または large (300 組織、10 年度分の監査を含むベンチマーク用のデータセット)。</translation>
    </message>
    <message>
        <source>Created the large data set in %1.</source>
        <translation>%1 に大規模なデータセットを作成しました。</translation>
    </message>
    <message>
        <source>Unknown scale 「%1」: small or large.</source>
        <translation>不明な規模「%1」です。small または large を指定してください。</translation>
    </message>
    <message>
        <source>Usage: kansa-cli audit list | audit progress AUDIT</source>
        <translation>使い方: kansa-cli audit list | audit progress AUDIT</translation>
    </message>
    <message>
        <source>Lists the audits, one a line: id, fiscal year, status, units, title.</source>
        <translation>監査を 1 行に 1 つずつ一覧表示します: ID、年度、状態、組織数、タイトル。</translation>
    </message>
    <message>
        <source>Prints an audit&apos;s progress per unit: assessed / total, non-conforming and partly conforming items, findings.</source>
        <translation>監査の進捗状況を組織ごとに表示します: 評価済み項目数 / 全項目数、不適合及び一部適合の項目数、指摘事項数。</translation>
    </message>
    <message>
        <source>The audit&apos;s id (see audit list).</source>
        <translation>監査の ID (audit list で確認できます)。</translation>
    </message>
    <message>
        <source>audit progress needs the audit&apos;s id; see audit list.</source>
        <translation>audit progress には監査の ID の指定が必要です。ID は audit list で確認できます。</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>団体全体</translation>
    </message>
    <message>
        <source>unit	assessed	total	non-conforming	partly	findings</source>
        <translation>組織	評価済み	全項目	不適合	一部適合	指摘事項</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 (%3%)</source>
        <translation>評価済み %1 / %2 項目 (%3%)</translation>
    </message>
    <message>
        <source>Usage: kansa-cli self-inspection list | export CAMPAIGN --out DIR | import FILE_OR_DIR [--dry-run]</source>
        <translation>使い方: kansa-cli self-inspection list | export CAMPAIGN --out DIR | import FILE_OR_DIR [--dry-run]</translation>
    </message>
    <message>
        <source>The folder to write the workbooks to.</source>
        <translation>ワークブックを書き出すフォルダー。</translation>
    </message>
    <message>
        <source>Only check the workbooks and show what would change.</source>
        <translation>ワークブックを検査して変更される内容を表示するだけで、書き込みはしません。</translation>
    </message>
    <message>
        <source>Lists the self-inspection campaigns, one a line, the id first.</source>
        <translation>自己点検を 1 行に 1 つずつ、ID を先頭にして一覧表示します。</translation>
    </message>
    <message>
        <source>Writes one workbook per unit of a campaign into a folder.</source>
        <translation>自己点検の対象組織ごとに 1 つずつワークブックをフォルダーに書き出します。</translation>
    </message>
    <message>
        <source>The campaign&apos;s id.</source>
        <translation>自己点検の ID。</translation>
    </message>
    <message>
        <source>Imports returned workbooks: one file, or every .xlsx in a folder. Each workbook is checked whole first; one with a problem changes nothing.</source>
        <translation>返送されたワークブックをインポートします。1 つのファイル、またはフォルダー内のすべての .xlsx が対象です。各ワークブックは最初に全体を検査し、問題が 1 つでもあるワークブックからは何も変更しません。</translation>
    </message>
    <message>
        <source>A returned workbook or a folder of them.</source>
        <translation>返送されたワークブック、またはそれを収めたフォルダー。</translation>
    </message>
    <message>
        <source>%1 of %2 units submitted</source>
        <translation>提出済 %1 / %2 組織</translation>
    </message>
    <message>
        <source>self-inspection %1 needs an argument; see --help.</source>
        <translation>self-inspection %1 には引数を指定してください。詳しくは --help を参照してください。</translation>
    </message>
    <message>
        <source>self-inspection export needs --out DIR.</source>
        <translation>self-inspection export には --out DIR の指定が必要です。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Wrote %1 workbooks to %2.</source>
        <translation>ワークブック %1 件を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 changed, %5 unchanged%6</source>
        <translation>%1 (%2): 新規 %3 件、変更 %4 件、変更なし %5 件%6</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation>、確認のみ（書き込みなし）</translation>
    </message>
    <message>
        <source>%1 of %2 workbooks were not imported.</source>
        <translation>ワークブック %2 件中 %1 件をインポートできませんでした。</translation>
    </message>
    <message>
        <source>Audits:</source>
        <translation>監査:</translation>
    </message>
    <message>
        <source>assessed %1 of %2, %3 findings</source>
        <translation>評価済み %1 / %2 項目、指摘事項 %3 件</translation>
    </message>
    <message>
        <source>Self-inspections:</source>
        <translation>自己点検:</translation>
    </message>
    <message>
        <source>answered %1 of %2</source>
        <translation>回答済み %1 / %2 項目</translation>
    </message>
    <message>
        <source>Usage: kansa-cli exceptions list [--expiring DAYS]</source>
        <translation>使い方: kansa-cli exceptions list [--expiring DAYS]</translation>
    </message>
    <message>
        <source>Usage: kansa-cli remediation list [--overdue] [--unit UNIT]</source>
        <translation>使い方: kansa-cli remediation list [--overdue] [--unit UNIT]</translation>
    </message>
    <message>
        <source>Only plans with an action past its due date.</source>
        <translation>期限を過ぎた対応がある計画のみ。</translation>
    </message>
    <message>
        <source>Only the plans of this unit (its code or id).</source>
        <translation>この組織 (コードまたは ID) の計画のみ。</translation>
    </message>
    <message>
        <source>Only exceptions that end, or are due for review, within this many days.</source>
        <translation>この日数以内に期間が終わる、または見直し日を迎える例外措置のみ。</translation>
    </message>
    <message>
        <source>Lists the exceptions register: id, unit, decision, term, next review, items.</source>
        <translation>例外措置の台帳を一覧表示します: ID、組織、決定、期間、次回見直し日、対象項目。</translation>
    </message>
    <message>
        <source>Lists the remediation plans: id, unit, status, next due date, finding; overdue plans are marked ⚠.</source>
        <translation>改善計画を一覧表示します: ID、組織、状態、次の期限、指摘事項。期限超過の計画には ⚠ が付きます。</translation>
    </message>
    <message>
        <source>No unit has the code or id %1.</source>
        <translation>コードまたは ID が %1 の組織はありません。</translation>
    </message>
    <message>
        <source>--expiring needs a number of days.</source>
        <translation>--expiring には日数を指定してください。</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>audit, unit, remediation or self-inspection.</source>
        <translation>audit、unit、remediation または self-inspection。</translation>
    </message>
    <message>
        <source>The Western year in which the fiscal year begins (2025 for 令和7年度).</source>
        <translation>年度の開始年 (西暦。令和7年度なら 2025)。</translation>
    </message>
    <message>
        <source>For a unit&apos;s notice: the unit&apos;s code or id.</source>
        <translation>組織の監査結果通知書の場合: 組織のコードまたは ID。</translation>
    </message>
    <message>
        <source>The audit report without its appendix of results.</source>
        <translation>付録 (部署別・項目別の監査結果) を除いた監査報告書を作成します。</translation>
    </message>
    <message>
        <source>Also keep the PDF as issued, for the record.</source>
        <translation>発行した PDF を記録としても保存します。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as record %1 (SHA-256 %2)</source>
        <translation>記録 %1 として発行しました (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Usage: kansa-cli user add --login LOGIN [--person STAFF_NUMBER] [--admin] | user list</source>
        <translation>使い方: kansa-cli user add --login ログイン名 [--person 職員番号] [--admin] | user list</translation>
    </message>
    <message>
        <source>Lists the accounts: login, name, unit, roles and since when they are held, and whether the account is an administrator.</source>
        <translation>アカウントの一覧: ログイン名、氏名、所属、役割とその開始日、管理者かどうか。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Sign in with the URL without a user name: postgresql://%1/%2 and the login %3.</source>
        <translation>サインインにはユーザー名のない URL postgresql://%1/%2 とログイン名 %3 を使います。</translation>
    </message>
    <message>
        <source>Makes an existing organisation&apos;s PostgreSQL database enforce the access policy with roles, as init does for a new one. Run it as the database&apos;s owner. The administrator&apos;s new server password is read from $KANSA_PASSWORD or the first line of standard input; the other accounts sign in once the administrator has set their passwords.</source>
        <translation>既存の団体の PostgreSQL データベースに、init が新しい団体に行うのと同じく、ロールでアクセス方針を守らせます。データベースの所有者として実行してください。管理者のサーバー用の新しいパスワードは $KANSA_PASSWORD 又は標準入力の1行目から読みます。その他のアカウントは、管理者がパスワードを設定するとサインインできます。</translation>
    </message>
    <message>
        <source>secure needs a postgresql:// URL: an SQLite file is one person&apos;s, and its boundary is the file.</source>
        <translation>secure には postgresql:// の URL が必要です。SQLite のファイルは一人のもので、その境界はファイルです。</translation>
    </message>
    <message>
        <source>%1 now enforces the access policy with roles:</source>
        <translation>%1 はロールでアクセス方針を守るようになりました:</translation>
    </message>
    <message>
        <source>Checks the record: the change log&apos;s hash chain from its first entry to its last, and every evidence file and issued report against its hash and the hash recorded when it was stored. Exits 1 and names the first entry, record, person and time that fails.</source>
        <translation>記録を検証します。変更履歴のハッシュチェーンを最初から最後まで、またすべての証跡ファイルと発行済み報告書をそのハッシュ及び保存時に記録されたハッシュと照合します。問題があれば終了コード 1 で、最初に不一致となった履歴、レコード、記録者及び日時を示します。</translation>
    </message>
    <message>
        <source>「%1」 is not a campaign&apos;s number; self-inspection list shows them.</source>
        <translation>「%1」はキャンペーンの番号ではありません。self-inspection list で番号が分かります。</translation>
    </message>
    <message>
        <source>%1 may see no unit of campaign %2 「%3」: no workbook was written.</source>
        <translation>%1 はキャンペーン %2「%3」のどの課室も見られないため、ワークブックを書き出しませんでした。</translation>
    </message>
    <message>
        <source>Writes a copy of the whole organisation, checked after it is written (SQLite: the copy is whole and holds the same change log; PostgreSQL: pg_dump&apos;s custom format, which pg_restore can read), under a temporary name until it is complete. Only the administrator may; on PostgreSQL the server decides whether the URL&apos;s role may read everything (the database&apos;s owner does).</source>
        <translation>団体全体の複製 (バックアップ) を書き出し、書き出した後に検査します (SQLite: 複製が完全で、同じ変更履歴を持つこと。PostgreSQL: pg_restore が読める pg_dump のカスタム形式であること)。書き終わるまでは一時的な名前で書き込みます。管理者だけが実行できます。PostgreSQL では、URL のロールがすべてを読めるかどうかをサーバーが判断します (データベースの所有者は読めます)。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>書き出すバックアップのファイル。</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup には --out FILE の指定が必要です。</translation>
    </message>
    <message>
        <source>Replaces the organisation (--db) with a backup. SQLite: the backup&apos;s administrator signs in to a copy of it (--user), its record is checked as verify does, and only then does it replace the file, whose content is kept first in the folder 「NAME backups」 beside it. PostgreSQL: pg_restore in one transaction, as the URL&apos;s role (the database&apos;s owner).</source>
        <translation>団体 (--db) をバックアップで置き換えます。SQLite: バックアップの管理者がその複製にサインインし (--user)、verify と同じ検証で記録を確かめた後にだけファイルを置き換えます。置き換える前のファイルの内容は、隣のフォルダー「NAME backups」に保存します。PostgreSQL: URL のロール (データベースの所有者) で、1 つのトランザクションとして pg_restore を実行します。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>復元するバックアップ。</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP.</source>
        <translation>restore には --from BACKUP の指定が必要です。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 を %2 に復元しました。</translation>
    </message>
    <message>
        <source>No login name: give --user LOGIN (the backup&apos;s administrator) or set KANSA_USER.</source>
        <translation>ログイン名が指定されていません。--user LOGIN (バックアップの管理者) を指定するか、KANSA_USER を設定してください。</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup&apos;s record does not hold together.</source>
        <translation>バックアップの記録が整合していないため、何も復元しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %n change-log entries, checked.</source>
        <translation>
            <numerusform>%2 から %1 を復元しました: 変更履歴 %n 件、検証済み。</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation as it was before is kept in %1.</source>
        <translation>復元前の団体の内容は %1 に保存してあります。</translation>
    </message>
    <message>
        <source>Prints who changed a record, which field from what to what, and when, newest first, as the change log holds it; or writes it as CSV (--out). Only those who may read the record may read its history.</source>
        <translation>記録をだれが、いつ、どの項目を何から何に変更したかを、変更履歴のとおり新しい順に表示します。--out で CSV に書き出します。記録の変更履歴を読めるのは、その記録を読める人だけです。</translation>
    </message>
    <message>
        <source>With --item: the audit (its id).</source>
        <translation>--item とともに: 監査 (ID)。</translation>
    </message>
    <message>
        <source>An item&apos;s result and evidence in an audit (the item&apos;s key).</source>
        <translation>監査における項目の結果と監査証拠 (項目のキー)。</translation>
    </message>
    <message>
        <source>With --item: the unit (its code or id; none: the organisation).</source>
        <translation>--item とともに: 組織 (コード又は ID。省略時は団体全体)。</translation>
    </message>
    <message>
        <source>A finding (its id).</source>
        <translation>指摘事項 (ID)。</translation>
    </message>
    <message>
        <source>A remediation plan (its id).</source>
        <translation>改善計画 (ID)。</translation>
    </message>
    <message>
        <source>An exception (its id).</source>
        <translation>例外措置 (ID)。</translation>
    </message>
    <message>
        <source>An account (its login name).</source>
        <translation>アカウント (ログイン名)。</translation>
    </message>
    <message>
        <source>Write the history as CSV to this file.</source>
        <translation>変更履歴をこのファイルに CSV で書き出します。</translation>
    </message>
    <message>
        <source>Usage: kansa-cli history --item KEY --audit ID [--unit UNIT] | --finding ID | --plan ID | --exception ID | --account LOGIN [--out FILE.csv]</source>
        <translation>使い方: kansa-cli history --item KEY --audit ID [--unit UNIT] | --finding ID | --plan ID | --exception ID | --account LOGIN [--out FILE.csv]</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>指摘事項 %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>改善計画 %1</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>例外措置 %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1の変更履歴</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>%n 件の変更を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n 件の変更。</numerusform>
        </translation>
    </message>
    <message>
        <source>; imported</source>
        <translation>、インポートしました</translation>
    </message>
    <message numerus="yes">
        <source>%n answers written, in one transaction.</source>
        <translation>
            <numerusform>%n 件の回答を 1 つのトランザクションで書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Also prove that nothing recorded before this issued report (its PDF) or this year archive was written was changed since.</source>
        <translation>この発行済み報告書（PDF）または年度アーカイブより前に記録されたものが、その後変更されていないことも確かめます。</translation>
    </message>
    <message>
        <source>Writes a fiscal year&apos;s record for retention into one zip file: a snapshot of the organisation with that year&apos;s audits, self-inspections, remediation and exceptions (its change log whole, so that it verifies), every evidence file and issued report of the year, and a manifest with their hashes. Only the administrator may. kansa-cli verify --db FILE opens it read-only and verifies it.</source>
        <translation>年度の記録を、公文書として保存するために 1 つの zip ファイルに書き出します (年度アーカイブ): その年度の監査、自己点検、改善及び例外措置を収めた団体のスナップショット (検証できるよう変更履歴は全件を含む)、その年度のすべての監査証拠ファイルと発行済み報告書、及びそれらのハッシュを記したマニフェスト。管理者のみが作成できます。kansa-cli verify --db FILE で読み取り専用で開いて検証できます。</translation>
    </message>
    <message>
        <source>The archive file to write.</source>
        <translation>書き出す年度アーカイブのファイル。</translation>
    </message>
    <message>
        <source>Usage: kansa-cli archive --year YEAR --out FILE</source>
        <translation>使い方: kansa-cli archive --year YEAR --out FILE</translation>
    </message>
    <message>
        <source>Drafts a checklist from a municipality&apos;s policy (text in UTF-8 or Shift_JIS, DOCX or PDF): an item per obligation, each matched to the most similar item of a shipped checklist, whose question, roles, level and evidence it takes. Writes the draft as kansa-checklist JSON and, beside it, NAME.matches.csv with each item&apos;s match and score and the items of the checklist the policy lacks.</source>
        <translation>団体のポリシー（UTF-8 または Shift_JIS のテキスト、DOCX、PDF）からチェックリストの案を作成します。義務ごとに項目を作り、それぞれを同梱のチェックリストの最も類似した項目に対応付けて、その質問、役割、対象、確認資料を引き継ぎます。案を kansa-checklist 形式の JSON に書き出し、その隣に、各項目の対応先と類似度、およびポリシーにないチェックリストの項目を NAME.matches.csv に書き出します。</translation>
    </message>
    <message>
        <source>The policy file.</source>
        <translation>ポリシーのファイル。</translation>
    </message>
    <message>
        <source>The checklist to map to: a shipped checklist&apos;s id or a checklist file.</source>
        <translation>対応付けるチェックリスト: 同梱のチェックリストの ID、またはチェックリストファイル。</translation>
    </message>
    <message>
        <source>Compare only with the items of the checklist that quote this document.</source>
        <translation>チェックリストのうち、この文書を引用している項目とだけ比較します。</translation>
    </message>
    <message>
        <source>The draft checklist&apos;s id.</source>
        <translation>チェックリスト案の ID。</translation>
    </message>
    <message>
        <source>The draft checklist file to write.</source>
        <translation>書き出すチェックリスト案のファイル。</translation>
    </message>
    <message>
        <source>Also say how far the draft reproduces the checklist it was mapped to (when that checklist was written from the same policy).</source>
        <translation>案が対応付け先のチェックリストをどこまで再現しているかも表示します（そのチェックリストが同じポリシーから作られている場合）。</translation>
    </message>
    <message>
        <source>checklist derive needs one policy file and --out FILE; see --help.</source>
        <translation>checklist derive にはポリシーのファイルを 1 つと --out FILE が必要です。--help を参照してください。</translation>
    </message>
    <message>
        <source>Wrote %1 items to %2 (%3 matched to %4, %5 new); %6 items of %4 have no counterpart in the policy; the matches are in %7.</source>
        <translation>%1 項目を %2 に書き出しました（%3 項目は %4 に対応、%5 項目は新規）。%4 の %6 項目はポリシーに対応する箇所がありません。対応付けは %7 にあります。</translation>
    </message>
    <message>
        <source>recall %1/%2 (%3%), accuracy %4/%1 (%5%), precision %6/%7 (%8%)</source>
        <translation>再現率 %1/%2（%3%）、正確度 %4/%1（%5%）、適合率 %6/%7（%8%）</translation>
    </message>
    <message>
        <source>Writes a report, built from the data now: the audit report (audit), a unit&apos;s audit result notice (unit, with --unit), the remediation progress report (remediation) or the self-inspection summary (self-inspection); as PDF, DOCX (Word), ODT, or its tables as XLSX or CSV.</source>
        <translation>現在のデータから報告書を作成して書き出します: 監査報告書 (audit)、組織への監査結果通知書 (unit、--unit と共に)、改善状況報告書 (remediation) 又は自己点検結果のまとめ (self-inspection)。PDF、DOCX (Word)、ODT、又は表を XLSX か CSV で書き出します。</translation>
    </message>
    <message>
        <source>pdf, docx, odt, xlsx or csv (default: from the file name).</source>
        <translation>pdf、docx、odt、xlsx 又は csv (既定: ファイル名から)。</translation>
    </message>
    <message>
        <source>The document number (文書番号) the letterhead shows.</source>
        <translation>レターヘッドに表示する文書番号。</translation>
    </message>
    <message>
        <source>Usage: kansa-cli report --kind audit|unit|remediation|self-inspection --year YEAR [--unit UNIT] --format pdf|docx|odt|xlsx|csv --out FILE</source>
        <translation>使い方: kansa-cli report --kind audit|unit|remediation|self-inspection --year YEAR [--unit UNIT] --format pdf|docx|odt|xlsx|csv --out FILE</translation>
    </message>
    <message>
        <source>The letterhead the organisation&apos;s reports start from: set a template (DOCX or ODT, with placeholders such as {{団体名}}, {{表題}}, {{文書番号}}, {{発行日}}, {{取扱区分}}, {{頁}} / {{総頁}}), clear it (back to the standard letterhead), or write the standard letterhead as a template to start from.</source>
        <translation>団体の報告書のもとになるレターヘッド: テンプレート ({{団体名}}、{{表題}}、{{文書番号}}、{{発行日}}、{{取扱区分}}、{{頁}} / {{総頁}} などの差込み項目を含む DOCX 又は ODT) の設定、解除 (標準のレターヘッドに戻す)、又は標準のレターヘッドをテンプレートとして書き出します。</translation>
    </message>
    <message>
        <source>For template: the file to write.</source>
        <translation>template の場合: 書き出すファイル。</translation>
    </message>
    <message>
        <source>set FILE, clear or template.</source>
        <translation>set FILE、clear 又は template。</translation>
    </message>
    <message>
        <source>Usage: kansa-cli letterhead set FILE | clear | template --out FILE</source>
        <translation>使い方: kansa-cli letterhead set FILE | clear | template --out FILE</translation>
    </message>
    <message>
        <source>The reports use the standard letterhead.</source>
        <translation>報告書は標準のレターヘッドを使います。</translation>
    </message>
    <message>
        <source>The reports start from %1.</source>
        <translation>報告書は %1 をもとに作成されます。</translation>
    </message>
    <message>
        <source>Checklist files: JSON (a folder checklist: its checklist.json), an OSCAL catalog, CSV or XLSX.</source>
        <translation>チェックリストのファイル: JSON (フォルダー形式のチェックリストでは、その checklist.json)、OSCAL のカタログ、CSV 又は XLSX。</translation>
    </message>
    <message>
        <source>Usage: kansa-cli COMMAND [options]

Commands:
  init           create a new organisation and its administrator
  demo           create the demo organisation (a fictional village)
  secure         make a PostgreSQL database enforce the access policy with roles
  info           print the organisation, its counts and the schema version
  import-units   import organisational units from CSV
  import-people  import people from CSV
  user add       add a sign-in account
  user list      the accounts, their people&apos;s units and roles, and since when they hold them
  checklist validate [FILE...]  check checklist files (default: the shipped ones)
  checklist list|import|export  the organisation&apos;s checklist library
  crosswalk export|import|derive  links between the items of two checklist versions
  audit list|progress AUDIT     audit plans and their progress per unit
  self-inspection list|export|import  campaigns and their workbooks
  remediation list [--overdue] [--unit U]  remediation plans of findings
  exceptions list [--expiring DAYS]        the exceptions register
  report --kind KIND --year YEAR --format FORMAT --out FILE  write a report
  letterhead set FILE|clear|template --out FILE  the template the reports start from
  verify         check the record: the change log&apos;s hash chain and every stored file
  history        who changed a record and when (an item, a finding, a plan, an exception, an account)
  backup --out FILE       a checked copy of the whole organisation
  restore --from BACKUP   replace the organisation with a checked backup
  archive --year YEAR --out FILE  a fiscal year&apos;s record in one file, opened read-only (--db FILE)

kansa-cli COMMAND --help describes a command. --version prints the version.
Exit codes: 0 done, 1 failed, 2 wrong usage, 3 not permitted, 4 sign-in refused.
</source>
        <translation>使い方: kansa-cli COMMAND [options]

コマンド:
  init           新しい団体とその管理者の作成
  demo           デモ用の団体 (架空の村) の作成
  secure         PostgreSQL のデータベースにロールでアクセス方針を守らせる設定
  info           団体、件数及びスキーマのバージョンの表示
  import-units   組織の CSV からのインポート
  import-people  職員の CSV からのインポート
  user add       サインイン用アカウントの追加
  user list      アカウントと職員の所属・役割、役割の開始日の一覧
  checklist validate [FILE...]  チェックリストのファイルの検査 (既定: 同梱のチェックリスト)
  checklist list|import|export  団体のチェックリストライブラリ
  crosswalk export|import|derive  2 つのチェックリスト版の項目間の対応付け (クロスウォーク)
  audit list|progress AUDIT     監査実施計画と組織ごとの進捗状況
  self-inspection list|export|import  自己点検とそのワークブック
  remediation list [--overdue] [--unit U]  指摘事項の改善計画
  exceptions list [--expiring DAYS]        例外措置台帳
  report --kind KIND --year YEAR --format FORMAT --out FILE  報告書の書き出し
  letterhead set FILE|clear|template --out FILE  報告書のひな形 (レターヘッド)
  verify         記録の検証 (変更履歴のハッシュチェーンと保存されたすべてのファイル)
  history        記録の変更履歴 (だれがいつ変更したか: 項目、指摘事項、改善計画、例外措置、アカウント)
  backup --out FILE       団体全体の検査済みの複製 (バックアップ) の作成
  restore --from BACKUP   検査したバックアップによる団体の復元
  archive --year YEAR --out FILE  年度の記録を 1 つのファイルに保存 (年度アーカイブ。--db FILE で読み取り専用で開く)

各コマンドの説明は kansa-cli COMMAND --help で表示できます。--version でバージョンを表示します。
終了コード: 0 完了、1 失敗、2 使い方の誤り、3 権限なし、4 サインイン拒否。
</translation>
    </message>
    <message>
        <source>Usage: kansa-cli crosswalk export|import|derive …</source>
        <translation>使い方: kansa-cli crosswalk export|import|derive …</translation>
    </message>
    <message>
        <source>Only the links with a side in this checklist.</source>
        <translation>このチェックリストを一方とする対応付けのみ。</translation>
    </message>
    <message>
        <source>The checklist&apos;s version (default: its current one).</source>
        <translation>チェックリストの版 (既定: 現行の版)。</translation>
    </message>
    <message>
        <source>The draft checklist as imported into the library.</source>
        <translation>ライブラリにインポートした草案チェックリスト。</translation>
    </message>
    <message>
        <source>The library&apos;s checklist the draft was mapped to.</source>
        <translation>草案の対応付け先となったライブラリのチェックリスト。</translation>
    </message>
    <message>
        <source>Writes the crosswalks as CSV (UTF-8): a link a line, from_checklist, from_version, from_item, relation, to_checklist, to_version, to_item, score, note.</source>
        <translation>クロスウォークを CSV (UTF-8) で書き出します。1 行に 1 つの対応付けで、列は from_checklist、from_version、from_item、relation、to_checklist、to_version、to_item、score、note です。</translation>
    </message>
    <message>
        <source>Imports crosswalk links from CSV. A file with any problem (an unknown checklist, item or relation) imports nothing; a link stored already takes the file&apos;s relation and note.</source>
        <translation>CSV からクロスウォークの対応付けをインポートします。問題 (不明なチェックリスト、項目又は関係) が 1 つでもあるファイルは何もインポートしません。既に保存されている対応付けは、ファイルの関係と備考に更新されます。</translation>
    </message>
    <message>
        <source>Maps a draft derived from a policy (checklist derive), once imported into the library, to the checklist it was derived against: the policy is derived again and each matched item is linked, equal where the quotes are the same, else related with its score.</source>
        <translation>ポリシーから作成し (checklist derive)、ライブラリにインポートした草案を、比較したチェックリストに対応付けます。ポリシーを再度読み取り、一致した各項目を、引用が同じなら同一 (equal)、それ以外はスコア付きの関連 (related) として対応付けます。</translation>
    </message>
    <message>
        <source>Wrong arguments for crosswalk %1; see --help.</source>
        <translation>crosswalk %1 の引数が正しくありません。--help を参照してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n link(s) to %1.</source>
        <translation>
            <numerusform>%n 件の対応付けを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added from %1 to %2.</source>
        <translation>
            <numerusform>%1 から %2 への対応付けを %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a crosswalk file.</source>
        <translation>%1 は %2 MB を超えています。クロスウォークのファイルではありません。</translation>
    </message>
    <message>
        <source>%1: %2 links added, %3 changed, %4 unchanged.</source>
        <translation>%1: 対応付けを %2 件追加、%3 件変更、%4 件は変更なし。</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>No database given: name an SQLite file or a postgresql:// URL.</source>
        <translation>データベースが指定されていません。SQLite ファイルまたは postgresql:// URL を指定してください。</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation>データベースの URL が正しくありません: %1</translation>
    </message>
    <message>
        <source>The port in the database URL is not a number: %1</source>
        <translation>データベースの URL のポートが数値ではありません: %1</translation>
    </message>
    <message>
        <source>The database URL names no database: %1</source>
        <translation>データベースの URL にデータベース名がありません: %1</translation>
    </message>
</context>
<context>
    <name>Crosswalk</name>
    <message>
        <source>equal</source>
        <translation>同一</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>related</source>
        <translation>関連</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS text; save it as CSV (UTF-8) and try again.</source>
        <translation>ファイルが UTF-8 と Shift_JIS のどちらのテキストでもありません。CSV (UTF-8) 形式で保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The value is too long (%1 characters; at most %2).</source>
        <translation>値が長すぎます (%1 文字。上限は %2 文字です)。</translation>
    </message>
    <message>
        <source>The file contains a NUL character; it is not a text file.</source>
        <translation>ファイルに NUL 文字が含まれています。テキストファイルではありません。</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted value.</source>
        <translation>引用符で囲まれた値の閉じ引用符の後に文字があります。</translation>
    </message>
    <message>
        <source>A quoted value is never closed.</source>
        <translation>引用符で囲まれた値が閉じられていません。</translation>
    </message>
    <message>
        <source>A quote inside a value that is not quoted: put the value in quotes and double the quote (&quot;&quot;).</source>
        <translation>引用符で囲まれていない値の中に引用符があります。値全体を引用符で囲み、値の中の引用符は二重にしてください (&quot;&quot;)。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The column appears twice (also column %1).</source>
        <translation>同じ列が重複しています (%1 列目にもあります)。</translation>
    </message>
    <message>
        <source>The heading line has no column 「%1」 (accepted headings: %2).</source>
        <translation>見出し行に列「%1」がありません (使用できる見出し: %2)。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>データベースファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new file name.</source>
        <translation>ファイル %1 は既に存在します。新しいファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a new organisation needs an empty database.</source>
        <translation>データベース %1 は空ではありません。新しい団体には空のデータベースが必要です。</translation>
    </message>
    <message>
        <source>The database %1 holds no Kansa organisation yet; create one first (kansa-cli init).</source>
        <translation>データベース %1 には Kansa の団体がまだありません。先に団体を作成してください (kansa-cli init)。</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Qt SQL ドライバー %1 がインストールされていません。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a database Kansa can read: %2</source>
        <translation>%1 は Kansa で読み込めるデータベースではありません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kansa database (it has no schema version).</source>
        <translation>%1 は Kansa のデータベースではありません (スキーマのバージョンがありません)。</translation>
    </message>
    <message>
        <source>%1 has no valid schema version.</source>
        <translation>%1 のスキーマのバージョンが正しくありません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kansa (schema %2; this application reads up to %3). It has not been changed. Install the newer Kansa to open it.</source>
        <translation>%1 は新しいバージョンの Kansa で保存されています (スキーマ %2。このアプリケーションで読み込めるのは %3 までです)。ファイルは変更していません。開くには新しいバージョンの Kansa をインストールしてください。</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>データベースが SQL 文の実行を拒否しました: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>データベースでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <source>The change was not saved because an earlier step failed.</source>
        <translation>前の処理が失敗したため、変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The database refused a schema change: %1</source>
        <translation>データベースがスキーマの変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>Another user was saving at the same moment; nothing was changed. Try again.</source>
        <translation>同時に別の利用者が保存していました。何も変更されていません。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>%1 has to be updated from schema %2 to %3 by its owner before anyone signs in: run kansa-cli info once with the owner&apos;s login in the URL (postgresql://OWNER@server/database).</source>
        <translation>%1 は、誰かがサインインする前に、所有者がスキーマ %2 から %3 へ更新する必要があります。所有者のログインを URL に入れて(postgresql://所有者@サーバ/データベース)kansa-cli info を一度実行してください。</translation>
    </message>
    <message>
        <source>A statement was given too few values: %1</source>
        <translation>文に渡された値が足りません: %1</translation>
    </message>
    <message>
        <source>A statement was given too many values: %1</source>
        <translation>文に渡された値が多すぎます: %1</translation>
    </message>
    <message>
        <source>%1 was written by an earlier version of Kansa and must be updated, which a read-only file cannot be: copy it to a folder where you may write.</source>
        <translation>%1 は以前のバージョンの Kansa で作成されたため更新が必要ですが、読み取り専用のファイルは更新できません: 書き込みできるフォルダにコピーしてください。</translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder may not be written): nothing can be changed in it. Copy it to a folder where you may write to work in it.</source>
        <translation>%1 は読み取り専用で開いています (ファイル又はフォルダに書き込めません): 何も変更できません。作業するには、書き込みできるフォルダにコピーしてください。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): verify it, or restore it from a backup. It has not been changed.</source>
        <translation>データベースが壊れています: %1 (%2)。検証するか、バックアップから復元してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>a ZIP file (a workbook, a document or an archive)</source>
        <translation>ZIP ファイル (ワークブック、文書又はアーカイブ)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>%1 is not a Kansa database (%2). It has not been changed.</source>
        <translation>%1 は Kansa のデータベースではありません (%2)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 is not a Kansa database: it is %2. It has not been changed.</source>
        <translation>%1 は Kansa のデータベースではありません (%2 です)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 is a year archive, kept as it was archived: nothing can be changed in it.</source>
        <translation>%1 は年度アーカイブであり、保存したときのまま保たれています。何も変更できません。</translation>
    </message>
</context>
<context>
    <name>DatabasePolicy</name>
    <message>
        <source>Only a PostgreSQL database enforces the access policy with roles.</source>
        <translation>ロールでアクセス方針を強制できるのは PostgreSQL のデータベースだけです。</translation>
    </message>
    <message>
        <source>the role %1, which owns the tables and that nobody signs in as</source>
        <translation>ロール %1: テーブルを所有し、誰もこのロールではサインインしない</translation>
    </message>
    <message>
        <source>the role %1: every account reads, and adds to the change log</source>
        <translation>ロール %1: すべてのアカウントが読み取り、変更履歴に追記する</translation>
    </message>
    <message>
        <source>the role %1 (%2), which writes: %3</source>
        <translation>ロール %1(%2): 書き込めるもの: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the change log can be added to, never changed or emptied, and each entry names the account that wrote it</source>
        <translation>変更履歴は追記のみで、変更・削除・全消去はできず、各行は書いたアカウントを名乗る</translation>
    </message>
    <message>
        <source>the login role %1 for the administrator</source>
        <translation>管理者のログインロール %1</translation>
    </message>
    <message>
        <source>The database %1 already enforces the access policy with roles.</source>
        <translation>データベース %1 は既にロールでアクセス方針を守っています。</translation>
    </message>
    <message>
        <source>%1 is not an administrator&apos;s login in %2.</source>
        <translation>%1 は %2 の管理者のログイン名ではありません。</translation>
    </message>
    <message>
        <source>triggers on every table that write each change into the change log, with the login that made it, whether through Kansa or not</source>
        <translation>すべての表のトリガー: Kansa からか否かにかかわらず、すべての変更をそのログイン名とともに変更履歴に書き込む</translation>
    </message>
    <message numerus="yes">
        <source>login roles for the %n other accounts, each without a password until the administrator sets one: %1</source>
        <translation>
            <numerusform>その他の %n 件のアカウントのログインロール (管理者が設定するまでパスワードなし): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>row-level security on %1, following the policy&apos;s table: what each role may see and change of each row, decided from the row&apos;s unit, audit and campaign</source>
        <translation>%1 の行レベルセキュリティ（アクセス方針の表のとおり、各役割が各行を参照・変更できるかを、その行の所属・監査・点検から判断します）</translation>
    </message>
    <message>
        <source>nobody may change their own roles, and only the administrator takes a security role away (person_roles)</source>
        <translation>自分の役割は誰も変更できず、セキュリティ上の役割を外せるのは管理者だけ（person_roles）</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>The letterhead %1 cannot be read: %2</source>
        <translation>レターヘッド %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The letterhead %1 has no document body.</source>
        <translation>レターヘッド %1 には本文がありません。</translation>
    </message>
</context>
<context>
    <name>DraftReview</name>
    <message>
        <source>The review kept in %1 cannot be read: %2</source>
        <translation>%1 に保存されている確認作業を読み込めません: %2</translation>
    </message>
    <message>
        <source>The review kept in %1 is damaged (%2); move it away to begin the review anew.</source>
        <translation>%1 に保存されている確認作業が壊れています (%2)。ファイルを移動すると、確認作業を最初からやり直せます。</translation>
    </message>
    <message>
        <source>The review kept in %1 holds no checklist; move it away to begin the review anew.</source>
        <translation>%1 に保存されている確認作業にチェックリストがありません。ファイルを移動すると、確認作業を最初からやり直せます。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>%1 からは何もインポートしませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>JsonBounds</name>
    <message>
        <source>larger than %1 MB (%2 bytes)</source>
        <translation>%1 MB を超える大きさ (%2 バイト)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>%1 段を超える入れ子</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>%1 個を超える値</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>スキーマのバージョン %1 への移行処理がありません。</translation>
    </message>
</context>
<context>
    <name>OrganisationKinds</name>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>町</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Special ward</source>
        <translation>特別区</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Partial affairs association</source>
        <translation>一部事務組合</translation>
    </message>
    <message>
        <source>Wide-area union</source>
        <translation>広域連合</translation>
    </message>
</context>
<context>
    <name>OscalCatalog</name>
    <message>
        <source>an OSCAL catalog must be an object</source>
        <translation>OSCAL のカタログはオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>the catalog has no controls</source>
        <translation>カタログに管理策がありません</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 に書き込めません: フォルダーです。</translation>
    </message>
    <message>
        <source>Cannot write %1: nothing was written.</source>
        <translation>%1 に書き込めません: 何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (in %2): %3</source>
        <translation>%1 を書き込めません (%2): %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password library could not start.</source>
        <translation>パスワードライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>パスワードを保護するためのメモリが不足しています。</translation>
    </message>
</context>
<context>
    <name>PeopleCsvImport</name>
    <message>
        <source>import people</source>
        <translation>職員のインポート</translation>
    </message>
    <message>
        <source>The staff number is empty.</source>
        <translation>職員番号が空です。</translation>
    </message>
    <message>
        <source>The staff number %1 appears twice (also line %2).</source>
        <translation>職員番号 %1 が重複しています (%2 行目にもあります)。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>氏名が空です。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>氏名が 200 文字を超えています。</translation>
    </message>
    <message>
        <source>The kana is longer than 200 characters.</source>
        <translation>ふりがなが 200 文字を超えています。</translation>
    </message>
    <message>
        <source>「%1」 is not an e-mail address.</source>
        <translation>「%1」はメールアドレスとして正しくありません。</translation>
    </message>
    <message>
        <source>No unit has the code %1; import the units first.</source>
        <translation>コード %1 の組織がありません。先に組織をインポートしてください。</translation>
    </message>
    <message>
        <source>Unknown role 「%1」.</source>
        <translation>不明な役割「%1」です。</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>氏名 %1 → %2</translation>
    </message>
    <message>
        <source>kana %1 → %2</source>
        <translation>ふりがな %1 → %2</translation>
    </message>
    <message>
        <source>unit %1 → %2</source>
        <translation>所属 %1 → %2</translation>
    </message>
    <message>
        <source>e-mail %1 → %2</source>
        <translation>メールアドレス %1 → %2</translation>
    </message>
    <message>
        <source>roles %1 → %2</source>
        <translation>役割 %1 → %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The file has a heading line but no people.</source>
        <translation>見出し行はありますが、職員の行がありません。</translation>
    </message>
    <message>
        <source>Only the administrator imports roles: leave out the roles column, or give the roles as they are.</source>
        <translation>役割を取り込めるのはシステム管理者だけです。役割の列を除くか、現在の役割のままにしてください。</translation>
    </message>
</context>
<context>
    <name>PolicyReader</name>
    <message>
        <source>%1 holds more text than any policy (over %2 characters); nothing was read.</source>
        <translation>%1 はポリシーとしては文字数が多すぎます（%2 文字を超えています）。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than any policy (%2 MB; Kansa reads up to %3 MB).</source>
        <translation>%1 はポリシーとしては大きすぎます（%2 MB。Kansa が読み込めるのは %3 MB までです）。</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no policy text.</source>
        <translation>%1 は空です。ポリシーの本文がありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read: no temporary copy could be written.</source>
        <translation>%1 を読み込めません: 一時ファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 is not a text, DOCX or PDF file: it holds binary data.</source>
        <translation>%1 はテキスト、DOCX、PDF のいずれのファイルでもありません。バイナリデータを含んでいます。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor Shift_JIS text, nor a DOCX or PDF file.</source>
        <translation>%1 は UTF-8 または Shift_JIS のテキストではなく、DOCX や PDF のファイルでもありません。</translation>
    </message>
    <message>
        <source>%1 is not a DOCX document: it has no %2.</source>
        <translation>%1 は DOCX 文書ではありません。%2 がありません。</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged at line %3: %4</source>
        <translation>%1: %2 の %3 行目が壊れています: %4</translation>
    </message>
    <message>
        <source>%1 is not a PDF file Kansa can read: it is damaged or not a PDF.</source>
        <translation>%1 は Kansa が読み込める PDF ファイルではありません。壊れているか、PDF ではありません。</translation>
    </message>
    <message>
        <source>%1 is protected by a password; save it without one and try again.</source>
        <translation>%1 はパスワードで保護されています。パスワードなしで保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is a PDF file without pages.</source>
        <translation>%1 はページのない PDF ファイルです。</translation>
    </message>
    <message>
        <source>%1 has more pages than any policy (%2; Kansa reads up to %3).</source>
        <translation>%1 はポリシーとしてはページ数が多すぎます（%2 ページ。Kansa が読み込めるのは %3 ページまでです）。</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be read.</source>
        <translation>%1: %2 ページ目を読み込めません。</translation>
    </message>
</context>
<context>
    <name>RecordBackup</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 を %2 に複製できません: %3</translation>
    </message>
    <message>
        <source>The copy for %1 did not come out whole (%2); nothing was kept.</source>
        <translation>%1 の複製が完全ではありませんでした (%2)。何も保存していません。</translation>
    </message>
    <message>
        <source>The copy for %1 does not hold the organisation&apos;s change log as it is; nothing was kept.</source>
        <translation>%1 の複製が団体の現在の変更履歴と一致しません。何も保存していません。</translation>
    </message>
    <message>
        <source>A backup cannot be taken while a change is being saved.</source>
        <translation>変更の保存中はバックアップを作成できません。</translation>
    </message>
    <message>
        <source>%1 is not installed on this computer: install PostgreSQL&apos;s client programs (Debian&apos;s postgresql-client) to back up or restore an organisation on a server, or ask the server&apos;s administrator.</source>
        <translation>このコンピューターには %1 がインストールされていません。サーバー上の団体をバックアップ又は復元するには PostgreSQL のクライアントプログラム (Debian の postgresql-client) をインストールするか、サーバーの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%2 に対する %1 が失敗しました: %3</translation>
    </message>
    <message>
        <source>back up the organisation</source>
        <translation>団体をバックアップする</translation>
    </message>
    <message>
        <source>A backup cannot replace the organisation&apos;s own file %1.</source>
        <translation>バックアップで団体のファイル %1 そのものを上書きすることはできません。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2), checked: pg_restore can read all of it.</source>
        <translation>%1 (%2) を書き出し、検査しました: pg_restore ですべて読み込めます。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2), checked: the copy is whole and holds the change log&apos;s %n entries up to %3.</source>
        <translation>
            <numerusform>%1 (%2) を書き出し、検査しました: 複製は完全で、%3 までの変更履歴 %n 件を含んでいます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>バックアップ用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>バックアップ %1 を書き出せません: %2</translation>
    </message>
</context>
<context>
    <name>RecordHeadCheck</name>
    <message>
        <source>Entry %1 of the change log, the last this computer saw on %2, is gone: entries recorded before then were removed.</source>
        <translation>このコンピュータが %2 に最後に確認した変更履歴の項目 %1 がなくなっています: それ以前に記録された項目が削除されました。</translation>
    </message>
    <message>
        <source>Entry %1 of the change log no longer has the hash it had when this computer last saw it on %2: the record before then was changed or rewritten.</source>
        <translation>変更履歴の項目 %1 のハッシュが、このコンピュータが %2 に最後に確認したときと異なります: それ以前の記録が変更されたか、書き換えられました。</translation>
    </message>
    <message>
        <source>The change log held %1 entries up to entry %2 when this computer last saw it on %3; it now holds %4: entries recorded before then were removed.</source>
        <translation>このコンピュータが %3 に最後に確認したとき、変更履歴には項目 %2 までに %1 件ありましたが、現在は %4 件です: それ以前に記録された項目が削除されました。</translation>
    </message>
    <message>
        <source>The record of %1 was changed outside Kansa since this computer last saw it.</source>
        <translation>%1 の記録は、このコンピュータで最後に確認した後に Kansa の外で変更されています。</translation>
    </message>
    <message>
        <source>Verify the record (File menu, or kansa-cli verify) to see everything that fails, and restore a backup if the record is needed as it was.</source>
        <translation>記録の検証 (ファイルメニュー又は kansa-cli verify) で問題をすべて確認し、元の記録が必要ならバックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>監査基準</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>改善提案</translation>
    </message>
    <message>
        <source>Raised from finding</source>
        <translation>元の指摘事項</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>確認の所見</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>確認した証跡</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>報告日</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>進捗率 (%)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>実施内容</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Compensating measures</source>
        <translation>代替措置</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申請日</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>判断日</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>判断の理由</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>サインイン失敗回数</translation>
    </message>
    <message>
        <source>Last failed sign-in</source>
        <translation>最後のサインイン失敗</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>職員番号</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>read the history of this item</source>
        <translation>この項目の変更履歴を読む</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>証拠 %1</translation>
    </message>
    <message>
        <source>Evidence file %1</source>
        <translation>証拠ファイル %1</translation>
    </message>
    <message>
        <source>read the history of this finding</source>
        <translation>この指摘事項の変更履歴を読む</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>read the history of this plan</source>
        <translation>この改善計画の変更履歴を読む</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>対応 %1</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>進捗報告 %1</translation>
    </message>
    <message>
        <source>read the history of this exception</source>
        <translation>この例外措置の変更履歴を読む</translation>
    </message>
    <message>
        <source>read the history of an account</source>
        <translation>アカウントの変更履歴を読む</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>このアカウントはもう存在しません。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>No account has the login name 「%1」.</source>
        <translation>ログイン名「%1」のアカウントはありません。</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>RecordReplay</name>
    <message>
        <source>%1 is stored although the change log removed it: it was put back outside Kansa.</source>
        <translation>%1 は変更履歴で削除されているのに保存されています: Kansa の外で戻されました。</translation>
    </message>
    <message>
        <source>%1 is stored but the change log never created it: it was added outside Kansa.</source>
        <translation>%1 は保存されていますが、変更履歴には作成の記録がありません: Kansa の外で追加されました。</translation>
    </message>
    <message>
        <source>%1.%2 holds 「%3」 but the change log last wrote 「%4」: it was changed outside Kansa.</source>
        <translation>%1.%2 の値は「%3」ですが、変更履歴が最後に記録した値は「%4」です: Kansa の外で変更されました。</translation>
    </message>
    <message>
        <source>%1 was created in the change log and never removed, but it is not stored: it was deleted outside Kansa.</source>
        <translation>%1 は変更履歴で作成され削除されていませんが、保存されていません: Kansa の外で削除されました。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows that differ from the change log.</source>
        <translation>
            <numerusform>… ほかに変更履歴と異なる行が %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordVerifier</name>
    <message>
        <source>verify the record</source>
        <translation>記録の検証</translation>
    </message>
    <message>
        <source>The change log does not hold together at entry %1 (%2): that entry, or one before it, was changed or removed after it was written.</source>
        <translation>変更履歴が履歴 %1 (%2) でつながっていません。この履歴又はそれ以前の履歴が、記録後に変更又は削除されています。</translation>
    </message>
    <message>
        <source>「%1」 (%2) does not match its own hash: its content was changed after it was stored.</source>
        <translation>「%1」 (%2) がそのハッシュと一致しません。保存後に内容が変更されています。</translation>
    </message>
    <message>
        <source>「%1」 (%2) is not in the change log: it was not stored through Kansa.</source>
        <translation>「%1」 (%2) は変更履歴にありません。Kansa を通して保存されていません。</translation>
    </message>
    <message>
        <source>「%1」 (%2) is not the file that the change log recorded when it was stored (entry %3).</source>
        <translation>「%1」 (%2) は保存時に変更履歴 (履歴 %3) に記録されたファイルではありません。</translation>
    </message>
    <message>
        <source>%1 was issued when the change log held %2 entries; it now holds %3: entries recorded before the report were removed.</source>
        <translation>%1 の発行時、変更履歴は %2 件でしたが、現在は %3 件です。報告書より前の記録が削除されています。</translation>
    </message>
    <message>
        <source>Entry %1 of the change log, the last before %2 was issued, no longer ends the chain printed on the report (%3): the record before the report was changed or rewritten.</source>
        <translation>%2 の発行直前の記録である変更履歴の %1 件目が、報告書に印字されたハッシュ（%3）と一致しません。報告書より前の記録が変更されたか、書き換えられています。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than any report Kansa issues.</source>
        <translation>%1 は Kansa が発行するどの報告書よりも大きいファイルです。</translation>
    </message>
    <message>
        <source>%1 carries no record check: only reports issued by Kansa do (Issue in Reports, or report --issue).</source>
        <translation>%1 には記録の検証情報がありません。Kansa で発行した報告書（報告書画面の「発行」、または report --issue）にだけ付きます。</translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entries and %1 stored files checked; the last entry&apos;s hash is %2.</source>
        <translation>
            <numerusform>変更履歴 %n 件と保存ファイル %1 件を検証しました。最後の履歴のハッシュは %2 です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record has been changed outside Kansa (%n problems).</source>
        <translation>
            <numerusform>記録が Kansa の外で変更されています (%n 件の問題)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The record holds together.</source>
        <translation>記録は改ざんされていません。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded before %1 (%n entries) was changed since it was issued.</source>
        <translation>
            <numerusform>%1 より前の記録（%n 件）は、発行後に変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, written by %2 at %3</source>
        <translation>%1 (%2 が %3 に記録)</translation>
    </message>
</context>
<context>
    <name>RemediationTexts</name>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Completed (awaiting verification)</source>
        <translation>完了(確認待ち)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>確認済</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>決定待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Exists here too</source>
        <translation>同様の問題あり</translation>
    </message>
    <message>
        <source>Does not exist here</source>
        <translation>同様の問題なし</translation>
    </message>
</context>
<context>
    <name>ReportLetterhead</name>
    <message>
        <source>%1: %2 is not well-formed XML (line %3): %4</source>
        <translation>%1: %2 は正しい XML ではありません (%3 行目): %4</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a letterhead template may be at most %3 MB.</source>
        <translation>%1 は %2 MB です。レターヘッドのテンプレートは %3 MB までです。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Word (DOCX) or OpenDocument (ODT) document.</source>
        <translation>%1 は Word (DOCX) 又は OpenDocument (ODT) の文書ではありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the %2 uses the placeholder %3, which is not one of %4.</source>
        <translation>%1: %2 の差込み項目 %3 は使えません。使える差込み項目: %4</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 は壊れています: %2</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>表紙</translation>
    </message>
    <message>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>フッター</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>%1: a report is written as PDF, DOCX, ODT, XLSX or CSV, not as “%2”.</source>
        <translation>%1: 報告書は PDF、DOCX、ODT、XLSX 又は CSV で書き出します。「%2」では書き出せません。</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>The report cannot be drawn on this device.</source>
        <translation>このデバイスには報告書を描画できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>報告書の作成を取り消しました。</translation>
    </message>
</context>
<context>
    <name>RequiredFields</name>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Please fill in %1.</source>
        <translation>「%1」を入力してください。</translation>
    </message>
    <message>
        <source>%1: 「%2」 is not a date. Type it as %3 or 2026/12/1, or pick it from the calendar.</source>
        <translation>%1: 「%2」は日付として読めません。%3 や 2026/12/1 のように入力するか、カレンダーから選んでください。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>CISO</source>
        <translation>最高情報セキュリティ責任者 (CISO)</translation>
    </message>
    <message>
        <source>Chief information security manager</source>
        <translation>統括情報セキュリティ責任者</translation>
    </message>
    <message>
        <source>Department security officer</source>
        <translation>情報セキュリティ責任者</translation>
    </message>
    <message>
        <source>Section security manager</source>
        <translation>情報セキュリティ管理者</translation>
    </message>
    <message>
        <source>System manager</source>
        <translation>情報システム管理者</translation>
    </message>
    <message>
        <source>System operator</source>
        <translation>情報システム担当者</translation>
    </message>
    <message>
        <source>Chief auditor</source>
        <translation>情報セキュリティ監査統括責任者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査人</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員等</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SelfInspectionTexts</name>
    <message>
        <source>○ Done</source>
        <translation>○ 実施している</translation>
    </message>
    <message>
        <source>△ Partly done</source>
        <translation>△ 一部実施</translation>
    </message>
    <message>
        <source>× Not done</source>
        <translation>× 実施していない</translation>
    </message>
    <message>
        <source>－ Not applicable</source>
        <translation>－ 該当しない</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>回答中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出済</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理済</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>差し戻し</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 of %2: %3</source>
        <translation>%2 の %1 を読み込めません: %3</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>UnitCsvImport</name>
    <message>
        <source>import units</source>
        <translation>組織のインポート</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>コードが空です。</translation>
    </message>
    <message>
        <source>The code %1 appears twice (also line %2).</source>
        <translation>コード %1 が重複しています (%2 行目にもあります)。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称が空です。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>名称が 200 文字を超えています。</translation>
    </message>
    <message>
        <source>Unknown kind 「%1」: write 部局, 課室 or 出先機関.</source>
        <translation>不明な種別「%1」です。部局、課室または出先機関と記入してください。</translation>
    </message>
    <message>
        <source>The order 「%1」 is not a whole number.</source>
        <translation>表示順「%1」が整数ではありません。</translation>
    </message>
    <message>
        <source>The parent code %1 is neither in the file nor an existing unit.</source>
        <translation>上位コード %1 の組織が、ファイルにも既存の組織にもありません。</translation>
    </message>
    <message>
        <source>The parent codes form a loop through %1.</source>
        <translation>上位コードが %1 を経由して循環しています。</translation>
    </message>
    <message>
        <source>The file has a heading line but no units.</source>
        <translation>見出し行はありますが、組織の行がありません。</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>%1 の下位</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>名称 %1 → %2</translation>
    </message>
    <message>
        <source>kind %1 → %2</source>
        <translation>種別 %1 → %2</translation>
    </message>
    <message>
        <source>moves under %1</source>
        <translation>移動先: %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>order %1 → %2</source>
        <translation>表示順 %1 → %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>UnitKinds</name>
    <message>
        <source>Department</source>
        <translation>部局</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>課室</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>出先機関</translation>
    </message>
</context>
<context>
    <name>VersionedRows</name>
    <message>
        <source>The database did not return the id of the new row in %1.</source>
        <translation>データベースから %1 に追加した行の ID が返されませんでした。</translation>
    </message>
    <message>
        <source>「%1」 has been deleted by someone else in the meantime.</source>
        <translation>「%1」は、その間に他の利用者によって削除されました。</translation>
    </message>
    <message>
        <source>「%1」 was changed by %2 at %3 after you opened it. Your edit was not saved; reload and make it again.</source>
        <translation>「%1」は、開いた後の %3 に %2 によって変更されました。編集内容は保存されていません。再読み込みしてから、もう一度編集してください。</translation>
    </message>
    <message>
        <source>The row %1 of %2 has been deleted by someone else in the meantime.</source>
        <translation>%2 の行 %1 は、その間に他の人が削除しました。</translation>
    </message>
    <message>
        <source>The rows inserted into %1 at once must have the same columns.</source>
        <translation>%1 に一度に追加する行は、同じ列を持たなければなりません。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translation>%1 は XLSX ブックではありません (%2 がありません)。</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged at line %3: %4</source>
        <translation>%1: パーツ %2 の %3 行目が破損しています: %4</translation>
    </message>
    <message>
        <source>%1: sheet %2 has a cell with the reference 「%3」.</source>
        <translation>%1: シート %2 に、不正な参照「%3」を持つセルがあります。</translation>
    </message>
    <message>
        <source>%1: cell %2!%3 points at a shared string that does not exist.</source>
        <translation>%1: セル %2!%3 が、存在しない共有文字列を参照しています。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it cannot be opened as a zip archive).</source>
        <translation>%1 は XLSX ブックではありません (zip アーカイブとして開けません)。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has no part in the workbook.</source>
        <translation>%1: シート %2 に対応するパーツがブック内にありません。</translation>
    </message>
    <message>
        <source>%1 is larger than any checklist or returned workbook (at %2): it holds more cells or text than Kansa reads (%3 cells, %4 characters). Nothing was read.</source>
        <translation>%1 はどのチェックリストや返送ワークブックよりも大きいファイルです（%2）。Kansa が読み込むセル数・文字数（%3 セル、%4 文字）を超えています。何も読み込んでいません。</translation>
    </message>
</context>
<context>
    <name>YearArchive</name>
    <message>
        <source>Organisation-wide</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kansa year archive: it has no %2.</source>
        <translation>%1 は Kansa の年度アーカイブではありません (%2 がありません)。</translation>
    </message>
    <message>
        <source>The manifest of %1 holds %2 (line %3): it is no manifest Kansa wrote.</source>
        <translation>%1 のマニフェストは %2 を含んでいます (%3 行目)。Kansa が書き出したマニフェストではありません。</translation>
    </message>
    <message>
        <source>The manifest of %1 is damaged or is no Kansa year archive&apos;s manifest.</source>
        <translation>%1 のマニフェストは壊れているか、Kansa の年度アーカイブのマニフェストではありません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kansa (archive format %2; this application reads up to %3). Install the newer Kansa to open it.</source>
        <translation>%1 は新しいバージョンの Kansa で書き出されています (アーカイブ形式 %2。このアプリケーションが読めるのは %3 まで)。開くには新しい Kansa をインストールしてください。</translation>
    </message>
    <message>
        <source>The manifest of %1 lists no %2.</source>
        <translation>%1 のマニフェストに %2 がありません。</translation>
    </message>
    <message>
        <source>%1 holds %2, which its manifest does not list: it is not the archive that was written.</source>
        <translation>%1 にはマニフェストにない %2 が含まれています。書き出されたときのアーカイブではありません。</translation>
    </message>
    <message>
        <source>%1 lacks %2, which its manifest lists: it is not the archive that was written.</source>
        <translation>%1 にはマニフェストにある %2 がありません。書き出されたときのアーカイブではありません。</translation>
    </message>
    <message>
        <source>Cannot unpack %1: %2</source>
        <translation>%1 を展開できません: %2</translation>
    </message>
    <message>
        <source>In %1, %2 is not the file that was archived: its size or SHA-256 differs from the manifest&apos;s.</source>
        <translation>%1 の %2 は保存されたときのファイルではありません: サイズまたは SHA-256 がマニフェストと異なります。</translation>
    </message>
    <message>
        <source>In %1, %2 is not the file the snapshot holds as %3.</source>
        <translation>%1 の %2 は、スナップショットが %3 として保持するファイルと一致しません。</translation>
    </message>
    <message>
        <source>The snapshot in %1 holds %2 evidence files and reports, the archive %3.</source>
        <translation>%1 のスナップショットには監査証拠ファイルと報告書が %2 件ありますが、アーカイブには %3 件あります。</translation>
    </message>
    <message>
        <source>archive a fiscal year</source>
        <translation>年度アーカイブを作成する</translation>
    </message>
    <message>
        <source>A year cannot be archived while a change is being saved.</source>
        <translation>変更を保存している間は年度アーカイブを作成できません。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the archive: %1</source>
        <translation>年度アーカイブ用の一時フォルダを作成できません: %1</translation>
    </message>
    <message>
        <source>The record does not hold together, so no archive was written: %1 First: %2 %3</source>
        <translation>記録が整合していないため、年度アーカイブを書き出しませんでした: %1 最初の問題: %2 %3</translation>
    </message>
    <message>
        <source>Cannot write the archive %1: %2</source>
        <translation>年度アーカイブ %1 を書き出せません: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to open %1: %2</source>
        <translation>%1 を開くための一時フォルダを作成できません: %2</translation>
    </message>
    <message>
        <source>%1 has no audit and no self-inspection: there is nothing to archive.</source>
        <translation>%1には監査も自己点検もありません。保存するものがありません。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2), checked against its manifest: %3 (audits: %4, self-inspections: %5, evidence files: %6, issued reports: %7), and the change log&apos;s %8 entries up to %9.</source>
        <translation>%1 (%2) を書き出し、マニフェストと照合しました: %3 (監査 %4 件、自己点検 %5 件、監査証拠ファイル %6 件、発行済み報告書 %7 件) と、%9 までの変更履歴 %8 件。</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 is not a zip file, or it is damaged or cut short.</source>
        <translation>%1 は zip ファイルではないか、壊れているか途中で切れています。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files, more than Kansa reads.</source>
        <translation>%1 には %2 を超えるファイルがあり、Kansa が読み込める数を超えています。</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of files cannot be read.</source>
        <translation>%1 は壊れています: ファイルの一覧を読み込めません。</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 に %2 がありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 は壊れています: %2 を展開できません。</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes, more than Kansa reads of it.</source>
        <translation>%1: %2 は %3 バイトを超えており、Kansa が読み込める大きさを超えています。</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>%1 に書き込めません。ディスクがいっぱいの可能性があります。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>kansa::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最終更新者</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>パスワードを設定…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>(職員なし)</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>職員(&amp;P):</translation>
    </message>
    <message>
        <source>Password of the new account</source>
        <translation>新しいアカウントのパスワード</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>パスワードの設定</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 のパスワードを変更しました。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Roles since</source>
        <translation>役割の開始</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>変更履歴…</translation>
    </message>
    <message>
        <source>the account %1</source>
        <translation>アカウント %1</translation>
    </message>
</context>
<context>
    <name>kansa::AuditPlanDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>監査実施計画</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>基本情報(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Scope and schedule</source>
        <translation>監査対象と往査日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>監査チーム(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>担当の割り当て(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (第 %2 版)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>実施方法(&amp;M):</translation>
    </message>
    <message>
        <source>Criteria (checklist):</source>
        <translation>監査基準 (チェックリスト):</translation>
    </message>
    <message>
        <source>Chapters in scope:</source>
        <translation>監査対象の章:</translation>
    </message>
    <message>
        <source>&amp;Chief auditor:</source>
        <translation>監査統括責任者(&amp;C):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>監査期間:</translation>
    </message>
    <message>
        <source>Approved by the security committee on:</source>
        <translation>情報セキュリティ委員会の承認日:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Tick the units to audit and give the day of each visit (double-click the date).</source>
        <translation>監査する組織にチェックを付け、それぞれの往査日を指定してください (日付の欄をダブルクリックします)。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>往査日</translation>
    </message>
    <message>
        <source>Visit to %1 on:</source>
        <translation>%1 の往査日:</translation>
    </message>
    <message>
        <source>Save scope</source>
        <translation>監査対象を保存</translation>
    </message>
    <message>
        <source>The audit team: people holding the role of auditor or chief auditor.</source>
        <translation>監査チーム: 監査人または情報セキュリティ監査統括責任者の役割を持つ職員です。</translation>
    </message>
    <message>
        <source>Save team</source>
        <translation>監査チームを保存</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査人</translation>
    </message>
    <message>
        <source>Exception to independence (reason)</source>
        <translation>独立性の例外 (理由)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>An auditor may not audit their own unit or a unit above it (対策基準 1(8)②); where it cannot be avoided the reason is recorded and listed here.</source>
        <translation>監査人は、自身の所属する組織及びその上位の組織を監査できません (対策基準 1(8)②)。止むを得ない場合は、その理由を記録し、ここに表示します。</translation>
    </message>
    <message>
        <source>Audit plan: %1 (%2)</source>
        <translation>監査実施計画: %1 (%2)</translation>
    </message>
    <message>
        <source>Exception to independence</source>
        <translation>独立性の例外</translation>
    </message>
    <message>
        <source>%1 belongs to %2 or a unit below it (対策基準 1(8)② 兼務の禁止). Why can it not be avoided?</source>
        <translation>%1 は %2 またはその下位の組織に所属しています (対策基準 1(8)② 兼務の禁止)。止むを得ない理由を入力してください。</translation>
    </message>
    <message>
        <source>Information s&amp;ystems:</source>
        <translation>対象情報システム(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
</context>
<context>
    <name>kansa::AuditPlanService</name>
    <message>
        <source>「%1」 is %2: its plan can no longer %3.</source>
        <translation>「%1」は%2のため、%3はできません。</translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation>この監査は既に削除されています。</translation>
    </message>
    <message>
        <source>The audit plan needs a title.</source>
        <translation>監査実施計画のタイトルを入力してください。</translation>
    </message>
    <message>
        <source>The fiscal year %1 is out of range.</source>
        <translation>%1 年度は範囲外です。</translation>
    </message>
    <message>
        <source>The checklist %1 is not in the library.</source>
        <translation>チェックリスト %1 はライブラリにありません。</translation>
    </message>
    <message>
        <source>The audit period ends before it begins.</source>
        <translation>監査期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>The chief auditor of a plan must hold the role of chief auditor.</source>
        <translation>計画の監査統括責任者には、情報セキュリティ監査統括責任者の役割を持つ職員を指定してください。</translation>
    </message>
    <message>
        <source>create an audit plan</source>
        <translation>監査実施計画の作成</translation>
    </message>
    <message>
        <source>change the audit plan</source>
        <translation>監査実施計画の変更</translation>
    </message>
    <message>
        <source>be changed</source>
        <translation>計画の変更</translation>
    </message>
    <message>
        <source>change the status of an audit</source>
        <translation>監査の状態の変更</translation>
    </message>
    <message>
        <source>「%1」 cannot go from %2 to %3.</source>
        <translation>「%1」の状態を%2から%3に変更することはできません。</translation>
    </message>
    <message>
        <source>Record the date the security committee approved 「%1」 first.</source>
        <translation>先に、情報セキュリティ委員会が「%1」を承認した日を記録してください。</translation>
    </message>
    <message>
        <source>「%1」 has no unit in its scope.</source>
        <translation>「%1」の監査対象に組織がありません。</translation>
    </message>
    <message>
        <source>change the scope of an audit</source>
        <translation>監査対象の変更</translation>
    </message>
    <message>
        <source>change its scope</source>
        <translation>監査対象の変更</translation>
    </message>
    <message>
        <source>A unit with recorded results cannot leave the scope of 「%1」.</source>
        <translation>結果を記録済みの組織は、「%1」の監査対象から外せません。</translation>
    </message>
    <message>
        <source>schedule an audit visit</source>
        <translation>往査日の設定</translation>
    </message>
    <message>
        <source>be rescheduled</source>
        <translation>往査日の変更</translation>
    </message>
    <message>
        <source>The unit is not in the scope of 「%1」.</source>
        <translation>この組織は「%1」の監査対象ではありません。</translation>
    </message>
    <message>
        <source>change the audit team</source>
        <translation>監査チームの変更</translation>
    </message>
    <message>
        <source>change its team</source>
        <translation>監査チームの変更</translation>
    </message>
    <message>
        <source>%1 is not an auditor: give them the role of auditor first.</source>
        <translation>%1 は監査人ではありません。先に監査人の役割を付与してください。</translation>
    </message>
    <message>
        <source>assign auditors</source>
        <translation>監査人の割り当て</translation>
    </message>
    <message>
        <source>change its assignments</source>
        <translation>担当の割り当ての変更</translation>
    </message>
    <message>
        <source>Only members of the audit team can be assigned to units.</source>
        <translation>組織に割り当てられるのは、監査チームのメンバーのみです。</translation>
    </message>
    <message>
        <source>%1 belongs to 「%2」 (or a unit below it) and so may not audit it (対策基準 1(8)② 兼務の禁止). Record the reason if it cannot be avoided.</source>
        <translation>%1 は「%2」(またはその下位の組織) に所属しているため、監査できません (対策基準 1(8)② 兼務の禁止)。止むを得ない場合は、その理由を記録してください。</translation>
    </message>
    <message>
        <source>%1 is already assigned to 「%2」.</source>
        <translation>%1 は既に「%2」に割り当てられています。</translation>
    </message>
    <message>
        <source>create next year&apos;s audit</source>
        <translation>次年度の監査の作成</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>担当割当て</translation>
    </message>
</context>
<context>
    <name>kansa::AuditWorkspace</name>
    <message>
        <source>My assignments only</source>
        <translation>自分の担当のみ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Working papers…</source>
        <translation>監査調書…</translation>
    </message>
    <message>
        <source>All findings…</source>
        <translation>すべての指摘事項…</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>未評価の項目</translation>
    </message>
    <message>
        <source>Non-conforming or partly</source>
        <translation>不適合または一部適合</translation>
    </message>
    <message>
        <source>Keys: 1 Conforming · 2 Partly · 3 Non-conforming · 4 Not applicable · 0 Not assessed</source>
        <translation>キー: 1 適合 · 2 一部適合 · 3 不適合 · 4 該当なし · 0 未評価</translation>
    </message>
    <message>
        <source>Notes (saved as you type)</source>
        <translation>メモ (自動保存)</translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation>監査証拠 (ファイルをドロップ可)</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>証拠を追加…</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>ファイルを添付…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>証拠ファイルの添付</translation>
    </message>
    <message>
        <source>Findings of this item</source>
        <translation>この項目の指摘事項</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>団体全体</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 (%3%)</source>
        <translation>評価済み %1 / %2 項目 (%3%)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>前年度</translation>
    </message>
    <message>
        <source>Result: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>結果: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>証拠の追加</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>内容(&amp;D):</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日付(&amp;A):</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the limit for evidence files (%2).</source>
        <translation>%1 は証拠ファイルのサイズの上限 (%2) を超えています。</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of %1: %2</source>
        <translation>%1 の一時コピーを書き込めません: %2</translation>
    </message>
    <message>
        <source>Raise a finding</source>
        <translation>指摘事項の登録</translation>
    </message>
    <message>
        <source>A finding belongs to a unit: raise it from the unit responsible for this item.</source>
        <translation>指摘事項は組織ごとに登録します。この項目を担当する組織を選択してから登録してください。</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>指摘事項の編集</translation>
    </message>
    <message>
        <source>Working papers</source>
        <translation>監査調書</translation>
    </message>
    <message>
        <source>Working papers record a visit to a unit: choose the unit.</source>
        <translation>監査調書は組織への往査を記録するものです。組織を選択してください。</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>受領資料</translation>
    </message>
    <message>
        <source>No visit recorded yet.</source>
        <translation>往査の記録はまだありません。</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>往査日:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席者:</translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation>受領資料:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>往査の記録</translation>
    </message>
    <message>
        <source>Self-inspection: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>自己点検: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>answered ○ but audited non-conforming</source>
        <translation>自己点検は ○ だが監査では不適合</translation>
    </message>
    <message>
        <source>result of %1 to %2</source>
        <translation>%1 の結果を %2 に</translation>
    </message>
    <message>
        <source>notes on %1</source>
        <translation>%1 のメモ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>やり直し: %1</translation>
    </message>
    <message>
        <source>Raise a finding…</source>
        <translation>指摘事項を登録…</translation>
    </message>
    <message>
        <source>Raise a finding on this item (Ctrl+Shift+N)</source>
        <translation>この項目の指摘事項を登録します (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Item history…</source>
        <translation>項目の変更履歴…</translation>
    </message>
    <message>
        <source>Who recorded this item&apos;s result, notes and evidence, and when</source>
        <translation>この項目の結果、メモ及び監査証拠をだれがいつ記録したか</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2の%1</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>改善計画未提出</translation>
    </message>
    <message>
        <source>Last year&apos;s findings still open</source>
        <translation>前年度の指摘事項（未完了）</translation>
    </message>
</context>
<context>
    <name>kansa::AuditsPage</name>
    <message>
        <source>My work</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>往査日</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>評価済み</translation>
    </message>
    <message>
        <source>Audit plans</source>
        <translation>監査実施計画</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>組織数</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>新しい計画…</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>計画…</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>実地監査</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>状態の変更…</translation>
    </message>
    <message>
        <source>Next year&apos;s audit</source>
        <translation>次年度の監査</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 left)</source>
        <translation>%1 / %2 (残り %3)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n exception(s)</source>
        <translation>
            <numerusform>⚠ 例外 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>← Back to the audits</source>
        <translation>← 監査の一覧に戻る</translation>
    </message>
    <message>
        <source>「%1」 was created as a draft with the same scope, team and assignments.</source>
        <translation>「%1」を、同じ監査対象、監査チーム及び担当の割り当てで、起案中の計画として作成しました。</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>すること</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Double-click a finding to open it in the fieldwork, a plan to verify it.</source>
        <translation>指摘事項をダブルクリックすると監査作業で開き、改善計画をダブルクリックすると確認のために開きます。</translation>
    </message>
    <message>
        <source>Verify the plan</source>
        <translation>改善計画を確認する</translation>
    </message>
    <message>
        <source>No plan proposed yet</source>
        <translation>改善計画が未提出</translation>
    </message>
</context>
<context>
    <name>kansa::AutosaveField</name>
    <message>
        <source>What you typed was not saved:</source>
        <translation>入力した内容は保存されていません:</translation>
    </message>
    <message>
        <source>What you typed is kept in the field.</source>
        <translation>入力した内容は欄に残しています。</translation>
    </message>
</context>
<context>
    <name>kansa::ChecklistEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <source>Priority item (重点項目)</source>
        <translation>重点項目</translation>
    </message>
    <message>
        <source>Edit checklist: %1</source>
        <translation>チェックリストの編集: %1</translation>
    </message>
    <message>
        <source>Role keys separated by spaces: %1</source>
        <translation>役割キーを空白で区切って指定します: %1</translation>
    </message>
    <message>
        <source>One piece of evidence a line: Japanese | English</source>
        <translation>確認資料を 1 行に 1 つずつ記入します: 日本語 | 英語</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>条項:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>引用:</translation>
    </message>
    <message>
        <source>Question (Japanese):</source>
        <translation>質問 (日本語):</translation>
    </message>
    <message>
        <source>Question (English):</source>
        <translation>質問 (英語):</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>確認資料:</translation>
    </message>
    <message>
        <source>Apply to item</source>
        <translation>項目に反映</translation>
    </message>
    <message>
        <source>(clause)</source>
        <translation>（条項）</translation>
    </message>
    <message>
        <source>(quote the clause)</source>
        <translation>（条項を引用してください）</translation>
    </message>
    <message>
        <source>（質問）</source>
        <translation>（質問）</translation>
    </message>
    <message>
        <source>(question)</source>
        <translation>（英語の質問）</translation>
    </message>
    <message>
        <source>（確認資料）</source>
        <translation>（確認資料）</translation>
    </message>
    <message>
        <source>(evidence)</source>
        <translation>（英語の確認資料）</translation>
    </message>
    <message>
        <source>Saved as version %1: %2 items added, %3 changed, %4 removed.</source>
        <translation>第 %1 版として保存しました: 項目の追加 %2 件、変更 %3 件、削除 %4 件。</translation>
    </message>
</context>
<context>
    <name>kansa::ChecklistLibrary</name>
    <message>
        <source>The checklist %1 has no version %2.</source>
        <translation>チェックリスト %1 に第 %2 版はありません。</translation>
    </message>
    <message>
        <source>The stored checklist %1 cannot be read: %2</source>
        <translation>保存されているチェックリスト %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>「%1」 is a checklist shipped with Kansa and cannot be replaced by an import; copy it under a new id and import that.</source>
        <translation>「%1」は Kansa に同梱のチェックリストのため、インポートで置き換えることはできません。新しい ID でコピーし、そのコピーをインポートしてください。</translation>
    </message>
    <message>
        <source>「%1」 cannot be a checklist id: use lower-case letters, digits and -.</source>
        <translation>「%1」はチェックリストの ID に使用できません。英小文字、数字及び - を使用してください。</translation>
    </message>
    <message>
        <source>The copy needs a title in Japanese and in English.</source>
        <translation>コピーには日本語と英語のタイトルが必要です。</translation>
    </message>
    <message>
        <source>A checklist with the id %1 already exists.</source>
        <translation>ID %1 のチェックリストは既に存在します。</translation>
    </message>
    <message>
        <source>A shipped checklist is damaged: %1</source>
        <translation>同梱のチェックリストが破損しています: %1</translation>
    </message>
    <message>
        <source>The checklist was not saved:
%1</source>
        <translation>チェックリストは保存されませんでした:
%1</translation>
    </message>
</context>
<context>
    <name>kansa::ChecklistTreeModel</name>
    <message>
        <source>Items of this chapter per obligation sentence of its source chapter (sentences ending ならない, ものとする, 望ましい or こと).</source>
        <translation>出典の章の義務 (遵守事項の文) 1 件あたりの、この章の項目数です (義務は文末が「ならない」「ものとする」「望ましい」「こと」の文)。</translation>
    </message>
    <message>
        <source>%1 items / %2 obligations (×%3)</source>
        <translation>%1 項目 / 義務 %2 件 (×%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Chapter, section, question</source>
        <translation>章・節・質問</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Items and coverage</source>
        <translation>項目数と網羅率</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>廃止</translation>
    </message>
</context>
<context>
    <name>kansa::ChecklistsPage</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Priority items only</source>
        <translation>重点項目のみ</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>チェックリスト:</translation>
    </message>
    <message>
        <source>Copy and edit…</source>
        <translation>コピーして編集…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>チェックリストのインポート</translation>
    </message>
    <message>
        <source>Search questions, quotes, clauses and evidence (Ctrl+F)</source>
        <translation>質問、引用、条項、確認資料で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべての役割</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>すべての対象</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>own</source>
        <translation>独自</translation>
    </message>
    <message>
        <source>%1 (version %2, %3)</source>
        <translation>%1 (第 %2 版、%3)</translation>
    </message>
    <message>
        <source>%1 chapters, %2 items (%3 priority). Derived from: %4.</source>
        <translation>%1 章、%2 項目 (うち重点項目 %3)。出典: %4。</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>チェックリスト</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… ほか %1 件あります。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>ファイルに問題が %n 件あるため、何もインポートしませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the same as version %2 already in the library; nothing changed.</source>
        <translation>%1 はライブラリにある第 %2 版と同じです。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 version %2: %3 items added, %4 changed, %5 removed.</source>
        <translation>%1 第 %2 版: 項目の追加 %3 件、変更 %4 件、削除 %5 件。</translation>
    </message>
    <message>
        <source>Copy and edit</source>
        <translation>コピーして編集</translation>
    </message>
    <message>
        <source>The copy is the organisation&apos;s own checklist: it can be edited and is never changed by an update of Kansa.</source>
        <translation>コピーは団体の独自チェックリストになります。編集でき、Kansa の更新によって変更されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Title (&amp;Japanese):</source>
        <translation>タイトル (日本語)(&amp;J):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>タイトル (英語)(&amp;E):</translation>
    </message>
    <message>
        <source>Export a checklist</source>
        <translation>チェックリストのエクスポート</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Checklists (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>チェックリスト (*.json *.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>Excel ブック (*.xlsx);;Excel 用 CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at:</source>
        <translation>
            <numerusform>確認してほしい警告が %n 件あります:</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft from our policy…</source>
        <translation>自団体のポリシーから作成…</translation>
    </message>
    <message>
        <source>Reads your own policy (text, Word or PDF) and drafts a checklist of it, each item matched to the checklist shown, to review item by item.</source>
        <translation>自団体のポリシー (テキスト、Word 又は PDF) を読み込んでチェックリストの案を作成し、各項目を表示中のチェックリストに対応付けます。項目ごとに確認できます。</translation>
    </message>
    <message>
        <source>Draft a checklist from our policy</source>
        <translation>自団体のポリシーからチェックリストを作成</translation>
    </message>
    <message>
        <source>Policies (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>ポリシー (*.txt *.docx *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>対応する項目</translation>
    </message>
    <message>
        <source>%1: %2 version %3, %4</source>
        <translation>%1: %2 第%3版 %4</translation>
    </message>
    <message>
        <source>Add a link…</source>
        <translation>対応付けを追加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Links to other checklists:</source>
        <translation>他のチェックリストとの対応:</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>対応付けの削除</translation>
    </message>
    <message>
        <source>Remove the link %1?</source>
        <translation>対応付け「%1」を削除しますか?</translation>
    </message>
</context>
<context>
    <name>kansa::CrossChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Unit of the finding</source>
        <translation>指摘を受けた組織</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>確認事項</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>確認内容</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>By</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>Answer for my unit…</source>
        <translation>自分の所属の回答…</translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation>改善計画を表示</translation>
    </message>
    <message>
        <source>The CISO or the chief auditor asks other units from a plan with “Ask other units…”. A unit that finds the same problem gets a linked finding and plan.</source>
        <translation>CISO または情報セキュリティ監査統括責任者が、改善計画の「他の組織に確認を依頼…」から他の組織に確認を依頼します。同じ問題が見つかった組織には、関連付けられた指摘事項と改善計画が作成されます。</translation>
    </message>
    <message>
        <source>Cross-department checks</source>
        <translation>横断的な確認</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (期限超過)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Answer the cross-department check</source>
        <translation>横断的な確認への回答</translation>
    </message>
    <message>
        <source>The same problem &amp;exists in our unit</source>
        <translation>自組織にも同じ問題がある(&amp;E)</translation>
    </message>
    <message>
        <source>It does &amp;not exist in our unit</source>
        <translation>自組織には同じ問題はない(&amp;N)</translation>
    </message>
    <message>
        <source>What was checked, and what was found</source>
        <translation>確認した内容とその結果</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>確認事項:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>確認内容(&amp;N):</translation>
    </message>
</context>
<context>
    <name>kansa::CrosswalkLinkDialog</name>
    <message>
        <source>Change the link of %1</source>
        <translation>%1 の対応付けの変更</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>%1 の対応付け</translation>
    </message>
    <message>
        <source>Search clauses and questions</source>
        <translation>条項・質問を検索</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>チェックリスト:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>項目:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>関係:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Choose the item to link to.</source>
        <translation>対応付ける項目を選択してください。</translation>
    </message>
</context>
<context>
    <name>kansa::CrosswalkService</name>
    <message>
        <source>The library has no checklist 「%1」 version %2.</source>
        <translation>ライブラリにチェックリスト「%1」の第%2版はありません。</translation>
    </message>
    <message>
        <source>Checklist 「%1」 version %2 has no item 「%3」.</source>
        <translation>チェックリスト「%1」の第%2版に項目「%3」はありません。</translation>
    </message>
    <message>
        <source>A link joins two different checklist versions.</source>
        <translation>対応付けは異なる 2 つのチェックリスト版の間で行います。</translation>
    </message>
    <message>
        <source>The same link as on line %1.</source>
        <translation>%1 行目と同じ対応付けです。</translation>
    </message>
    <message>
        <source>%1 is linked already.</source>
        <translation>%1 は既に対応付けられています。</translation>
    </message>
    <message>
        <source>The link has been removed by someone else in the meantime.</source>
        <translation>この対応付けは、その間に他の人が削除しました。</translation>
    </message>
    <message>
        <source>The field is empty.</source>
        <translation>値が空です。</translation>
    </message>
    <message>
        <source>A version is a whole number from 1.</source>
        <translation>版は 1 以上の整数です。</translation>
    </message>
    <message>
        <source>Unknown relation 「%1」: use equal, subset, superset or related.</source>
        <translation>不明な関係「%1」です。equal、subset、superset、related のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>A score is a number from 0 to 1.</source>
        <translation>スコアは 0 から 1 までの数値です。</translation>
    </message>
</context>
<context>
    <name>kansa::CsvImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s) were found. Nothing will be changed; correct the file and try again.</source>
        <translation>
            <numerusform>%1 はインポートできません。問題が %n 件見つかりました。何も変更されません。ファイルを修正してから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 changed, %5 unchanged. Import writes all of them at once.</source>
        <translation>%1 (%2): 新規 %3 件、変更 %4 件、変更なし %5 件。インポートではすべてを一括して書き込みます。</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>使用しない列: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed.</source>
        <translation>インポートしました: 新規 %1 件、変更 %2 件。</translation>
    </message>
</context>
<context>
    <name>kansa::DashboardPage</name>
    <message>
        <source>CISO dashboard</source>
        <translation>CISOダッシュボード</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Every figure and the list shown below them, as an Excel workbook or CSV</source>
        <translation>すべての図表と、その下に表示している一覧を Excel ブックまたは CSV でエクスポートします</translation>
    </message>
    <message>
        <source>The dashboard shows every unit&apos;s records: the CISO, the chief information security manager, the auditors and the administrator see it.</source>
        <translation>ダッシュボードにはすべての組織の記録が表示されます。閲覧できるのは、CISO、統括情報セキュリティ責任者、監査人及び管理者のみです。</translation>
    </message>
    <message>
        <source>Compliance by chapter (%), this year and last</source>
        <translation>章別の適合率 (%)、今年度と前年度</translation>
    </message>
    <message>
        <source>Units with the lowest compliance (%)</source>
        <translation>適合率の低い組織 (%)</translation>
    </message>
    <message>
        <source>Findings by severity and remediation</source>
        <translation>重要度別・改善状況別の指摘事項</translation>
    </message>
    <message>
        <source>Open findings at each month end</source>
        <translation>各月末時点の未完了の指摘事項</translation>
    </message>
    <message>
        <source>Overdue remediation plans (all years)</source>
        <translation>期限超過の改善計画 (全年度)</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions expired, expiring within %n days or due for review</source>
        <translation>
            <numerusform>期限切れ、%n 日以内に期限切れ、または見直し時期を迎えた例外措置</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Findings %1 (major %2) · not yet closed %3 · overdue plans %4 · exceptions needing attention %5</source>
        <translation>指摘事項 %1 件 (うち重大 %2 件) · 未完了 %3 件 · 期限超過の改善計画 %4 件 · 要対応の例外措置 %5 件</translation>
    </message>
    <message>
        <source>%1: %2% of %3 assessed</source>
        <translation>%1: 適合率 %2% (評価済み %3 項目)</translation>
    </message>
    <message>
        <source>Previous year %1%, change %2 points</source>
        <translation>前年度 %1%、増減 %2 ポイント</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>dashboard-%1</source>
        <translation>ダッシュボード-%1</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>ダッシュボードのエクスポート</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>Click a bar, a point or a row above to list what is behind it; double-click a row to open it.</source>
        <translation>上のグラフの棒・点・行をクリックすると内訳を一覧します。一覧の行をダブルクリックするとその記録を開きます。</translation>
    </message>
</context>
<context>
    <name>kansa::DashboardService</name>
    <message>
        <source>No plan yet</source>
        <translation>改善計画未提出</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>団体全体</translation>
    </message>
    <message>
        <source>Not conforming in %1</source>
        <translation>%1 の不適合・一部適合の項目</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>改善状況</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Open remediation plans</source>
        <translation>未完了の改善計画</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <source>Overdue remediation plans</source>
        <translation>期限超過の改善計画</translation>
    </message>
    <message>
        <source>Exceptions expired, expiring or due for review</source>
        <translation>期限切れ・期限間近・要見直しの例外措置</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>対象項目</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>要見直し</translation>
    </message>
    <message numerus="yes">
        <source>Expires within %n days</source>
        <translation>
            <numerusform>%n 日以内に期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Partly conforming</source>
        <translation>一部適合</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Compliance %</source>
        <translation>適合率 (%)</translation>
    </message>
    <message>
        <source>Previous year %</source>
        <translation>前年度 (%)</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>増減 (ポイント)</translation>
    </message>
    <message>
        <source>Compliance by chapter</source>
        <translation>章別の適合率</translation>
    </message>
    <message>
        <source>Compliance by unit</source>
        <translation>組織別の適合率</translation>
    </message>
    <message>
        <source>Findings by severity and remediation</source>
        <translation>重要度別・改善状況別の指摘事項</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Open findings at month end</source>
        <translation>月末時点の未完了の指摘事項</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>ダッシュボードの閲覧</translation>
    </message>
</context>
<context>
    <name>kansa::DateField</name>
    <message>
        <source>Type a date such as %1, R8.12.1 or 2026/12/1, or pick one from the calendar (Alt+Down).</source>
        <translation>%1、R8.12.1、2026/12/1 のように入力するか、カレンダーから選びます (Alt+↓)。</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
</context>
<context>
    <name>kansa::DraftReviewModel</name>
    <message>
        <source>edited</source>
        <translation>編集済</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>accepted, edited</source>
        <translation>採用 (編集済)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>不採用</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>ポリシーの本文</translation>
    </message>
    <message>
        <source>Proposed question</source>
        <translation>提案する質問</translation>
    </message>
    <message>
        <source>Matched item</source>
        <translation>対応する項目</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>類似度</translation>
    </message>
</context>
<context>
    <name>kansa::ExceptionsPanel</name>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>対象項目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Compensating measures</source>
        <translation>代替措置</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請者・申請日</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Only those &amp;expired or due for review</source>
        <translation>期限切れ・要見直しのもののみ(&amp;E)</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>決定…</translation>
    </message>
    <message>
        <source>Request an exception…</source>
        <translation>例外措置を申請…</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 –
%2</source>
        <translation>%1～
%2</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 (review due)</source>
        <translation>%1 (要見直し)</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>要見直し</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Awaiting the CISO</source>
        <translation>CISO の決定待ち</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>不承認</translation>
    </message>
    <message>
        <source>Request an exception</source>
        <translation>例外措置の申請</translation>
    </message>
    <message>
        <source>The clauses or checklist items departed from, e.g. 5.1(1)③</source>
        <translation>遵守できない条項またはチェックリストの項目 (例: 5.1(1)③)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>組織(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>対象項目(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Compensating measures:</source>
        <translation>代替措置(&amp;C):</translation>
    </message>
    <message>
        <source>Decide the exception</source>
        <translation>例外措置の決定</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation>例外措置:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有効期間の開始日(&amp;F):</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有効期限(&amp;U):</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>次回見直し日(&amp;V):</translation>
    </message>
    <message>
        <source>Why it is approved or rejected, and on what conditions</source>
        <translation>承認または却下の理由と条件</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>判断の理由(&amp;S):</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>変更履歴…</translation>
    </message>
    <message>
        <source>the exception of %1 for %2</source>
        <translation>%1の例外措置 (%2)</translation>
    </message>
</context>
<context>
    <name>kansa::FieldworkService</name>
    <message>
        <source>The audit no longer exists.</source>
        <translation>この監査は既に削除されています。</translation>
    </message>
    <message>
        <source>「%1」 is %2: results, evidence and findings are recorded while the audit is in progress.</source>
        <translation>「%1」は%2です。結果、監査証拠及び指摘事項を記録できるのは、監査が実施中の間のみです。</translation>
    </message>
    <message>
        <source>The unit is not in the scope of the audit.</source>
        <translation>この組織は監査対象ではありません。</translation>
    </message>
    <message>
        <source>The item %1 is not in the scope of the audit at this level.</source>
        <translation>項目 %1 は、この対象 (団体全体または組織) では監査対象に含まれていません。</translation>
    </message>
    <message>
        <source>record audit results</source>
        <translation>監査結果の記録</translation>
    </message>
    <message>
        <source>The result of %1 has been removed by someone else in the meantime.</source>
        <translation>%1 の結果は、その間に他の利用者によって削除されました。</translation>
    </message>
    <message>
        <source>record evidence</source>
        <translation>監査証拠の記録</translation>
    </message>
    <message>
        <source>Describe the evidence: what was reviewed, who was interviewed or what was seen.</source>
        <translation>監査証拠の内容 (確認した文書、ヒアリングの相手、現地で確認した事項) を入力してください。</translation>
    </message>
    <message>
        <source>remove evidence</source>
        <translation>監査証拠の削除</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>監査証拠</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>この監査証拠は既に削除されています。</translation>
    </message>
    <message>
        <source>attach evidence files</source>
        <translation>証拠ファイルの添付</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files may be at most %3 MB (the administrator can change the limit).</source>
        <translation>%1 は %2 MB です。証拠ファイルは %3 MB までです (上限は管理者が変更できます)。</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>このファイルは既に削除されています。</translation>
    </message>
    <message>
        <source>The stored file %1 does not match its SHA-256: it has been damaged.</source>
        <translation>保存されているファイル %1 が SHA-256 と一致しません。ファイルが破損しています。</translation>
    </message>
    <message>
        <source>raise findings</source>
        <translation>指摘事項の登録</translation>
    </message>
    <message>
        <source>A finding belongs to a unit: choose the unit responsible.</source>
        <translation>指摘事項は組織ごとに登録します。担当する組織を選択してください。</translation>
    </message>
    <message>
        <source>The item %1 is not in the audit&apos;s checklist.</source>
        <translation>項目 %1 はこの監査のチェックリストにありません。</translation>
    </message>
    <message>
        <source>A finding needs a title and the condition found.</source>
        <translation>指摘事項にはタイトルと現状 (発見事項) を入力してください。</translation>
    </message>
    <message>
        <source>change findings</source>
        <translation>指摘事項の変更</translation>
    </message>
    <message>
        <source>remove findings</source>
        <translation>指摘事項の削除</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>write working papers</source>
        <translation>監査調書の作成</translation>
    </message>
    <message>
        <source>A working paper needs the date of the visit and a summary.</source>
        <translation>監査調書には往査日と概要を入力してください。</translation>
    </message>
    <message>
        <source>change working papers</source>
        <translation>監査調書の変更</translation>
    </message>
    <message>
        <source>working paper</source>
        <translation>監査調書</translation>
    </message>
    <message>
        <source>see these audit records</source>
        <translation>この監査記録の閲覧</translation>
    </message>
</context>
<context>
    <name>kansa::FindingDialog</name>
    <message>
        <source>Edit finding</source>
        <translation>指摘事項の編集</translation>
    </message>
    <message>
        <source>Raise a finding</source>
        <translation>指摘事項の登録</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>重要度(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Condition found:</source>
        <translation>現状 (発見事項)(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;riterion:</source>
        <translation>監査基準 (根拠)(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>原因(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>影響(&amp;E):</translation>
    </message>
    <message>
        <source>Recommen&amp;dation:</source>
        <translation>改善提案(&amp;D):</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>変更履歴…</translation>
    </message>
    <message>
        <source>the finding 「%1」</source>
        <translation>指摘事項「%1」</translation>
    </message>
</context>
<context>
    <name>kansa::FindingTableModel</name>
    <message>
        <source>Unit</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Condition found</source>
        <translation>現状 (発見事項)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>改善提案</translation>
    </message>
</context>
<context>
    <name>kansa::FindingsDialog</name>
    <message>
        <source>Findings of the audit</source>
        <translation>監査の指摘事項</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>すべての所属</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>すべての重要度</translation>
    </message>
    <message>
        <source>Search titles, conditions and recommendations</source>
        <translation>タイトル、現状、改善提案で検索</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 件の指摘事項</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding to open it.</source>
        <translation>ダブルクリックで指摘事項を開きます。</translation>
    </message>
</context>
<context>
    <name>kansa::FiscalYearField</name>
    <message>
        <source>Type a fiscal year such as %1, R8 or 2026, or step with the arrows.</source>
        <translation>%1、R8、2026 のように入力するか、矢印で1年ずつ変えます。</translation>
    </message>
</context>
<context>
    <name>kansa::HelpWindow</name>
    <message>
        <source>Kansa user guide</source>
        <translation>Kansa 利用の手引き</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>年度の流れ</translation>
    </message>
    <message>
        <source>%1 — Kansa user guide</source>
        <translation>%1 — Kansa 利用の手引き</translation>
    </message>
</context>
<context>
    <name>kansa::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1の変更履歴</translation>
    </message>
    <message>
        <source>Nothing has been recorded for it yet.</source>
        <translation>まだ何も記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, newest first.</source>
        <translation>
            <numerusform>%n 件の変更 (新しい順)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Save the history</source>
        <translation>変更履歴の保存</translation>
    </message>
    <message>
        <source>history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>kansa::ItemMarksDelegate</name>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>This item has %1.</source>
        <translation>この項目には%1があります。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>last year&apos;s findings still open</source>
        <translation>前年度の未完了の指摘事項</translation>
    </message>
</context>
<context>
    <name>kansa::MainWindow</name>
    <message>
        <source>%1 — Kansa</source>
        <translation>%1 — Kansa</translation>
    </message>
    <message>
        <source>Kansa — information security audit</source>
        <translation>Kansa — 情報セキュリティ監査</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>新しい団体(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>サーバーに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose organisation</source>
        <translation>団体を閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Import &amp;units (CSV)…</source>
        <translation>組織のインポート (CSV)(&amp;U)…</translation>
    </message>
    <message>
        <source>Import &amp;people (CSV)…</source>
        <translation>職員のインポート (CSV)(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>団体(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>チェックリスト(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Audits</source>
        <translation>監査(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Self-inspections</source>
        <translation>自己点検(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remediation</source>
        <translation>改善(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>報告書(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kansa</source>
        <translation>Kansa について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Kansa — information security audit and self-inspection</source>
        <translation>Kansa — 情報セキュリティ監査・自己点検</translation>
    </message>
    <message>
        <source>Open your organisation&apos;s file, connect to its server, or create a new organisation.</source>
        <translation>団体のファイルを開くか、団体のサーバーに接続するか、新しい団体を作成してください。</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>新しい団体…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>サーバーに接続…</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>最近使ったファイル:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Self-inspections</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>No organisation open</source>
        <translation>団体が開かれていません</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>Open organisation</source>
        <translation>団体を開く</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新しい団体</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>組織のインポート</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>職員のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>About Kansa</source>
        <translation>Kansa について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kansa %1&lt;/h3&gt;&lt;p&gt;Information-security audit and self-inspection for local government: audit plans, fieldwork, self-inspections, remediation and reports.&lt;/p&gt;&lt;p&gt;The shipped checklists are derived from published municipal security policies.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kansa %1&lt;/h3&gt;&lt;p&gt;地方公共団体のための情報セキュリティ監査・自己点検ツール: 監査実施計画、実地監査、自己点検、改善及び報告書。&lt;/p&gt;&lt;p&gt;同梱のチェックリストは、公開されている地方公共団体の情報セキュリティポリシーを基に作成しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation>サインイン中: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>自分のパスワードを変更(&amp;P)…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>自分のパスワードの変更</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>利用の手引き(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verify the record…</source>
        <translation>記録の検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Verify against an &amp;issued report…</source>
        <translation>発行済み報告書と照合して検証(&amp;I)…</translation>
    </message>
    <message>
        <source>Verify against an issued report</source>
        <translation>発行済み報告書と照合して検証</translation>
    </message>
    <message>
        <source>Verify the record</source>
        <translation>記録の検証</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>バックアップから復元(&amp;T)…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自動バックアップ</translation>
    </message>
    <message>
        <source>The daily backup could not be written; the organisation itself is saved.</source>
        <translation>毎日のバックアップを書き出せませんでした。団体のデータ自体は保存されています。</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backups (*.backup *.kansa);;All files (*)</source>
        <translation>バックアップ (*.backup *.kansa);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Sign in to the backup %1</source>
        <translation>バックアップ %1 へのサインイン</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup&apos;s record does not hold together.</source>
        <translation>バックアップの記録が整合していないため、何も復元しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Replace %1 with the backup %2 (%n change-log entries, checked)? What the file holds now is kept in 「%3」 first.</source>
        <translation>
            <numerusform>%1 をバックアップ %2 (変更履歴 %n 件、検証済み) で置き換えますか? 現在のファイルの内容は、先に「%3」に保存します。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was restored from %2. What it held before is kept in %3. Sign in again.</source>
        <translation>%2 から %1 を復元しました。復元前の内容は %3 に保存してあります。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>記録の確認</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>%1 is read-only: it is opened for reading only. It can be read, printed and verified; to change it, copy it to a folder where you may write.</source>
        <translation>読み取り専用です: %1 は閲覧のみで開きます。閲覧、印刷及び検証ができます。変更するには、書き込みできるフォルダにコピーしてください。</translation>
    </message>
    <message>
        <source>Issued reports and year archives (*.pdf *.zip);;All files (*)</source>
        <translation>発行済み報告書と年度アーカイブ (*.pdf *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Archive a fiscal year…</source>
        <translation>年度アーカイブの作成(&amp;A)…</translation>
    </message>
    <message>
        <source>Year archive</source>
        <translation>年度アーカイブ</translation>
    </message>
    <message>
        <source>%1 is a year archive: it is opened for reading only, and every file in it matched its manifest. Its record is verified next.</source>
        <translation>%1 は年度アーカイブです。閲覧のみで開きます。含まれるすべてのファイルがマニフェストと一致しました。続いて記録を検証します。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>Archive a fiscal year</source>
        <translation>年度アーカイブの作成</translation>
    </message>
    <message>
        <source>The fiscal year to archive:</source>
        <translation>保存する年度:</translation>
    </message>
    <message>
        <source>Year archives (*.zip);;All files (*)</source>
        <translation>年度アーカイブ (*.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation>記録を検証しています…</translation>
    </message>
</context>
<context>
    <name>kansa::NewOrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>新しい団体</translation>
    </message>
    <message>
        <source>e.g. 桜ヶ丘村</source>
        <translation>例: 桜ヶ丘村</translation>
    </message>
    <message>
        <source>A new organisation will be created in %1. Its administrator manages the organisation and the accounts of the other users.</source>
        <translation>%1 に新しい団体を作成します。管理者は、団体の情報と他の利用者のアカウントを管理します。</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>団体名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>管理者のログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>Administrator&apos;s n&amp;ame:</source>
        <translation>管理者の氏名(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>パスワード (確認)(&amp;R):</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>団体名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s login name.</source>
        <translation>管理者のログイン名を入力してください。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>kansa::OrganisationPage</name>
    <message>
        <source>Last changed by %1, %2 %3</source>
        <translation>最終更新: %1、%2 %3</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>組織(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>職員(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fiscal years</source>
        <translation>年度(&amp;F)</translation>
    </message>
    <message>
        <source>Printed on every page of the reports (対策基準 2(2)②).</source>
        <translation>報告書の全ページに印字されます (対策基準 2(2)②)。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <source>Classification marking:</source>
        <translation>機密性表示:</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>組織を追加</translation>
    </message>
    <message>
        <source>Add sub-unit</source>
        <translation>下位組織を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV インポート…</translation>
    </message>
    <message>
        <source>Selected unit</source>
        <translation>選択中の組織</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>組織を保存</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード:</translation>
    </message>
    <message>
        <source>Drag a unit onto another to move it there, or between two units to change the order. F2 renames.</source>
        <translation>組織を別の組織の上にドラッグするとその下位に移動し、2 つの組織の間にドラッグすると順序を変更します。F2 キーで名称を変更できます。</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新しい組織</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>組織の削除</translation>
    </message>
    <message>
        <source>Remove 「%1」?</source>
        <translation>「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Search name, kana, staff number, e-mail…</source>
        <translation>氏名、ふりがな、職員番号、メールアドレスで検索…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべての役割</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%2 人中 %1 人</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>職員を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>すべての所属</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>職員の削除</translation>
    </message>
    <message>
        <source>Add the next fiscal year</source>
        <translation>次の年度を追加</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2～%3)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV インポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>組織のインポート</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>職員のインポート</translation>
    </message>
    <message>
        <source>The largest evidence file kept in the database (set by the administrator).</source>
        <translation>データベースに保存できる監査証拠ファイルの最大サイズです（システム管理者が設定します）。</translation>
    </message>
    <message>
        <source>Evidence files up to:</source>
        <translation>証拠ファイルの上限:</translation>
    </message>
    <message>
        <source>Set template…</source>
        <translation>テンプレートを設定…</translation>
    </message>
    <message>
        <source>A Word (DOCX) or OpenDocument (ODT) document whose cover, header and footer the reports start from, with placeholders such as {{団体名}} and {{文書番号}}.</source>
        <translation>報告書の表紙、ヘッダー及びフッターのもとになる Word (DOCX) 又は OpenDocument (ODT) の文書。{{団体名}}、{{文書番号}} などの差込み項目を使えます。</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Letterhead template</source>
        <translation>レターヘッドのテンプレート</translation>
    </message>
    <message>
        <source>Word or OpenDocument (*.docx *.odt)</source>
        <translation>Word 又は OpenDocument (*.docx *.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>レターヘッド:</translation>
    </message>
    <message>
        <source>Export the standard…</source>
        <translation>標準を書き出す…</translation>
    </message>
    <message>
        <source>Saves the standard letterhead as a DOCX template to start your own from.</source>
        <translation>標準のレターヘッドを DOCX のテンプレートとして保存します。自団体のテンプレートのもとにできます。</translation>
    </message>
</context>
<context>
    <name>kansa::OrganisationService</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>団体名を入力してください。</translation>
    </message>
    <message>
        <source>Unknown kind of organisation: %1</source>
        <translation>不明な団体の種別です: %1</translation>
    </message>
    <message>
        <source>The database already holds an organisation.</source>
        <translation>このデータベースには既に団体が登録されています。</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <translation>団体情報の変更</translation>
    </message>
    <message>
        <source>The classification marking printed on documents may not be empty.</source>
        <translation>文書に印字する機密性表示は空にできません。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>この組織は既に削除されています。</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>組織の名称を入力してください。</translation>
    </message>
    <message>
        <source>The unit name is too long (at most %1 characters).</source>
        <translation>組織の名称が長すぎます (%1 文字以内)。</translation>
    </message>
    <message>
        <source>The parent unit of 「%1」 no longer exists.</source>
        <translation>「%1」の上位組織は既に削除されています。</translation>
    </message>
    <message>
        <source>The unit code %1 is already used by 「%2」.</source>
        <translation>組織のコード %1 は既に「%2」で使用されています。</translation>
    </message>
    <message>
        <source>add a unit</source>
        <translation>組織の追加</translation>
    </message>
    <message>
        <source>change a unit</source>
        <translation>組織の変更</translation>
    </message>
    <message>
        <source>move a unit</source>
        <translation>組織の移動</translation>
    </message>
    <message>
        <source>「%1」 cannot be moved into one of its own sub-units.</source>
        <translation>「%1」を自身の下位組織へ移動することはできません。</translation>
    </message>
    <message>
        <source>remove a unit</source>
        <translation>組織の削除</translation>
    </message>
    <message>
        <source>「%1」 still has sub-units; move or remove them first.</source>
        <translation>「%1」には下位組織があります。先に下位組織を移動または削除してください。</translation>
    </message>
    <message>
        <source>「%1」 still has %2 people; move them to another unit first.</source>
        <translation>「%1」にはまだ %2 人の職員が所属しています。先に職員の所属を他の組織に変更してください。</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>この職員は既に削除されています。</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>The name, kana or e-mail of 「%1」 is too long (at most %2 characters).</source>
        <translation>「%1」の氏名、ふりがなまたはメールアドレスが長すぎます (%2 文字以内)。</translation>
    </message>
    <message>
        <source>The e-mail address of 「%1」 is not valid: %2</source>
        <translation>「%1」のメールアドレスが正しくありません: %2</translation>
    </message>
    <message>
        <source>The unit of 「%1」 no longer exists.</source>
        <translation>「%1」の所属は既に削除されています。</translation>
    </message>
    <message>
        <source>The staff number %1 is already used by 「%2」.</source>
        <translation>職員番号 %1 は既に「%2」で使用されています。</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <source>change a person</source>
        <translation>職員情報の変更</translation>
    </message>
    <message>
        <source>remove a person</source>
        <translation>職員の削除</translation>
    </message>
    <message>
        <source>add a fiscal year</source>
        <translation>年度の追加</translation>
    </message>
    <message>
        <source>The fiscal year %1 is out of range.</source>
        <translation>%1 年度は範囲外です。</translation>
    </message>
    <message>
        <source>The fiscal year %1 already exists.</source>
        <translation>%1 年度は既に登録されています。</translation>
    </message>
    <message>
        <source>The limit must be between 1 KB and 1 GB.</source>
        <translation>上限は 1 KB から 1 GB の間で指定してください。</translation>
    </message>
    <message>
        <source>Nobody changes their own roles: another administrator does.</source>
        <translation>自分の役割は変更できません。別のシステム管理者が変更します。</translation>
    </message>
    <message>
        <source>change the roles of people</source>
        <translation>職員の役割の変更</translation>
    </message>
    <message>
        <source>set the size limit of evidence files</source>
        <translation>証拠ファイルの上限の設定</translation>
    </message>
    <message>
        <source>remove a person who holds a security role</source>
        <translation>セキュリティ上の役割を持つ人を削除する</translation>
    </message>
</context>
<context>
    <name>kansa::PasswordDialog</name>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再入力(&amp;R):</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>kansa::PeopleTableModel</name>
    <message>
        <source>Last changed by %1</source>
        <translation>最終更新者: %1</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>職員番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
</context>
<context>
    <name>kansa::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>職員の編集</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(所属なし)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kana:</source>
        <translation>ふりがな(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Staff number:</source>
        <translation>職員番号(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>所属(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Roles (granted by the administrator)</source>
        <translation>役割 (システム管理者が付与)</translation>
    </message>
</context>
<context>
    <name>kansa::PlanTableModel</name>
    <message>
        <source>Overdue: an action is past its due date.</source>
        <translation>期限超過: 期限を過ぎた対応があります。</translation>
    </message>
    <message>
        <source>Carried over: still open from an earlier fiscal year.</source>
        <translation>繰越: 前年度以前から未完了のまま繰り越されています。</translation>
    </message>
    <message>
        <source>%1 (carried over)</source>
        <translation>%1 (繰越)</translation>
    </message>
    <message>
        <source>%1 · Overdue</source>
        <translation>%1 · 期限超過</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗率</translation>
    </message>
</context>
<context>
    <name>kansa::PolicyReviewDialog</name>
    <message>
        <source>obligation</source>
        <translation>義務</translation>
    </message>
    <message>
        <source>prohibition</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>努力義務</translation>
    </message>
    <message>
        <source>authority or permission</source>
        <translation>権限・許可</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Review the checklist drafted from %1</source>
        <translation>%1 から作成したチェックリスト案の確認</translation>
    </message>
    <message>
        <source>Search the clauses, questions and matches (/)</source>
        <translation>条項、質問、対応項目を検索 (/)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>New (no shipped item matched)</source>
        <translation>新規 (対応する同梱項目なし)</translation>
    </message>
    <message>
        <source>Weak matches (below 50%)</source>
        <translation>類似度の低い対応 (50% 未満)</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>採用 (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit (E)</source>
        <translation>編集 (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>不採用 (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Split (S)</source>
        <translation>分割 (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge with next (M)</source>
        <translation>次と統合 (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Next to review (N)</source>
        <translation>次の未確認 (&amp;N)</translation>
    </message>
    <message>
        <source>Save as our checklist…</source>
        <translation>自団体のチェックリストとして保存…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Proposed items</source>
        <translation>提案する項目</translation>
    </message>
    <message>
        <source>In the model checklist, not in your policy (%1)</source>
        <translation>MICモデルにあり、貴団体のポリシーにない項目 (%1)</translation>
    </message>
    <message>
        <source>Your policy&apos;s clause</source>
        <translation>貴団体のポリシーの条項</translation>
    </message>
    <message>
        <source>The item proposed</source>
        <translation>提案する項目</translation>
    </message>
    <message>
        <source>One per line: Japanese | English</source>
        <translation>1 行に 1 つ: 日本語 | 英語</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>質問:</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>英語:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Asked of:</source>
        <translation>回答する役割:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>確認資料:</translation>
    </message>
    <message>
        <source>The model checklist&apos;s item it matches</source>
        <translation>対応する同梱チェックリストの項目</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Similarity %1%</source>
        <translation>類似度 %1%</translation>
    </message>
    <message>
        <source>No item of the model checklist matches.</source>
        <translation>同梱チェックリストに対応する項目はありません。</translation>
    </message>
    <message>
        <source>Closest, too weak to take from: %1</source>
        <translation>最も近い項目 (類似度が低いため引き継ぎません): %1</translation>
    </message>
    <message>
        <source>Taken from: %1</source>
        <translation>引き継ぎ元: %1</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed: %3 accepted, %4 rejected, %5 edited</source>
        <translation>%2 項目中 %1 項目確認済: 採用 %3、不採用 %4、編集 %5</translation>
    </message>
    <message>
        <source>The next item is in another section: it cannot be merged.</source>
        <translation>次の項目は別の節にあるため、統合できません。</translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1, version %2, with %n item(s).</source>
        <translation>
            <numerusform>%1 の第 %2 版として %n 項目を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as our checklist</source>
        <translation>自団体のチェックリストとして保存</translation>
    </message>
    <message>
        <source>Checklist id:</source>
        <translation>チェックリスト ID:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>表題:</translation>
    </message>
    <message>
        <source>Title in English:</source>
        <translation>英語の表題:</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not reviewed yet. Save them as proposed (Yes), or only the accepted ones (No)?</source>
        <translation>
            <numerusform>%n 項目がまだ確認されていません。提案のまま保存しますか (はい)、それとも採用した項目だけを保存しますか (いいえ)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kansa::PostgresConnectionDialog</name>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation>PostgreSQL サーバーに接続</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Organisations that share one database between many users keep it on a PostgreSQL server. Ask your administrator for these details. Leave the user and password empty: you then sign in with your own Kansa login, which is your login on the server too.</source>
        <translation>多くの利用者で一つのデータベースを共有する団体は、PostgreSQL サーバに置きます。以下の内容は管理者に確認してください。ユーザーとパスワードは空のままにしてください。次の画面で自分の Kansa のログイン名でサインインします。これがサーバのログインにもなります。</translation>
    </message>
</context>
<context>
    <name>kansa::ProgressReportDialog</name>
    <message>
        <source>Report progress</source>
        <translation>進捗状況の報告</translation>
    </message>
    <message>
        <source>What was done since the last report</source>
        <translation>前回の報告以降に実施した内容</translation>
    </message>
    <message>
        <source>Documents or records that show it</source>
        <translation>実施したことを示す文書や記録</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>指摘事項:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>報告日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Percent done:</source>
        <translation>進捗率(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>実施内容(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>根拠資料(&amp;E):</translation>
    </message>
    <message>
        <source>A report cannot be changed afterwards; a correction is a new report.</source>
        <translation>報告は後から変更できません。訂正する場合は、新しい報告を登録してください。</translation>
    </message>
</context>
<context>
    <name>kansa::ProgressRequestsPanel</name>
    <message>
        <source>Requested on</source>
        <translation>依頼日</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Requests for progress reports</source>
        <translation>進捗状況の報告の依頼</translation>
    </message>
    <message>
        <source>Request progress…</source>
        <translation>進捗状況の報告を依頼…</translation>
    </message>
    <message>
        <source>Reports owed (open plans not reported on since the request)</source>
        <translation>未提出の報告 (依頼後に報告されていない未完了の改善計画)</translation>
    </message>
    <message>
        <source>Progress requests</source>
        <translation>進捗状況の報告依頼</translation>
    </message>
    <message>
        <source>All units with open plans</source>
        <translation>未完了の改善計画があるすべての組織</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (期限超過)</translation>
    </message>
    <message>
        <source>Request progress reports</source>
        <translation>進捗状況の報告の依頼</translation>
    </message>
    <message>
        <source>Please report the progress of your remediation plans.</source>
        <translation>改善計画の進捗状況を報告してください。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>組織(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Report by:</source>
        <translation>報告期限(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
</context>
<context>
    <name>kansa::RemediationPage</name>
    <message>
        <source>&amp;Action:</source>
        <translation>対応(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>Remediation plans</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>Cross-department checks</source>
        <translation>横断的な確認</translation>
    </message>
    <message>
        <source>Progress requests</source>
        <translation>進捗状況の報告依頼</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>期限超過のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Search unit, finding, summary</source>
        <translation>組織、指摘事項、概要で検索</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>組織(&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Propose a plan…</source>
        <translation>改善計画を提出…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>対応を追加…</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>対応完了</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>着手</translation>
    </message>
    <message>
        <source>Report completion</source>
        <translation>完了報告</translation>
    </message>
    <message>
        <source>Report progress…</source>
        <translation>進捗状況を報告…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>確認…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>差し戻し…</translation>
    </message>
    <message>
        <source>Accept risk…</source>
        <translation>リスク受容…</translation>
    </message>
    <message>
        <source>Ask other units…</source>
        <translation>他の組織に確認を依頼…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>進捗状況の報告</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>報告日</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗率</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>実施内容</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠資料</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>入力者・入力日時</translation>
    </message>
    <message>
        <source>Reports are kept as entered; a correction is a new report.</source>
        <translation>報告は入力したとおりに保存されます。訂正する場合は、新しい報告を登録してください。</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (今年度)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>すべての組織</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n 件の改善計画</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, valid %3 to %4</source>
        <translation>%1 — %2、有効期間 %3～%4</translation>
    </message>
    <message>
        <source>exception #%1</source>
        <translation>例外措置 #%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a plan in the list.&lt;/i&gt;</source>
        <translation>&lt;i&gt;一覧から改善計画を選択してください。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>繰越</translation>
    </message>
    <message>
        <source>Overdue: an action is past its due date.</source>
        <translation>期限超過: 期限を過ぎた対応があります。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>finding #%1</source>
        <translation>指摘事項 #%1</translation>
    </message>
    <message>
        <source>Raised by a cross-department check of</source>
        <translation>次の指摘事項に関する横断的な確認により登録</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>確認メモ</translation>
    </message>
    <message>
        <source>Exception (risk accepted)</source>
        <translation>例外措置 (リスク受容)</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>完了日: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (期限超過)</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Propose a plan</source>
        <translation>改善計画の提出</translation>
    </message>
    <message>
        <source>Every finding of your unit already has a plan.</source>
        <translation>所属のすべての指摘事項について、改善計画が提出済みです。</translation>
    </message>
    <message>
        <source>Propose a remediation plan</source>
        <translation>改善計画の提出</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>指摘事項(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
    <message>
        <source>First action (add more afterwards):</source>
        <translation>最初の対応 (後から追加できます):</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>対応の追加</translation>
    </message>
    <message>
        <source>Report the plan for “%1” as completed? An auditor then verifies it.</source>
        <translation>「%1」の改善計画の完了を報告しますか？報告後、監査人が確認します。</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>指摘事項:</translation>
    </message>
    <message>
        <source>Verify the plan</source>
        <translation>改善計画の確認</translation>
    </message>
    <message>
        <source>&amp;What was checked:</source>
        <translation>確認した内容(&amp;W):</translation>
    </message>
    <message>
        <source>Send the plan back</source>
        <translation>改善計画の差し戻し</translation>
    </message>
    <message>
        <source>&amp;What is missing:</source>
        <translation>不足している内容(&amp;W):</translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>%1 has no approved exception that is still valid. The unit requests one in the exceptions register first.</source>
        <translation>%1 には、承認済みで有効期間内の例外措置がありません。先に、組織が例外措置台帳で例外措置を申請してください。</translation>
    </message>
    <message>
        <source>Accept the risk</source>
        <translation>リスクの受容</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (有効期限 %2)</translation>
    </message>
    <message>
        <source>&amp;Exception:</source>
        <translation>例外措置(&amp;E):</translation>
    </message>
    <message>
        <source>Ask other units to check</source>
        <translation>他の組織への確認の依頼</translation>
    </message>
    <message>
        <source>&amp;All units (every section but the finding&apos;s own)</source>
        <translation>すべての組織 (指摘を受けた組織を除くすべての課室)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>確認事項(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Answer by:</source>
        <translation>回答期限(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>組織(&amp;U):</translation>
    </message>
    <message>
        <source>Choose the units to ask, or all units.</source>
        <translation>確認を依頼する組織を選択するか、「すべての組織」を選択してください。</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>確認した証拠</translation>
    </message>
    <message>
        <source>&amp;Evidence seen:</source>
        <translation>確認した証拠(&amp;E):</translation>
    </message>
    <message>
        <source>Condition found</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>改善提案</translation>
    </message>
    <message>
        <source>Plan history…</source>
        <translation>改善計画の変更履歴…</translation>
    </message>
    <message>
        <source>Who changed this plan, its actions and progress reports, and when</source>
        <translation>この改善計画、対策及び進捗報告をだれがいつ変更したか</translation>
    </message>
    <message>
        <source>the plan for 「%1」</source>
        <translation>「%1」の改善計画</translation>
    </message>
</context>
<context>
    <name>kansa::RemediationService</name>
    <message>
        <source>The finding no longer exists.</source>
        <translation>指摘事項はすでに存在しません。</translation>
    </message>
    <message>
        <source>propose a remediation plan</source>
        <translation>改善計画の提出</translation>
    </message>
    <message>
        <source>A remediation plan needs a summary and at least one action with an owner and a due date.</source>
        <translation>改善計画には概要と、担当者と期限のある対応が 1 件以上必要です。</translation>
    </message>
    <message>
        <source>The finding already has a remediation plan.</source>
        <translation>この指摘事項にはすでに改善計画があります。</translation>
    </message>
    <message>
        <source>plan remediation actions</source>
        <translation>改善の対応の計画</translation>
    </message>
    <message>
        <source>The plan is %1: its actions can no longer change.</source>
        <translation>計画は%1のため、対応は変更できません。</translation>
    </message>
    <message>
        <source>An action needs a description, an owner and a due date.</source>
        <translation>対応には内容、担当者及び期限が必要です。</translation>
    </message>
    <message>
        <source>complete remediation actions</source>
        <translation>改善の対応の完了</translation>
    </message>
    <message>
        <source>action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>A plan cannot go from %1 to %2.</source>
        <translation>計画を%1から%2にすることはできません。</translation>
    </message>
    <message>
        <source>change the status of the plan</source>
        <translation>計画の状態の変更</translation>
    </message>
    <message>
        <source>Write what was checked (or what is missing) in the verification note.</source>
        <translation>確認した内容 (または不足している内容) を確認メモに記入してください。</translation>
    </message>
    <message>
        <source>Accepting a risk needs an approved exception that is still valid.</source>
        <translation>リスク受容には、承認済みで有効期間内の例外措置が必要です。</translation>
    </message>
    <message>
        <source>report progress</source>
        <translation>進捗状況の報告</translation>
    </message>
    <message>
        <source>A progress report needs its date, a percentage from 0 to 100 and what was done.</source>
        <translation>進捗状況の報告には、日付、0 から 100 までの進捗率及び実施内容が必要です。</translation>
    </message>
    <message>
        <source>An exception names the items it departs from and the reason.</source>
        <translation>例外措置には、対象となる項目と理由が必要です。</translation>
    </message>
    <message>
        <source>An approved exception needs its term and the date of its next review.</source>
        <translation>承認する例外措置には、期間と次回の見直し日が必要です。</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>Write what the units are to check.</source>
        <translation>組織に確認を依頼する事項を入力してください。</translation>
    </message>
    <message>
        <source>Choose at least one unit other than the finding&apos;s own.</source>
        <translation>指摘を受けた組織以外の組織を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>The cross-department check no longer exists.</source>
        <translation>この横断的な確認は既に削除されています。</translation>
    </message>
    <message>
        <source>answer a cross-department check for this unit</source>
        <translation>この組織の横断的な確認への回答</translation>
    </message>
    <message>
        <source>The unit has already answered this check.</source>
        <translation>この組織はこの確認に既に回答しています。</translation>
    </message>
    <message>
        <source>Answer whether the same problem exists in the unit, with a note of what was checked.</source>
        <translation>組織に同じ問題があるかどうかを、確認した内容とともに回答してください。</translation>
    </message>
    <message>
        <source>Found by a cross-department check: %1</source>
        <translation>横断的な確認により判明: %1</translation>
    </message>
    <message>
        <source>cross-department check</source>
        <translation>横断的な確認</translation>
    </message>
    <message>
        <source>A request for progress needs a date that has not passed.</source>
        <translation>報告期限には今日以降の日付を指定してください。</translation>
    </message>
    <message>
        <source>Name the evidence seen when verifying: documents, records or screens.</source>
        <translation>確認の際に見た証拠（文書、記録、画面など）を記入してください。</translation>
    </message>
    <message>
        <source>A decision on an exception gives its reason.</source>
        <translation>例外の判断には理由を記入してください。</translation>
    </message>
    <message>
        <source>see this remediation plan</source>
        <translation>この改善計画の閲覧</translation>
    </message>
    <message>
        <source>The remediation plan no longer exists.</source>
        <translation>その改善計画はもう存在しません。</translation>
    </message>
    <message>
        <source>verify this plan</source>
        <translation>この改善計画の確認</translation>
    </message>
    <message>
        <source>accept a risk</source>
        <translation>リスクの受容</translation>
    </message>
    <message>
        <source>request an exception for this unit</source>
        <translation>この組織の例外申請</translation>
    </message>
    <message>
        <source>decide exceptions</source>
        <translation>例外の決裁</translation>
    </message>
    <message>
        <source>ask other units to check</source>
        <translation>他組織への横展開の依頼</translation>
    </message>
    <message>
        <source>request progress reports</source>
        <translation>進捗報告の依頼</translation>
    </message>
</context>
<context>
    <name>kansa::ReportPageView</name>
    <message>
        <source>Page %1 is being laid out…</source>
        <translation>%1 ページ目をレイアウトしています…</translation>
    </message>
</context>
<context>
    <name>kansa::ReportPreview</name>
    <message>
        <source>Composing the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>ページ幅</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Counting the pages…</source>
        <translation>ページ数を数えています…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the pages… %1</source>
        <translation>ページ数を数えています… %1</translation>
    </message>
</context>
<context>
    <name>kansa::ReportService</name>
    <message>
        <source>Audit report</source>
        <translation>監査報告書</translation>
    </message>
    <message>
        <source>Audit result notice</source>
        <translation>監査結果通知書</translation>
    </message>
    <message>
        <source>Remediation progress report</source>
        <translation>改善状況報告書</translation>
    </message>
    <message>
        <source>Self-inspection summary</source>
        <translation>自己点検結果集計表</translation>
    </message>
    <message>
        <source>There is no audit in %1.</source>
        <translation>%1 の監査はありません。</translation>
    </message>
    <message>
        <source>There are no findings.</source>
        <translation>指摘事項はありません。</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2…)</source>
        <translation>ファイル: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Finding %1 [%2] %3 — %4</source>
        <translation>指摘事項 %1 [%2] %3 — %4</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Condition found</source>
        <translation>現状 (発見事項)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>監査基準 (根拠)</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>改善提案</translation>
    </message>
    <message>
        <source>Auditor&apos;s notes</source>
        <translation>監査人のメモ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>監査証拠</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>改善状況</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>改善計画未提出</translation>
    </message>
    <message>
        <source>%1 Information security audit report</source>
        <translation>%1 情報セキュリティ監査報告書</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>発行日: %1</translation>
    </message>
    <message>
        <source>Chief auditor: %1</source>
        <translation>情報セキュリティ監査統括責任者: %1</translation>
    </message>
    <message>
        <source>Handling: %1</source>
        <translation>取扱区分: %1</translation>
    </message>
    <message>
        <source>1. Overview of the audit</source>
        <translation>1 監査の概要</translation>
    </message>
    <message>
        <source>%1 (chief auditor)</source>
        <translation>%1 (情報セキュリティ監査統括責任者)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>監査の目的</translation>
    </message>
    <message>
        <source>Units audited</source>
        <translation>監査対象組織</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): </source>
        <translation>
            <numerusform>%n 組織: </numerusform>
        </translation>
    </message>
    <message>
        <source>Chapters in scope</source>
        <translation>監査対象の章</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>監査期間</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>監査チーム</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>監査基準</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1 (第 %2 版)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>実施方法</translation>
    </message>
    <message>
        <source>Plan approved on</source>
        <translation>監査実施計画の承認日</translation>
    </message>
    <message>
        <source>2. Overall opinion</source>
        <translation>2 総評</translation>
    </message>
    <message>
        <source>The chief auditor has not written the overall opinion yet.</source>
        <translation>情報セキュリティ監査統括責任者が総評をまだ記入していません。</translation>
    </message>
    <message>
        <source>3. Audit results</source>
        <translation>3 監査結果</translation>
    </message>
    <message>
        <source>Compliance rate = items conforming ÷ (conforming + partly conforming + non-conforming); items not applicable or not yet assessed are not counted.</source>
        <translation>適合率 = 適合の項目数 ÷ (適合 + 一部適合 + 不適合の項目数)。該当なし及び未評価の項目は含めません。</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>一部適合</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>適合率 (%)</translation>
    </message>
    <message>
        <source>Previous year %</source>
        <translation>前年度 (%)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>3.1 Compliance by chapter</source>
        <translation>3.1 章別の適合率</translation>
    </message>
    <message>
        <source>Compliance by chapter (%)</source>
        <translation>章別の適合率 (%)</translation>
    </message>
    <message>
        <source>Compliance by chapter</source>
        <translation>章別の適合率</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>3.2 Compliance by unit</source>
        <translation>3.2 組織別の適合率</translation>
    </message>
    <message>
        <source>The %1 units with the lowest compliance (%)</source>
        <translation>適合率の低い %1 組織 (%)</translation>
    </message>
    <message>
        <source>Compliance by unit (%)</source>
        <translation>組織別の適合率 (%)</translation>
    </message>
    <message>
        <source>Compliance by unit</source>
        <translation>組織別の適合率</translation>
    </message>
    <message>
        <source>4. Findings</source>
        <translation>4 指摘事項</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): major %1, minor %2, advice %3.</source>
        <translation>
            <numerusform>指摘事項は %n 件 (重大 %1 件、指摘 %2 件、助言 %3 件) です。</numerusform>
        </translation>
    </message>
    <message>
        <source>5. Comparison with the previous year</source>
        <translation>5 前年度との比較</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>重要度別の指摘事項数</translation>
    </message>
    <message>
        <source>Compliance by chapter, year on year</source>
        <translation>章別の適合率の前年度比較</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>増減 (ポイント)</translation>
    </message>
    <message>
        <source>6. Remediation of the previous year&apos;s findings</source>
        <translation>6 前年度指摘事項の改善状況</translation>
    </message>
    <message>
        <source>Remediation of the previous year&apos;s findings</source>
        <translation>前年度指摘事項の改善状況</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Closed on / next due</source>
        <translation>完了日 / 次の期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>The previous year&apos;s audit left no remediation plans.</source>
        <translation>前年度の監査による改善計画はありません。</translation>
    </message>
    <message>
        <source>7. Remarks</source>
        <translation>7 特記事項</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>特になし。</translation>
    </message>
    <message>
        <source>Appendix: results per unit and item</source>
        <translation>付録 部署別・項目別の監査結果</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>団体全体</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>There is no such unit.</source>
        <translation>該当する組織がありません。</translation>
    </message>
    <message>
        <source>%1 Information security audit result notice</source>
        <translation>%1 情報セキュリティ監査結果通知書</translation>
    </message>
    <message>
        <source>To the head of %1</source>
        <translation>%1長 様</translation>
    </message>
    <message>
        <source>From %1, chief auditor</source>
        <translation>情報セキュリティ監査統括責任者 %1</translation>
    </message>
    <message>
        <source>The %1 information security audit of your unit is complete. Its results are set out below.</source>
        <translation>貴所属に対する%1情報セキュリティ監査が終了しましたので、その結果を下記のとおり通知します。</translation>
    </message>
    <message>
        <source>1. Results</source>
        <translation>1 監査結果</translation>
    </message>
    <message>
        <source>Items assessed</source>
        <translation>評価済み項目数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Partly conforming</source>
        <translation>一部適合</translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項数</translation>
    </message>
    <message>
        <source>2. Findings</source>
        <translation>2 指摘事項</translation>
    </message>
    <message>
        <source>3. Request</source>
        <translation>3 依頼事項</translation>
    </message>
    <message>
        <source>For each finding, enter a remediation plan (actions, the person responsible and due dates) in Kansa by %1.</source>
        <translation>各指摘事項について、%1 までに改善計画 (対応内容、担当者及び期限) を Kansa に登録してください。</translation>
    </message>
    <message>
        <source>%1 Remediation progress report</source>
        <translation>%1 改善状況報告書</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>1. Plans by status</source>
        <translation>1 状態別の改善計画</translation>
    </message>
    <message>
        <source>The year&apos;s plans and the open plans carried over from earlier years.</source>
        <translation>当該年度の改善計画及び前年度以前から繰り越された未完了の改善計画です。</translation>
    </message>
    <message>
        <source>Plans by status</source>
        <translation>状態別の改善計画</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>計画数</translation>
    </message>
    <message>
        <source>Of which carried over</source>
        <translation>うち繰越</translation>
    </message>
    <message>
        <source>Plans by unit</source>
        <translation>組織別の改善計画</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>2. Overdue plans</source>
        <translation>2 期限超過の改善計画</translation>
    </message>
    <message>
        <source>Overdue plans</source>
        <translation>期限超過の改善計画</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>期限超過の対応</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (期限 %2)</translation>
    </message>
    <message>
        <source>No plan is overdue.</source>
        <translation>期限超過の改善計画はありません。</translation>
    </message>
    <message>
        <source>3. Progress reported since %1</source>
        <translation>3 %1 以降の進捗状況の報告</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>進捗状況の報告</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>報告日</translation>
    </message>
    <message>
        <source>%</source>
        <translation>進捗率 (%)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>実施内容</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>入力者</translation>
    </message>
    <message>
        <source>No progress was reported in this period.</source>
        <translation>この期間の進捗状況の報告はありません。</translation>
    </message>
    <message>
        <source>Progress reports requested and not yet received</source>
        <translation>依頼済みで未提出の進捗状況の報告</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>4. Exceptions</source>
        <translation>4 例外措置</translation>
    </message>
    <message>
        <source>Exceptions in force</source>
        <translation>有効な例外措置</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>対象項目</translation>
    </message>
    <message>
        <source>Compensating measures</source>
        <translation>代替措置</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>要見直し</translation>
    </message>
    <message>
        <source>No exception has been approved.</source>
        <translation>承認された例外措置はありません。</translation>
    </message>
    <message>
        <source>5. Cross-department checks</source>
        <translation>5 横断的な確認</translation>
    </message>
    <message>
        <source>Cross-department checks</source>
        <translation>横断的な確認</translation>
    </message>
    <message>
        <source>Units asked</source>
        <translation>対象組織数</translation>
    </message>
    <message>
        <source>Exists</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Does not exist</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>No cross-department check was asked.</source>
        <translation>横断的な確認の依頼はありません。</translation>
    </message>
    <message>
        <source>%1 Self-inspection summary</source>
        <translation>%1 自己点検結果集計表</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>提出期限</translation>
    </message>
    <message>
        <source>Answers ○ by unit and chapter (%)</source>
        <translation>組織別・章別の ○ の割合 (%)</translation>
    </message>
    <message>
        <source>○ ÷ (○ + △ + ×) of the items the unit answered in the chapter; — where nothing was answered.</source>
        <translation>章内で組織が回答した項目に占める ○ の割合 (○ ÷ (○ + △ + ×)) です。回答がない場合は — と表示します。</translation>
    </message>
    <message>
        <source>Answers ○ by unit and chapter</source>
        <translation>組織別・章別の ○ の割合</translation>
    </message>
    <message>
        <source>Items most often answered ×</source>
        <translation>× の回答が多い項目</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>組織数</translation>
    </message>
    <message>
        <source>No item was answered ×.</source>
        <translation>× と回答された項目はありません。</translation>
    </message>
    <message>
        <source>Comparison with the audit</source>
        <translation>監査結果との比較</translation>
    </message>
    <message>
        <source>Where a unit&apos;s answer and the audit of the same year disagree; ★ marks an item answered ○ that the audit found not conforming.</source>
        <translation>組織の回答と同じ年度の監査結果が一致しない項目です。★ は、○ と回答したものの監査で適合とされなかった項目を示します。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Audit result</source>
        <translation>監査結果</translation>
    </message>
    <message>
        <source>The answers agree with the audit.</source>
        <translation>回答は監査結果と一致しています。</translation>
    </message>
    <message>
        <source>There is no self-inspection in %1.</source>
        <translation>%1 の自己点検はありません。</translation>
    </message>
    <message>
        <source>Unknown report text: %1</source>
        <translation>不明な報告書の文章です: %1</translation>
    </message>
    <message>
        <source>report text</source>
        <translation>報告書の文章</translation>
    </message>
    <message>
        <source>The report text was removed by someone else.</source>
        <translation>報告書の文章は、他の利用者によって削除されました。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The issued report no longer exists, or is not yours to see.</source>
        <translation>発行済みの報告書が存在しないか、閲覧する権限がありません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Remediation plans</source>
        <translation>改善計画一覧</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>完了確認日</translation>
    </message>
    <message>
        <source>Exceptions register</source>
        <translation>例外措置台帳</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申請日</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間開始日</translation>
    </message>
    <message>
        <source>Information systems</source>
        <translation>対象情報システム</translation>
    </message>
    <message>
        <source>not named in the plan</source>
        <translation>計画に記載なし</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>判断の理由</translation>
    </message>
    <message>
        <source>read this report</source>
        <translation>この報告書の閲覧</translation>
    </message>
    <message>
        <source>read this unit&apos;s notice</source>
        <translation>この組織の監査結果通知書の閲覧</translation>
    </message>
    <message>
        <source>read the summary of %1</source>
        <translation>%1 の取りまとめの閲覧</translation>
    </message>
    <message>
        <source>write the report&apos;s texts</source>
        <translation>報告書の文章の記入</translation>
    </message>
    <message>
        <source>issue this report</source>
        <translation>この報告書の発行</translation>
    </message>
    <message>
        <source>Record check: when this report was issued, the change log held %1 entries, the last with the hash %2. kansa-cli verify --against this PDF proves that nothing recorded before it has been changed since.</source>
        <translation>記録の検証: この報告書の発行時、変更履歴は %1 件で、最後の記録のハッシュは %2 でした。kansa-cli verify --against にこの PDF を渡すと、発行前の記録がその後変更されていないことを確かめられます。</translation>
    </message>
    <message>
        <source>Chair of the information security committee</source>
        <translation>情報セキュリティ委員会委員長</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>%1長</translation>
    </message>
    <message>
        <source>Chief information security officer</source>
        <translation>最高情報セキュリティ責任者</translation>
    </message>
</context>
<context>
    <name>kansa::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>With the appendix of results per unit and item</source>
        <translation>付録 (部署別・項目別の監査結果) を含める</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>報告書:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument テキスト (*.odt)</translation>
    </message>
    <message>
        <source>Tables as XLSX…</source>
        <translation>表を XLSX で出力…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Tables as CSV…</source>
        <translation>表を CSV で出力…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Issue for the record</source>
        <translation>記録として発行</translation>
    </message>
    <message>
        <source>The chief auditor&apos;s texts of the audit report</source>
        <translation>監査報告書の文章 (情報セキュリティ監査統括責任者が記入)</translation>
    </message>
    <message>
        <source>2. Overall opinion:</source>
        <translation>2 総評:</translation>
    </message>
    <message>
        <source>7. Remarks:</source>
        <translation>7 特記事項:</translation>
    </message>
    <message>
        <source>Save the texts</source>
        <translation>文章を保存</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>発行済みの報告書</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Save the issued PDF…</source>
        <translation>発行した PDF を保存…</translation>
    </message>
    <message>
        <source>To the security committee: overview, overall opinion, results by chapter and unit, every finding with its notes and evidence, the comparison with last year and the remediation of last year&apos;s findings.</source>
        <translation>情報セキュリティ委員会宛て: 監査の概要、総評、章別・組織別の監査結果、メモ及び監査証拠を含むすべての指摘事項、前年度との比較並びに前年度指摘事項の改善状況。</translation>
    </message>
    <message>
        <source>To one unit: its results and findings, and the date by which it is to enter its remediation plans.</source>
        <translation>組織宛て: その組織の監査結果と指摘事項、及び改善計画の登録期限。</translation>
    </message>
    <message>
        <source>The CISO&apos;s report: plans by status and unit, overdue plans, progress since the last issued report, exceptions in force and cross-department checks.</source>
        <translation>CISO 向けの報告書: 状態別・組織別の改善計画、期限超過の改善計画、前回発行以降の進捗状況、有効な例外措置及び横断的な確認。</translation>
    </message>
    <message>
        <source>Per campaign: ○ by unit and chapter, the items most often answered ×, and where the answers disagree with the audit.</source>
        <translation>自己点検ごと: 組織別・章別の ○ の割合、× の回答が多い項目、及び回答が監査結果と一致しない項目。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>報告書の保存</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>Keep this report as issued today, with its PDF and SHA-256? An issued report cannot be changed.</source>
        <translation>この報告書を本日付けで発行し、PDF 及び SHA-256 とともに記録しますか？発行した報告書は変更できません。</translation>
    </message>
    <message>
        <source>Save the issued PDF</source>
        <translation>発行した PDF の保存</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を作成しています…</translation>
    </message>
    <message>
        <source>e.g. 桜監第12号, shown where the letterhead has {{文書番号}}</source>
        <translation>例: 桜監第12号 (レターヘッドの {{文書番号}} に表示)</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文書番号:</translation>
    </message>
    <message>
        <source>Word (DOCX)…</source>
        <translation>Word (DOCX)…</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>ODT (LibreOffice)…</source>
        <translation>ODT (LibreOffice)…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .docx, .odt, .xlsx or .csv.</source>
        <translation>拡張子が .pdf、.docx、.odt、.xlsx 又は .csv のファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>kansa::SelfInspectionService</name>
    <message>
        <source>The self-inspection campaign no longer exists.</source>
        <translation>この自己点検は既に削除されています。</translation>
    </message>
    <message>
        <source>The campaign needs a title.</source>
        <translation>自己点検のタイトルを入力してください。</translation>
    </message>
    <message>
        <source>The campaign needs at least one unit.</source>
        <translation>自己点検の対象組織を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>The checklist %1 is not in the library.</source>
        <translation>チェックリスト %1 はライブラリにありません。</translation>
    </message>
    <message>
        <source>The unit is not part of this self-inspection campaign.</source>
        <translation>この組織はこの自己点検の対象ではありません。</translation>
    </message>
    <message>
        <source>The answers are %1 and locked until the campaign&apos;s owner returns them.</source>
        <translation>回答は%1のため、自己点検の実施責任者が差し戻すまで変更できません。</translation>
    </message>
    <message>
        <source>The item %1 is not part of this campaign.</source>
        <translation>項目 %1 はこの自己点検の対象ではありません。</translation>
    </message>
    <message>
        <source>The answer to %1 has been removed in the meantime.</source>
        <translation>%1 への回答は、その間に削除されました。</translation>
    </message>
    <message>
        <source>self-inspection</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>Only people of the unit can answer for it.</source>
        <translation>組織の回答を入力できるのは、その組織に所属する職員のみです。</translation>
    </message>
    <message>
        <source>The answers are already %1.</source>
        <translation>回答は既に%1です。</translation>
    </message>
    <message>
        <source>accept answers</source>
        <translation>回答の受理</translation>
    </message>
    <message>
        <source>Only submitted answers can be accepted.</source>
        <translation>受理できるのは、提出済の回答のみです。</translation>
    </message>
    <message>
        <source>return answers for rework</source>
        <translation>回答の差し戻し</translation>
    </message>
    <message>
        <source>Say why the answers go back, so the unit knows what to rework.</source>
        <translation>組織が修正すべき点が分かるように、差し戻しの理由を入力してください。</translation>
    </message>
    <message>
        <source>Only submitted or accepted answers can be returned.</source>
        <translation>差し戻しできるのは、提出済または受理済の回答のみです。</translation>
    </message>
    <message>
        <source>import returned workbooks</source>
        <translation>返送されたワークブックのインポート</translation>
    </message>
    <message>
        <source>The unit&apos;s answers were accepted; return them for rework before importing again.</source>
        <translation>この組織の回答は受理済です。再度インポートするには、先に差し戻してください。</translation>
    </message>
    <message>
        <source>see this unit&apos;s self-inspection</source>
        <translation>この組織の自己点検の閲覧</translation>
    </message>
    <message>
        <source>start a self-inspection campaign</source>
        <translation>自己点検の開始</translation>
    </message>
    <message>
        <source>answer for this unit</source>
        <translation>この組織の回答</translation>
    </message>
    <message>
        <source>delegate answering</source>
        <translation>回答者の指名</translation>
    </message>
    <message>
        <source>submit the answers</source>
        <translation>回答の提出</translation>
    </message>
</context>
<context>
    <name>kansa::SelfInspectionsPage</name>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>提出期限</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出済</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>Returned because</source>
        <translation>差し戻しの理由</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Units answering ×</source>
        <translation>× と回答した所属数</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新しい自己点検…</translation>
    </message>
    <message>
        <source>Export workbooks…</source>
        <translation>ワークブックを出力…</translation>
    </message>
    <message>
        <source>Import returned workbooks…</source>
        <translation>返送されたワークブックを取り込む…</translation>
    </message>
    <message>
        <source>Answer for my unit…</source>
        <translation>自分の所属の回答…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Return for rework…</source>
        <translation>差し戻し…</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Units × chapters</source>
        <translation>所属 × 章</translation>
    </message>
    <message>
        <source>Most often ×</source>
        <translation>× の多い項目</translation>
    </message>
    <message>
        <source>Compared with the audit</source>
        <translation>監査結果との比較</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Answered %1 of %2 (%3%)</source>
        <translation>回答済み %1 / %2 項目 (%3%)</translation>
    </message>
    <message>
        <source>Ch. %1</source>
        <translation>第%1章</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Partly conforming</source>
        <translation>一部適合</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Self-inspections</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>New self-inspection campaign</source>
        <translation>新しい自己点検</translation>
    </message>
    <message>
        <source>%1 staff self-inspection</source>
        <translation>%1 職員情報セキュリティ自己点検</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>提出期限(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Units asked:</source>
        <translation>対象の所属(&amp;U):</translation>
    </message>
    <message>
        <source>Export workbooks to</source>
        <translation>ワークブックの出力先</translation>
    </message>
    <message>
        <source>Export workbooks</source>
        <translation>ワークブックの出力</translation>
    </message>
    <message>
        <source>%1 workbooks written to %2.</source>
        <translation>%1 件のワークブックを %2 に出力しました。</translation>
    </message>
    <message>
        <source>Import returned workbooks</source>
        <translation>返送されたワークブックの取り込み</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>ワークブック (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 changed, %5 unchanged</source>
        <translation>%1 (%2): 新規 %3 件、変更 %4 件、変更なし %5 件</translation>
    </message>
    <message>
        <source>Import the workbooks without problems?</source>
        <translation>問題のないワークブックを取り込みますか?</translation>
    </message>
    <message>
        <source>%1 answers written.</source>
        <translation>回答 %1 件を書き込みました。</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>What is to be reworked?</source>
        <translation>何を修正すべきかを記入してください。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>You can answer only for your own unit, as its section security manager or their delegate.</source>
        <translation>回答できるのは自分の所属についてのみで、情報セキュリティ管理者またはその委任を受けた職員に限られます。</translation>
    </message>
    <message>
        <source>Self-inspection: answers</source>
        <translation>自己点検: 回答</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Delegate answering…</source>
        <translation>回答の委任…</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>チェックリスト(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;hapters asked:</source>
        <translation>対象の章(&amp;H):</translation>
    </message>
    <message>
        <source>Delegate answering</source>
        <translation>回答の委任</translation>
    </message>
    <message>
        <source>Who of your unit may answer this self-inspection?</source>
        <translation>この自己点検に回答できる所属の職員を選んでください。</translation>
    </message>
    <message>
        <source>%1 may now answer for your unit.</source>
        <translation>%1 さんが所属の回答をできるようになりました。</translation>
    </message>
    <message>
        <source>None of the workbooks was imported.</source>
        <translation>どのワークブックもインポートしていません。</translation>
    </message>
</context>
<context>
    <name>kansa::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the system (Japanese on a Japanese system)</source>
        <translation>システムの設定に従う (日本語環境では日本語)</translation>
    </message>
    <message>
        <source>Japanese era (%1)</source>
        <translation>和暦 (%1)</translation>
    </message>
    <message>
        <source>Western (%1)</source>
        <translation>西暦 (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>暦(&amp;C):</translation>
    </message>
    <message>
        <source>The classification marking printed on documents belongs to the organisation: change it under Organisation.</source>
        <translation>文書に印字する機密性表示は団体ごとの設定です。「団体」で変更してください。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>When an organisation&apos;s file is closed, a checked copy of it is kept once a day in the folder 「NAME backups」 beside it; this many of the newest stay.</source>
        <translation>団体のファイルを閉じるとき、1 日に 1 回、検査済みの複製を隣のフォルダー「NAME backups」に保存します。新しいものからこの数だけ残します。</translation>
    </message>
    <message>
        <source>Daily &amp;backups kept:</source>
        <translation>毎日のバックアップの保存数(&amp;B):</translation>
    </message>
</context>
<context>
    <name>kansa::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>%1 にサインインします。</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
</context>
<context>
    <name>kansa::UnitTreeModel</name>
    <message>
        <source>Last changed by %1</source>
        <translation>最終更新者: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
</context>
</TS>
