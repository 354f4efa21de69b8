import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseHtmlTables } from '../../../../src/paste/grid/html.ts';
import { parseTsv } from '../../../../src/paste/grid/tsv.ts';
import { gridToTable } from '../../../../src/paste/grid/to-table.ts';
import { recogniseKind } from '../../../../src/paste/report/recognise.ts';
import { fixtureLines, SEED_001 } from './fixtures.ts';

function content(html: string) {
  const r = parseHtmlTables(html);
  if (!r.ok) throw new Error(r.reason.code);
  return { ...r.value, problems: r.problems };
}

// What Excel puts on the clipboard: a full document with Office styles, conditional comments, x:num cells.
const EXCEL_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!--table {mso-displayed-decimal-separator:"\\.";}
.xl65 {mso-number-format:"\\#\\,\\#\\#0\\.00";}--></style></head><body link=blue vlink=purple>
<!--StartFragment-->
<table border=0 cellpadding=0 cellspacing=0 width=500 style='border-collapse:collapse;width:375pt'>
 <col width=72 span=3>
 <tr height=19><td colspan=2 height=19 class=xl66>项&nbsp;目</td><td class=xl66>本年支出合计</td><td>基本支出</td><td>项目支出</td></tr>
 <tr><td>科目编码</td><td>科目名称</td><td>1</td><td>2</td><td>3</td></tr>
 <tr><td rowspan=2 class=xl67>210</td><td>卫生健康支出</td><td class=xl65 x:num="12338.82">12,338.82</td><td x:num>9,408.97</td><td>2,929.85</td></tr>
 <tr><td>\u3000卫生健康（续）\u3000</td><td>0.00</td><td></td><td>0.00</td></tr>
 <![if supportMisalignedColumns]><tr height=0 style='display:none'><td width=72></td></tr><![endif]>
</table>
<!--EndFragment-->
</body></html>`;

describe('parseHtmlTables', () => {
  test('Excel clipboard HTML: styles and comments ignored, &nbsp; and full-width spaces cleaned', () => {
    const { tables, narrative } = content(EXCEL_HTML);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows[0]).toEqual(['项 目', '', '本年支出合计', '基本支出', '项目支出']);
    expect(tables[0]!.rows[3]![1]).toBe('卫生健康（续）');
    expect(narrative.join('')).not.toMatch(/mso|xl65/);
  });

  test('rowspan and colspan are expanded with blanks, so columns stay aligned', () => {
    const { tables } = content(EXCEL_HTML);
    expect(tables[0]!.rows[2]).toEqual(['210', '卫生健康支出', '12,338.82', '9,408.97', '2,929.85']);
    expect(tables[0]!.rows[3]).toEqual(['', '卫生健康（续）', '0.00', '', '0.00']);
  });

  test('Word HTML: paragraphs inside cells become wrapped lines, text outside tables is narrative', () => {
    const word = `<p class=MsoNormal><span lang=ZH-CN>一、收入决算情况<o:p></o:p></span></p>
      <p class=MsoNormal>单位：万元</p>
      <table class=MsoTableGrid><tr><td><p class=MsoNormal><span>机关事业单位基<o:p></o:p></span></p><p>本养老保险缴费</p></td>
      <td><p align=right>108.88</p></td></tr><tr><td>合计</td><td>108.88</td></tr></table>
      <p>注：本表反映部门本年度收入情况。</p>`;
    const { tables, narrative } = content(word);
    expect(tables[0]!.rows[0]).toEqual(['机关事业单位基\n本养老保险缴费', '108.88']);
    expect(tables[0]!.before).toEqual(['一、收入决算情况', '单位：万元']);
    expect(narrative).toEqual(['一、收入决算情况', '单位：万元', '注：本表反映部门本年度收入情况。']);
  });

  test('a web page layout table holding prose is narrative; the data table inside it is a table', () => {
    const page = `<table><tr><td><h2>2023年度部门决算</h2><table><tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td>1.00</td></tr></table></td></tr></table>`;
    const { tables, narrative } = content(page);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toEqual([['项目', '金额'], ['合计', '1.00']]);
    expect(narrative).toContain('2023年度部门决算');
  });
});

describe('hostile HTML is inert', () => {
  afterEach(() => vi.restoreAllMocks());
  const HOSTILE = `<p>before<script>globalThis.__gouji_pwned = 1; fetch('https://evil.example/x')</script></p>
    <img src="https://evil.example/pixel.png" onerror="globalThis.__gouji_pwned = 2">
    <table onclick="globalThis.__gouji_pwned = 3"><tr><td onmouseover="x()">项目<iframe src="https://evil.example"></iframe></td><td>金额</td></tr>
    <tr><td><a href="javascript:alert(1)">合计</a></td><td style="background:url(https://evil.example/bg)">1.00</td></tr></table>
    <link rel=stylesheet href="https://evil.example/s.css"><p>after &lt;script&gt; text</p>`;

  test('no script or handler runs and nothing is fetched', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    content(HOSTILE);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect((globalThis as Record<string, unknown>)['__gouji_pwned']).toBeUndefined();
  });

  test('the text survives and the script source does not', () => {
    const { tables, narrative } = content(HOSTILE);
    expect(tables[0]!.rows).toEqual([['项目', '金额'], ['合计', '1.00']]);
    expect(narrative).toEqual(['before', 'after <script> text']);
  });

  test('what a browser would have run or loaded is reported as html_stripped', () => {
    const { problems } = content(HOSTILE);
    expect(problems).toEqual([{ code: 'html_stripped', severity: 'info', params: { scripts: 2, handlers: 3, remote: 4 } }]);
  });
});

describe('the same table as TSV and as HTML', () => {
  test('parse to the same logical table (seed 001 公开02表)', () => {
    const text = fixtureLines(SEED_001, 151, 201);
    const lines = text.split('\n');
    const before = lines.filter((l) => l.trim() !== '' && !l.includes('\t') && !l.startsWith('注'));
    const rows = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t'));
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = before.map((l) => `<p>${esc(l)}</p>`).join('') +
      '<table>' + rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('') + '</table>';

    const fromHtml = content(html).tables[0]!;
    const viaHtml = gridToTable({ id: 't1', rows: fromHtml.rows, context: fromHtml.before, recognise: recogniseKind }).table;
    const tsv = parseTsv(text);
    if (!tsv.ok) throw new Error('tsv');
    const viaTsv = gridToTable({ id: 't1', rows: tsv.value.rows, recognise: recogniseKind }).table;

    const logical = (t: typeof viaTsv) => ({
      kind: t.kind, title: t.title, unit: t.unit, year: t.year,
      columns: t.columns.map((c) => [c.role, c.colNo, c.header]),
      rows: t.rows.map((r) => [r.code, r.label, r.flags ?? [], ...r.cells.map((c) => c.text)]),
    });
    expect(logical(viaHtml)).toEqual(logical(viaTsv));
    expect(viaHtml.rows).toHaveLength(37);
  });
});
