// Tables are named as printed everywhere a reviewer looks: the printed number found in the title, above it or
// under it, the title without its year and number, unknown tables numbered by where they start, repeated names
// told apart; ids inside sentences replaced by names. Checked on every report fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Table } from '../../../src/engine/index.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { printedNumberInTitle, printedNumberLine, printedNumberOf } from '../../../src/paste/report/printed-number.ts';
import { cleanTitle, humaniseIds, placeName, tableDisplayName, tableNames } from '../../../src/ui/messages/index.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

async function namesOf(path: string): Promise<string[]> {
  const r = await parseInput({ text: readFileSync(FIXTURES + path, 'utf8'), fileName: path });
  if (!r.ok) throw new Error(`${path}: ${r.reason.code}`);
  return [...tableNames(r.value.tables, 'zh').values()];
}

describe('the printed table number', () => {
  test.each([
    ['2020年度收入支出决算总表（表1）', '表1'],
    ['收入决算表 公开02表', '公开02表'],
    ['表一 收支预算总表', '表一'],
    ['附表2：项目支出绩效自评表', '附表2'],
    ['收入支出决算总表', null],
    ['表格说明', null],
  ])('in the title %j → %j', (title, no) => {
    expect(printedNumberInTitle(title)).toBe(no);
  });

  test('a line of its own, spaces dropped; prose is not a number', () => {
    expect(printedNumberLine('公开 01 表')).toBe('公开01表');
    expect(printedNumberLine('  表十二  ')).toBe('表十二');
    expect(printedNumberLine('部门预算公开06表')).toBe('部门预算公开06表');
    expect(printedNumberLine('按“部门预算公开06表 财政拨款基本支出')).toBeNull();
  });

  test('above the title wins; under it only before the table starts', () => {
    expect(printedNumberOf('收入预算总表', ['收入预算总表', '部门：X', '公开03表'], '公开02表')).toBe('公开02表');
    expect(printedNumberOf('收入决算表', ['收入决算表', '', '公开 02 表', '单位：万元'], null)).toBe('公开02表');
    expect(printedNumberOf('支出预算总表', ['支出预算总表', '项目\t合计', '合计\t1.00', '公开04表'], null)).toBeNull();
  });
});

describe('display names', () => {
  const base: Pick<Table, 'id' | 'kind' | 'title'> = { id: 'T01@83', kind: 'T01', title: '收入支出决算总表' };

  test('a known table: printed number and title as printed, without year or number inside the title', () => {
    expect(tableDisplayName({ ...base, printedNo: '公开01表' }, 'zh')).toBe('公开01表 收入支出决算总表');
    expect(tableDisplayName({ ...base, title: '2020年度收入支出决算总表（表1）', printedNo: '表1' }, 'zh')).toBe('表1 收入支出决算总表');
    expect(tableDisplayName({ ...base, title: '' }, 'zh')).toBe('收入支出决算总表');
    expect(cleanTitle('2021 年度县级部门预算项目绩效 自评情况汇总表')).toBe('县级部门预算项目绩效自评情况汇总表');
  });

  test('an unknown untitled table is numbered and placed by line or page', () => {
    const unknown = { id: 'unknown@77', kind: 'unknown' as const, title: '', sourceLines: [77, 98] as const };
    expect(tableDisplayName(unknown, 'zh', 1)).toBe('未识别表格 1（第 77 行起）');
    expect(tableDisplayName({ ...unknown, pages: [5, 6] }, 'zh', 2)).toBe('未识别表格 2（第 5 页）');
    expect(tableDisplayName(unknown, 'en', 1)).toBe('Unrecognised table 1 (from line 77)');
  });

  test('ids in sentences become names; places that are not tables are named too', () => {
    const names = new Map([['T02@1', '公开02表 收入决算表']]);
    expect(humaniseIds('规则 9栏=1+2 引用的 9栏在表 T02@1 中不存在', names)).toBe('规则 9栏=1+2 引用的 9栏在表 公开02表 收入决算表 中不存在');
    expect(humaniseIds('与 T05@9 重复', names)).toBe('与 一般公共预算财政拨款支出决算表 重复');
    expect(placeName('N', names, 'zh')).toBe('情况说明');
    expect(placeName('document', names, 'zh')).toBe('全文');
  });

  test('seed 001: 公开NN表 under each title, the untitled unit list, two 项目支出绩效自评表 told apart', async () => {
    const names = await namesOf('seeds/001_c1aab3eb9d979e5d.txt');
    expect(names.slice(0, 3)).toEqual(['未识别表格 1（第 77 行起）', '公开01表 收入支出决算总表', '公开02表 收入决算表']);
    expect(names).toContain('公开09表 财政拨款“三公”经费支出决算表');
    expect(names).toContain('项目支出绩效自评表（1）');
    expect(names).toContain('项目支出绩效自评表（2）');
  });

  test('seed 002: （表N） in the title; 江苏 budgets: 表一 and 公开NN表 above the title', async () => {
    expect((await namesOf('seeds/002_46e3d4cd55e5664f.txt')).slice(0, 2)).toEqual(['表1 收入支出决算总表', '表2 收入决算表']);
    expect((await namesOf('budget/jiangsu_zhengxie_2017_tables.txt')).slice(0, 4)).toEqual(['表一 收支预算总表', '表二 收入预算总表', '表三 支出预算总表', '表四 财政拨款收支预算总表']);
    expect((await namesOf('budget/jiangsu_zhengxie_2018_tables.txt')).slice(0, 3)).toEqual(['公开01表 收支预算总表', '公开02表 收入预算总表', '公开03表 支出预算总表']);
  });

  test('every fixture: names are unique within a document and never show an id', async () => {
    for (const dir of ['seeds', 'corpus', 'budget']) {
      for (const f of readdirSync(FIXTURES + dir).filter((x) => x.endsWith('.txt'))) {
        const names = await namesOf(`${dir}/${f}`);
        expect(new Set(names).size, f).toBe(names.length);
        for (const n of names) expect(n, f).not.toMatch(/@|^(T|B)\d\d\b|P_/);
      }
    }
  }, 120_000);
});

describe('drafts keep the printed number', () => {
  test('stored and loaded back; restored from a record; absent or malformed stays absent', async () => {
    const { loadTable, storeTable } = await import('../../../src/store/index.ts');
    const { restoreDraft } = await import('../../../src/store/restore.ts');
    const r = await parseInput({ text: readFileSync(FIXTURES + 'seeds/001_c1aab3eb9d979e5d.txt', 'utf8') });
    if (!r.ok) throw new Error(r.reason.code);
    const t01 = r.value.tables.find((t) => t.kind === 'T01')!;
    expect(t01.printedNo).toBe('公开01表');
    const stored = storeTable(t01);
    expect(stored.printedNo).toBe('公开01表');
    expect(loadTable(stored).printedNo).toBe('公开01表');
    const record = (printedNo: unknown) => ({ id: 'x', schemaVersion: 2, tables: [{ id: 'T01@1', kind: 'T01', columns: [{ key: 'c1' }], rows: [], printedNo }] });
    const back = restoreDraft(record('公开01表'));
    expect(back.ok && back.value.tables[0]!.printedNo).toBe('公开01表');
    for (const bad of [42, '', null]) {
      const x = restoreDraft(record(bad));
      expect(x.ok && 'printedNo' in x.value.tables[0]!).toBe(false);
    }
  });
});
