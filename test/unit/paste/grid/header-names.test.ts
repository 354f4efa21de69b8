// Column names from multi-row headers with merged cells (a merged cell's text in its top-left slot, as Excel's TSV
// and the HTML grid give it): group headings cover the columns under them, 栏次 rows name nothing, the code and name
// columns get their own printed names.
import { describe, expect, test } from 'vitest';
import { cleanHeaderText, headerNames } from '../../../../src/paste/grid/header-names.ts';
import type { GridColumn, GridColumnRole } from '../../../../src/paste/grid/columns.ts';
import { parseInput } from '../../../../src/paste/index.ts';

const cols = (roles: string, panes?: string): GridColumn[] => [...roles].map((r, index) => ({
  index, header: '', colNo: null, pane: Number(panes?.[index] ?? 0),
  role: ({ d: 'desc', a: 'amount', l: 'lineNo', t: 'text' } as Record<string, GridColumnRole>)[r]!,
}));

describe('headerNames', () => {
  test('a heading over three 栏 covers them; a heading with a blank below keeps its own name', () => {
    const levels = [
      ['项 目', '', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
      ['支出功能分 类科目编码', '科目名称', '', '', '', '小计', '基本支出', '项目支出', ''],
    ];
    const n = headerNames(levels, cols('dddaaaaaa'));
    expect(n.byColumn.slice(3)).toEqual(['年初结转和结余', '本年收入', '本年支出 小计', '本年支出 基本支出', '本年支出 项目支出', '年末结转和结余']);
    expect([n.code, n.label]).toEqual(['支出功能分类科目编码', '科目名称']);
  });

  test('one heading over the code cells and no printed name: the code column is named, the name column is not', () => {
    const n = headerNames([['支出功能分类科目', '', '', '本年收入合计']], cols('ddda'));
    expect([n.code, n.label]).toEqual(['支出功能分类科目', '']);
  });

  test('收入 | 支出 over two panes name each pane’s amounts; 项目 names the label', () => {
    const levels = [['收入', '', '', '支出', '', ''], ['项 目', '行次', '决算数', '项目（按功能分类）', '行次', '决算数']];
    const n = headerNames(levels, cols('dlaada', '000111'));
    expect(n.byColumn).toEqual(['收入 项目', '收入', '收入 决算数', '支出 项目（按功能分类）', '支出', '支出 决算数']);
    expect([n.code, n.label]).toEqual(['', '项目']);
  });

  test('a blank slot without a heading under it is not covered by the text to its left', () => {
    const n = headerNames([['项目', '', '金额']], cols('dta'));
    expect(n.byColumn).toEqual(['项目', '', '金额']);
  });

  test('a 人员经费 | 公用经费 heading spans its panes', () => {
    const levels = [['人员经费', '', '', '公用经费', '', '', '', '', ''], ['经济分类', '科目名称', '金额', '经济分类', '科目名称', '金额', '经济分', '科目名称', '金额']];
    const n = headerNames(levels, cols('ddaddadda', '000111222'));
    expect([n.byColumn[2], n.byColumn[5], n.byColumn[8]]).toEqual(['人员经费 金额', '公用经费 金额', '公用经费 金额']);
    expect([n.code, n.label]).toEqual(['经济分类', '科目名称']);
  });
});

test('cleanHeaderText joins wrapped CJK lines and keeps spaces before Latin letters', () => {
  expect(cleanHeaderText('一般公共预算财\n政拨款')).toBe('一般公共预算财政拨款');
  expect(cleanHeaderText(' 全年预算数  A ')).toBe('全年预算数 A');
  expect(cleanHeaderText('项 目')).toBe('项目');
});

describe('pasted HTML with merged header cells (rowspan/colspan), through parseInput', () => {
  const HTML = `<p>政府性基金预算财政拨款收入支出决算表</p><p>单位：万元</p><table>
<tr><td colspan="4">项目</td><td rowspan="2">年初结转和结余</td><td rowspan="2">本年收入</td><td colspan="3">本年支出</td><td rowspan="2">年末结转和结余</td></tr>
<tr><td colspan="3">支出功能分类<br>科目编码</td><td rowspan="2">科目名称</td><td>小计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>类</td><td>款</td><td>项</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td></tr>
<tr><td>208</td><td>22</td><td>02</td><td>大中型水库移民后期扶持基金支出</td><td>0.00</td><td>10.00</td><td>10.00</td><td></td><td>10.00</td><td>0.00</td></tr>
</table>`;
  test('code and name columns each get their own printed name; 本年支出 heads its three 栏; nothing reads 栏次 or 类', async () => {
    const r = await parseInput({ html: HTML });
    if (!r.ok) throw new Error(r.reason.code);
    const t = r.value.tables[0]!;
    expect(t.columns.map((c) => [c.role, c.colNo, c.header])).toEqual([
      ['code', null, '支出功能分类科目编码'], ['label', null, '科目名称'],
      ['amount', 1, '年初结转和结余'], ['amount', 2, '本年收入'], ['amount', 3, '本年支出 小计'],
      ['amount', 4, '本年支出 基本支出'], ['amount', 5, '本年支出 项目支出'], ['amount', 6, '年末结转和结余'],
    ]);
    expect(t.rows[0]).toMatchObject({ code: '2082202', label: '大中型水库移民后期扶持基金支出' });
  });
});

test('a TSV whose 栏次 row starts under 科目编码 names the code column 科目编码, not 科目编码栏次', async () => {
  const tsv = ['支出决算表', '单位：万元', '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出', '栏次\t\t1\t2\t3',
    '201\t一般公共服务支出\t40.00\t25.00\t15.00', '20101\t人大事务\t40.00\t25.00\t15.00'].join('\n');
  const r = await parseInput({ text: tsv });
  if (!r.ok) throw new Error(r.reason.code);
  expect(r.value.tables[0]!.columns.map((c) => c.header)).toEqual(['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出']);
});
