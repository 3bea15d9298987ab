#!/usr/bin/python3
"""Makes the DOCX and PDF test policies of this folder (python3-docx and LibreOffice Writer):
    cd tests/data/policies && /usr/bin/python3 make-documents.py
    soffice --headless --convert-to pdf articles-pages.docx && rm articles-pages.docx
docx-outline.docx: an outline with a table; articles-pages.pdf: three pages of articles, each with a running
header and a page number in its footer."""
import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

def docx_policy(path, header, pages, table=None):
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    fp.add_run('- ')
    fp._p.append(parse_xml('<w:fldSimple %s w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls('w')))
    fp.add_run(' -')
    for i, page in enumerate(pages):
        if i:
            d.add_page_break()
        for line in page:
            d.add_paragraph(line)
        if table and i == table[0]:
            t = d.add_table(rows=len(table[1]), cols=2)
            for r, row in enumerate(table[1]):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    d.save(path)

docx_policy('docx-outline.docx', '◇◇市情報セキュリティ対策基準（抜粋）', [[
    '◇◇市情報セキュリティ対策基準（抜粋）',
    '1 情報資産の管理',
    '(1) 情報資産の分類',
    '① 情報セキュリティ管理者は、所管する情報資産を次の表により分類しなければならない。',
    ]], table=(0, [['分類', '取扱い'], ['自治体機密性２', '必要以上の複製の禁止'], ['自治体機密性１', '－']]))
# The text after the table.
d = docx.Document('docx-outline.docx')
for line in ['(2) 情報資産の持出し',
             '① 職員等は、情報資産を庁外に持ち出す場合には、情報セキュリティ管理者の許可を得なければならない。',
             '② 職員等は、次の事項を守らなければならない。',
             '（ア）持ち出した情報資産を車内に放置してはならない。',
             '（イ）持ち出した情報資産の紛失に気付いた場合は、速やかに情報セキュリティ管理者に報告すること。',
             '2 情報システムの管理',
             '(1) バックアップ',
             '情報システム管理者は、重要なデータのバックアップを定期的に取得しなければならない。']:
    d.add_paragraph(line)
d.save('docx-outline.docx')

docx_policy('articles-pages.docx', '☆☆町情報セキュリティ対策基準', [
    ['☆☆町情報セキュリティ対策基準',
     '第1条 この基準は、☆☆町の情報資産を守るために必要な対策を定める。',
     '（管理区域の構造等）',
     '第2条 情報システム管理者は、管理区域を施錠できる室に設けなければならない。',
     '2 情報システム管理者は、管理区域の入退室を記録しなければならない。'],
    ['（端末の管理）',
     '第3条 職員等は、端末を離れる際には、画面をロックしなければならない。',
     '2 職員等は、支給された端末以外の機器を庁内ネットワークに接続してはならない。'],
    ['（監査）',
     '第4条 情報セキュリティ監査統括責任者は、毎年度、監査を実施しなければならない。',
     '2 CISOは、監査の結果に基づき、必要な措置を講ずるよう努めなければならない。'],
])

# Numbered by Word, not in the text: 「1」「(1)」「①」「（ア）」 as list levels of numbering.xml.
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
d = docx.Document()
numbering = d.part.numbering_part.element
levels = [('decimal', '%1'), ('decimal', '(%2)'), ('decimalEnclosedCircle', '%3'), ('aiueoFullWidth', '（%4）')]
abstract = parse_xml('<w:abstractNum %s w:abstractNumId="90">%s</w:abstractNum>' % (nsdecls('w'), ''.join(
    '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/></w:lvl>' % (i, f, t)
    for i, (f, t) in enumerate(levels))))
numbering.insert(0, abstract)
numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls('w')))

def numbered(text, level):
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % (nsdecls('w'), level)))

d.add_paragraph('◎◎村情報セキュリティ対策基準（自動番号）')
numbered('組織体制', 0)
numbered('情報セキュリティ管理者', 1)
numbered('各課長を情報セキュリティ管理者とする。', 2)
numbered('情報セキュリティ管理者は、所管する課の情報資産を管理しなければならない。', 2)
numbered('職員等の遵守事項', 1)
numbered('職員等は、次の事項を守らなければならない。', 2)
numbered('パスワードを他者に知らせてはならない。', 3)
numbered('離席時には端末をロックすること。', 3)
numbered('物理的セキュリティ', 0)
numbered('管理区域', 1)
numbered('情報システム管理者は、管理区域への入退室を記録しなければならない。', 2)
d.save('docx-numbered.docx')
