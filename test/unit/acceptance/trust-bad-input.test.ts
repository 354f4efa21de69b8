// Bad inputs from issue 15, on real fixture documents mutated in the test: every table's columns shuffled, a table
// pasted twice, a 类 row missing under its 款 rows, tables without a narrative and a narrative without tables.
// Each gives a clear finding or a 未能核对 note; nothing crashes and no error storm appears.
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Table } from '../../../src/engine/table.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { describeFinding } from '../../../src/ui/messages/index.ts';
import { fixtureText, SEED_000 } from './helpers.ts';

const PUTUO = 'corpus/putuo_caizhengju_2024.txt';

function parse(text: string): ParsedDocument {
  const r = parseReportText(text);
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
}

/** Every row's amount cells in reverse column order within its pane: the table's columns shuffled. */
function scramble(t: Table): Table {
  const panes = new Map<number, number[]>();
  t.columns.forEach((c, i) => {
    if (c.role !== 'amount') return;
    const list = panes.get(c.pane ?? 0) ?? [];
    list.push(i);
    panes.set(c.pane ?? 0, list);
  });
  const rows = t.rows.map((r) => {
    const cells = r.cells.slice();
    for (const cols of panes.values()) cols.forEach((c, k) => { cells[c] = r.cells[cols[cols.length - 1 - k]!]!; });
    return { ...r, cells };
  });
  return { ...t, rows };
}

const TABLE_IDENTITY = new Set(['sum_mismatch', 'hierarchy_mismatch', 'inequality_violated']);

describe('a report whose tables are all scrambled', () => {
  const doc = parse(fixtureText(PUTUO));
  const scrambled: ParsedDocument = { ...doc, tables: doc.tables.map((t) => (/^T\d\d$/.test(t.kind) ? scramble(t) : t)) };
  const res = checkDocument(scrambled);

  test('gives no table identity error: the failures are unconfirmed warnings', () => {
    expect(res.findings.filter((f) => f.severity === 'error' && TABLE_IDENTITY.has(f.code))).toEqual([]);
    const unconfirmed = res.findings.filter((f) => f.code.startsWith('unconfirmed_'));
    expect(unconfirmed.length).toBeGreaterThan(5);
    expect(unconfirmed.every((f) => f.severity === 'warning')).toBe(true);
    expect(unconfirmed.filter((f) => f.params?.['reason'] === 'columns_unconfirmed').length).toBeGreaterThan(5);
    // what stays an error rests on no scrambled table
    const scrambledIds = new Set(res.unchecked.filter((u) => u.reason === 'scrambled_columns').map((u) => u.table));
    for (const f of res.findings.filter((x) => x.severity === 'error')) {
      expect(f.cells.some((c) => scrambledIds.has(c.table)), `${f.ruleId} ${f.code}`).toBe(false);
    }
  });

  test('other checks reading a scrambled table are warnings that say why', () => {
    const demoted = res.findings.filter((f) => f.params?.['unconfirmed'] === 'columns_unconfirmed');
    expect(demoted.length).toBeGreaterThan(0);
    for (const f of demoted) {
      expect(f.severity).toBe('warning');
      expect(describeFinding(f, 'zh')).toContain('栏位置可能错乱');
    }
  });

  test('lists the tables with row identities as 未能核对: scrambled_columns', () => {
    const listed = res.unchecked.filter((u) => u.reason === 'scrambled_columns').map((u) => u.kind).sort();
    expect(listed).toEqual(expect.arrayContaining(['T02', 'T03', 'T04', 'T05']));
  });

  test('the unscrambled document lists none and keeps its errors', () => {
    const plain = checkDocument(doc);
    expect(plain.unchecked.filter((u) => u.reason === 'scrambled_columns')).toEqual([]);
    expect(plain.findings.filter((f) => f.code.startsWith('unconfirmed_'))).toEqual([]);
  });

  test('one wrong cell is not mistaken for a scrambled table', () => {
    const edited = parse(fixtureText(PUTUO).replace('201   06   01   行政运行            1,511.89', '201   06   01   行政运行            1,611.89'));
    const r = checkDocument(edited);
    expect(r.unchecked.filter((u) => u.reason === 'scrambled_columns')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error' && f.table.startsWith('T03')).length).toBeGreaterThan(0);
  });
});

describe('structure mistakes', () => {
  test('a table pasted twice: 未能核对 says cross-table rules read the first copy; no new errors', () => {
    const text = fixtureText(PUTUO);
    const lines = text.split('\n');
    // 支出决算表 (lines 207–249) pasted again right after itself
    const twice = [...lines.slice(0, 249), ...lines.slice(206, 249), ...lines.slice(249)].join('\n');
    const once = checkDocument(parse(text));
    const res = checkDocument(parse(twice));
    const dup = res.unchecked.filter((u) => u.reason === 'duplicate_table');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ kind: 'T03', params: { of: 'T03@207' } });
    const errors = (r: typeof res) => r.findings.filter((f) => f.severity === 'error' && !f.table.startsWith('N')).length;
    expect(errors(res)).toBe(errors(once));
  });

  test('a 类 row missing while its 款 rows are present: parent_code_missing warning on the first 款', () => {
    const text = fixtureText(PUTUO);
    const lines = text.split('\n');
    const at = lines.findIndex((l, i) => i > 206 && /^208\s+社会保障和就业支出/.test(l));
    expect(at).toBeGreaterThan(206);
    const res = checkDocument(parse([...lines.slice(0, at), ...lines.slice(at + 1)].join('\n')));
    const missing = res.findings.filter((f) => f.code === 'parent_code_missing');
    expect(missing.map((f) => [f.table, f.severity, f.params?.['code'], f.params?.['parent']])).toEqual([['T03@207', 'warning', '20805', '208']]);
  });

  test('tables without a narrative: 未能核对 no_narrative', () => {
    const doc = parse(fixtureText(PUTUO));
    const res = checkDocument({ ...doc, narrative: { text: '', lineMap: [] } });
    expect(res.unchecked).toContainEqual({ table: 'document', kind: 'document', reason: 'no_narrative' });
  });

  test('a narrative without tables: 未能核对 no_tables and no table findings', () => {
    const doc = parse(fixtureText(SEED_000));
    const res = checkDocument({ ...doc, tables: [] });
    expect(res.unchecked).toContainEqual({ table: 'document', kind: 'document', reason: 'no_tables' });
    expect(res.findings.filter((f) => TABLE_IDENTITY.has(f.code))).toEqual([]);
  });
});
