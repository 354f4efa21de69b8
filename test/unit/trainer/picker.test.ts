// The trainer's pickers name templates and examples for people (issue 21's leftover): the table's name and what the
// template shows, grouped 部门决算 / 部门预算 / 绩效; the template id only under the expert switch.
import { expect, test } from 'vitest';
import { msg } from '../../../src/messages/index.ts';
import { listTemplates, TEMPLATE_GROUPS, workedExamples } from '../../../src/trainer/index.ts';

const CODE = /\b(?:T\d{2}|B\d{2})\b|P_[A-Z]+|@\d/;

test('templates are grouped 部门决算 (T), 部门预算 (B) and 绩效 (P_), each group non-empty', () => {
  const templates = listTemplates();
  for (const t of templates) {
    const want = t.kind.startsWith('P_') ? 'perf' : t.kind.startsWith('B') ? 'budget' : 'final';
    expect(t.group, t.id).toBe(want);
  }
  for (const g of TEMPLATE_GROUPS) expect(templates.some((t) => t.group === g), g).toBe(true);
  expect(TEMPLATE_GROUPS.map((g) => msg('zh', `trainer.group.${g}`))).toEqual(['部门决算', '部门预算', '绩效']);
});

test('a template option reads as the table name and what it shows; the id only in expert mode', () => {
  const seen = new Set<string>();
  for (const t of listTemplates()) {
    const text = msg('zh', 'trainer.templateOption', { id: t.id, name: t.title, variant: t.variant });
    expect(text, t.id).not.toMatch(CODE);
    expect(text.startsWith(t.title), t.id).toBe(true);
    expect(t.variant.trim(), t.id).not.toBe('');
    seen.add(text);
    expect(msg('zh', 'trainer.templateOptionExpert', { id: t.id, name: t.title, variant: t.variant })).toContain(t.id);
  }
  // no two templates read alike
  expect(seen.size).toBe(listTemplates().length);
});

test('worked examples are titled without kind codes, the 绩效 example under 绩效', () => {
  for (const e of workedExamples()) expect(e.title, e.id).not.toMatch(CODE);
  expect(workedExamples().find((e) => e.id === 'jiangan-2020-P')!.group).toBe('perf');
});
