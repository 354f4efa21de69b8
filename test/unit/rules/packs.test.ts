import { describe, expect, test } from 'vitest';
import { parseRule } from '../../../src/engine/index.ts';
import { CROSS_PACKS, TABLE_PACKS } from '../../../src/rules/index.ts';
import { ECONOMIC, FUNCTIONAL } from '../../../src/rules/dictionary.ts';

const ALL = [...TABLE_PACKS, ...CROSS_PACKS];
const RULES = ALL.flatMap((p) => p.rules.map((r) => ({ pack: p.id, ...r })));
const KINDS = new Set(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'unknown', 'cross',
  'B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'B13', 'B14']);
// macros are pack syntax, expanded before the grammar sees the rule: replace them by a plausible expansion
const demacro = (e: string) => e.replace(/\{类\}(\d+栏)?/g, '[一般公共服务支出]$1+[外交支出]$1').replace(/\{有:([^}]*)\}/g, '$1')
  .replaceAll('{code}', '201').replaceAll('{names}', '一般公共服务支出');

test('rule ids are unique across all packs', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test.each(RULES)('$id parses in the engine grammar', (r) => {
  const parsed = parseRule(demacro(r.expr));
  expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
});

test.each(RULES)('$id has a severity, a Chinese note and a source', (r) => {
  expect(['error', 'warning', 'info']).toContain(r.severity);
  expect(r.note).toMatch(/[\u4e00-\u9fff]/);
  expect(r.source.length).toBeGreaterThan(3);
});

test('inequalities are warnings unless the domain makes them mandatory (三公 part ≤ whole, 其中 ≤ 总)', () => {
  // 部门预算: 一般公共预算 is part of 财政拨款 by definition (B07 ≤ B05, B08 ≤ B06 per 科目)
  const mandatory = /^(X\.T06-T09\.|T09\.R\d\.(foreign-guests|batches|visitors)|T10\.|X\.B0[5-8]-B0[5-8]\.)/;
  const inequality = (e: string) => { const a = parseRule(demacro(e)); return a.ok && a.value.kind === 'compare' && a.value.op !== 'eq'; };
  const checked = RULES.filter((x) => inequality(x.expr) && !mandatory.test(x.id));
  expect(checked.length).toBeGreaterThan(5);
  for (const r of checked) expect(r.severity, r.id).toBe('warning');
});

test('every pack names a known table kind and well-formed layouts', () => {
  for (const p of ALL) {
    expect(KINDS.has(p.appliesTo.kind), p.id).toBe(true);
    for (const l of p.appliesTo.layouts ?? []) expect(l.startsWith(`${p.appliesTo.kind}.`), `${p.id} ${l}`).toBe(true);
  }
});

test('cross rules name a home table they read, and `when` names tables they read', () => {
  for (const r of CROSS_PACKS.flatMap((p) => p.rules)) {
    expect(r.home, r.id).toBeDefined();
    expect(r.expr).toContain(`${r.home}.`);
    for (const k of Object.keys(r.when ?? {})) expect(r.expr, r.id).toContain(`${k}.`);
  }
});

describe('dictionaries', () => {
  test('functional codes are 3/5/7 digits and economic codes 3/5, each listed once', () => {
    for (const [code] of FUNCTIONAL) expect([3, 5, 7]).toContain(code.length);
    for (const [code] of ECONOMIC) expect([3, 5]).toContain(code.length);
  });

  test('every 款/项 has its parent class in the dictionary', () => {
    for (const [code] of FUNCTIONAL) expect(FUNCTIONAL.has(code.slice(0, 3)), code).toBe(true);
    for (const [code] of ECONOMIC) expect(ECONOMIC.has(code.slice(0, 3)), code).toBe(true);
  });

  test('class names changed by the 2019 reform keep their former names with the last year in force', () => {
    expect(FUNCTIONAL.get('210')?.formerly).toEqual([{ name: '医疗卫生与计划生育支出', until: 2018 }]);
    expect(FUNCTIONAL.get('20805')?.formerly?.[0]?.name).toBe('行政事业单位离退休');
  });
});
