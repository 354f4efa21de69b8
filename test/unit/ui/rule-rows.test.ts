import { expect, test } from 'vitest';
import type { BoundRule, RuleStatus } from '../../../src/engine/index.ts';
import { ruleRows } from '../../../src/ui/model/rule-rows.ts';
import { rowFinding, seed001T05 } from './fixtures.ts';

const t05 = seed001T05();
const bound = (id: string, tableId = 'T05', origin: 'pack' | 'custom' = 'pack'): BoundRule => ({
  def: { id, expr: '1栏=2+3', severity: 'error', origin }, tableId,
});
const status = (ruleId: string, s: RuleStatus['status']): RuleStatus => ({ ruleId, tableId: 'T05', status: s, checked: 27 });

test('only the rules bound to the table are listed, with their last status', () => {
  const rows = ruleRows('T05', [bound('T05.col.1'), bound('T03.col.1', 'T03')], [status('T05.col.1', 'pass')], [], new Set());
  expect(rows.map((r) => [r.rule.def.id, r.status, r.checked])).toEqual([['T05.col.1', 'pass', 27]]);
});

test('a disabled rule shows as disabled whatever its findings', () => {
  const rows = ruleRows('T05', [bound('T05.col.1')], [status('T05.col.1', 'fail')], [rowFinding(t05, 3, 'error')], new Set(['T05.col.1']));
  expect(rows[0]).toMatchObject({ enabled: false, status: 'disabled' });
});

test('an edit that breaks a passing rule shows it failed; fixing it shows it passing again', () => {
  const broken = ruleRows('T05', [bound('T05.col.1')], [status('T05.col.1', 'pass')], [rowFinding(t05, 3, 'error')], new Set());
  expect(broken[0]).toMatchObject({ status: 'fail', findings: 1 });
  const fixed = ruleRows('T05', [bound('T05.col.1')], [status('T05.col.1', 'fail')], [], new Set());
  expect(fixed[0]!.status).toBe('pass');
});

test('rounding residue alone does not fail a rule', () => {
  const rows = ruleRows('T05', [bound('T05.col.1')], [status('T05.col.1', 'pass')], [rowFinding(t05, 3, 'info')], new Set());
  expect(rows[0]!.status).toBe('pass');
});

test('a rule that could not be applied never shows as passed', () => {
  const rows = ruleRows('T05', [bound('T05.x')], [status('T05.x', 'not_applicable')], [], new Set());
  expect(rows[0]!.status).toBe('not_applicable');
});

test('a custom rule not yet checked is pending', () => {
  expect(ruleRows('T05', [bound('custom.1', 'T05', 'custom')], [], [], new Set())[0]!.status).toBe('pending');
});

test('pack rules that were considered but not applied are listed with their reason', () => {
  const uses = [
    { tableId: 'T05', ruleId: 'T05.col.1', applies: true, reason: 'kind_matched', pack: 'T05', expr: '1栏=2+3', severity: 'error' as const, note: '', source: '' },
    { tableId: 'T05', ruleId: 'X.T05.T06', applies: false, reason: 'table_missing', pack: 'cross', expr: 'T05.[合计]2栏=T06.[合计]', severity: 'error' as const, note: '', source: '' },
    { tableId: 'T05', ruleId: 'T05.alt', applies: false, reason: 'variant_not_used', pack: 'T05', expr: '1栏=2+3', severity: 'error' as const, note: '', source: '' },
  ];
  const rows = ruleRows('T05', [bound('T05.col.1')], [status('T05.col.1', 'pass')], [], new Set(), uses);
  expect(rows.map((r) => [r.rule.def.id, r.status, r.reason])).toEqual([
    ['T05.col.1', 'pass', 'kind_matched'],
    ['X.T05.T06', 'not_applicable', 'table_missing'],
  ]);
});
