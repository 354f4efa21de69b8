import { expect, test } from 'vitest';
import { listPacks, selectRules } from '../../../src/rules/index.ts';
import { CZJ_T01, CZJ_T02, CZJ_T03, CZJ_T04, CZJ_T05, CZJ_TABLES, JX23_T01, JX23_T04, JX23_T05, WH20_T01 } from './fixtures.ts';
import { doc } from './helpers.ts';

const ruleIds = (d: ReturnType<typeof doc>) => selectRules(d).rules.map((r) => r.def.id);
const naIds = (d: ReturnType<typeof doc>) => selectRules(d).statuses.filter((s) => s.status === 'not_applicable').map((s) => s.ruleId);

test('a table whose layout id names a variant gets exactly that variant', () => {
  const ids = ruleIds(doc([JX23_T01]));
  expect(ids).toContain('T01.A.r27');
  expect(ids.some((id) => id.startsWith('T01.B.') || id.startsWith('T01.C.'))).toBe(false);
});

test('a table without a layout id gets the variant whose rows it has (行次 1–30/31–60 → B)', () => {
  const ids = ruleIds(doc([{ ...WH20_T01, layout: null }]));
  expect(ids).toContain('T01.B.r57');
  expect(ids.some((id) => id.startsWith('T01.A.'))).toBe(false);
});

test('a table that fits no variant gets not_applicable for every variant rule, never a pass', () => {
  const bare = { ...CZJ_T01, layout: 'T01.Z', rows: CZJ_T01.rows.filter((r) => !r.label.includes('合计')) };
  const sel = selectRules(doc([bare]));
  expect(sel.rules.filter((r) => r.def.id.startsWith('T01.'))).toEqual([]);
  const na = sel.statuses.map((s) => s.ruleId);
  for (const id of ['T01.A.r27', 'T01.B.r30', 'T01.C.income', 'T01.C.balance']) expect(na).toContain(id);
  expect(sel.statuses.every((s) => s.status === 'not_applicable' && s.checked === 0)).toBe(true);
});

test('a named layout whose rows are missing falls back to the variant that fits', () => {
  const ids = ruleIds(doc([{ ...CZJ_T01, layout: 'T01.A' }]));
  expect(ids).toContain('T01.C.income');
});

test('{类} expands to the class rows the table prints (26 in 财政局 T01)', () => {
  const rule = selectRules(doc([CZJ_T01])).rules.find((r) => r.def.id === 'T01.C.expense')!;
  expect(rule.def.expr.startsWith('[本年支出合计]2栏=[一般公共服务支出]2栏+[外交支出]2栏+')).toBe(true);
  expect(rule.def.expr.split('+')).toHaveLength(26);
});

test('{类} expands to 24 classes when the document prints 24 (规划资源局 template order)', () => {
  const rows = CZJ_T01.rows.filter((r) => !/债务还本|债务付息/.test(r.label));
  const rule = selectRules(doc([{ ...CZJ_T01, rows }])).rules.find((r) => r.def.id === 'T01.C.expense')!;
  expect(rule.def.expr.split('+')).toHaveLength(24);
});

test('rules written with the [a>b] selector apply now that the engine reads it (layout C 年初 breakdown)', () => {
  expect(ruleIds(doc([CZJ_T04]))).toEqual(expect.arrayContaining(['T04.C.opening', 'T04.C.carry.gen', 'T04.C.carry.fund', 'T04.C.carry.soe']));
  expect(naIds(doc([CZJ_T04]))).not.toContain('T04.C.opening');
  const t04 = listPacks(doc([CZJ_T04])).find((p) => p.id === 'T04.C')!;
  expect(t04.rules.find((r) => r.id === 'T04.C.opening')!.uses[0]!.reason).toBe('layout_matched');
});

test('cross-table rules apply when both tables are present and say table_missing otherwise', () => {
  expect(ruleIds(doc([CZJ_T01, CZJ_T02]))).toContain('X.T01-T02.income');
  const sel = selectRules(doc([CZJ_T01]));
  expect(sel.statuses).toContainEqual({ ruleId: 'X.T01-T02.income', tableId: 'T01', status: 'not_applicable', checked: 0, reason: 'table_missing' });
});

test('layout variants of a cross rule follow the tables\' layouts (行次 for A, labels for C)', () => {
  expect(ruleIds(doc([JX23_T01, JX23_T04]))).toContain('X.T01-T04.grant-gen.AB');
  expect(ruleIds(doc([JX23_T01, JX23_T04]))).not.toContain('X.T01-T04.grant-gen.C');
  expect(ruleIds(doc([CZJ_T01, CZJ_T04]))).toContain('X.T01-T04.grant-gen.C');
  expect(naIds(doc([CZJ_T01, CZJ_T04]))).not.toContain('X.T01-T04.grant-gen.AB');
});

test('forEach instantiates one rule per class the source table lists, with the class names', () => {
  const rules = selectRules(doc([CZJ_T01, CZJ_T03])).rules.filter((r) => r.def.id.startsWith('X.T01-T03.class.'));
  expect(rules.map((r) => r.def.id)).toEqual(['X.T01-T03.class.201', 'X.T01-T03.class.208', 'X.T01-T03.class.210', 'X.T01-T03.class.221']);
  expect(rules[2]!.def.expr).toBe('T01.[卫生健康支出|医疗卫生与计划生育支出]2栏=T03.[210]1栏');
});

test('forEach over T04 class rows skips the classes with no amount', () => {
  const ids = ruleIds(doc([CZJ_T01, CZJ_T04])).filter((id) => id.startsWith('X.T01-T04.class.'));
  expect(ids).toEqual(['X.T01-T04.class.201', 'X.T01-T04.class.208', 'X.T01-T04.class.210', 'X.T01-T04.class.221']);
});

test('every rule is bound to its home table and carries its origin', () => {
  const sel = selectRules(doc([...CZJ_TABLES]));
  for (const r of sel.rules) expect(CZJ_TABLES.map((t) => t.id)).toContain(r.tableId);
  expect(sel.rules.find((r) => r.def.id === 'X.T04-T05.expense')!.tableId).toBe('T04');
  expect(new Set(sel.rules.map((r) => r.def.origin))).toEqual(new Set(['pack']));
});

test('a whole document selects each pack rule once per table (no duplicates)', () => {
  const ids = ruleIds(doc([...CZJ_TABLES]));
  expect(new Set(ids).size).toBe(ids.length);
});

test('listPacks without a document is the catalogue; with one it says why each rule applies', () => {
  const catalogue = listPacks();
  expect(catalogue.map((p) => p.id)).toEqual(expect.arrayContaining(['T01.A', 'T01.C', 'T09.W', 'cross', 'printed', 'special']));
  expect(catalogue.flatMap((p) => p.rules).every((r) => r.uses.length === 0)).toBe(true);
  const listed = listPacks(doc([JX23_T05, CZJ_T02]));
  const t05 = listed.find((p) => p.id === 'T05')!.rules.find((r) => r.id === 'T05.col.1')!;
  expect(t05.uses).toEqual([expect.objectContaining({ tableId: 'T05', applies: true, reason: 'kind_matched' })]);
  const cross = listed.find((p) => p.id === 'cross')!.rules.find((r) => r.id === 'X.T01-T02.income')!;
  expect(cross.uses).toEqual([expect.objectContaining({ applies: false, reason: 'table_missing' })]);
});

test('T05 codes are checked against T03 one by one (codesOf)', () => {
  const ids = ruleIds(doc([CZJ_T03, CZJ_T05])).filter((id) => id.startsWith('X.T03-T05.code.'));
  expect(ids).toHaveLength(19);
});
