// Every finding and problem code the core emits has Chinese and English wording in src/ui/messages: the codes
// written in src/engine, src/paste, src/checks and src/rules, and every code a check of each fixture produces.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { ParseProblem } from '../../../src/engine/document.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { describeFinding, describeProblem } from '../../../src/ui/messages/index.ts';
import { findingWording, problemWording } from '../../../src/ui/messages/registry.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CORE = ['src/engine', 'src/paste', 'src/checks', 'src/rules'];

/** snake_case literals on lines that set or compare a code, which are not codes themselves. */
const NOT_CODES: Readonly<Record<string, string>> = {
  parse_error: 'a rule status (RuleStatusKind), not a finding code',
  cross_tables_present: 'an ApplyReason (wording in describeApplyReason)',
  ambiguous_unit: 'a rule_syntax reason, passed as params.reason',
  too_many_values: 'params.reason of unparsed_lines',
  columns_unconfirmed: 'params.reason of unconfirmed_* (worded in uncertainty.ts)',
  enumeration_cap: 'params.reason of unconfirmed_* and insufficient_data (worded in uncertainty.ts, engine.ts)',
  html_cells: 'params.limit of too_large (wording in messages/too-large.ts)',
  xlsx_cells: 'params.limit of too_large (wording in messages/too-large.ts)',
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function writtenCodes(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of CORE.flatMap((d) => walk(join(ROOT, d)))) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const where = `${file.slice(ROOT.length + 1)}:${i + 1}`;
      if (/code|Code/.test(line)) for (const m of line.matchAll(/'([a-z]+(?:_[a-z0-9]+)+)'/g)) out.set(m[1]!, where);
      for (const m of line.matchAll(/specialFinding\([^,]+,\s*'([a-z_]+)'/g)) out.set(m[1]!, where);
    });
  }
  for (const c of Object.keys(NOT_CODES)) out.delete(c);
  return out;
}

const FINDING: Finding = {
  ruleId: 'x', code: '', severity: 'error', table: 'T01', location: { table: 'T01', row: 0, col: 1, label: '合计', colNo: 1 },
  cells: [], formula: '1栏=2栏', operands: [], expected: '1.00', actual: '2.00', difference: '1.00', tolerance: '0.01', params: { sentence: '句子' },
};

describe('codes written in the core', () => {
  const codes = [...writtenCodes()];

  test('the scan finds the codes (sanity: engine, paste, rules and narrative ones)', () => {
    const names = codes.map(([c]) => c);
    expect(names).toEqual(expect.arrayContaining(['sum_mismatch', 'unparsed_lines', 'required_table_missing', 'placeholder_left', 'columns_assumed']));
  });

  test.each(codes)('%s (%s) has zh and en wording', (code) => {
    const f = findingWording(code);
    const p = problemWording(code);
    expect(f ?? p, `no wording registered for ${code}`).toBeDefined();
    const zh = f ? f({ ...FINDING, code }, 'zh') : p!({ code, severity: 'warning' }, 'zh');
    const en = f ? f({ ...FINDING, code }, 'en') : p!({ code, severity: 'warning' }, 'en');
    expect(zh.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(zh).not.toBe(en);
  });
});

const DOCS = ['test/fixtures/seeds', 'test/fixtures/corpus'].flatMap((d) => readdirSync(join(ROOT, d)).map((f) => join(d, f)));

test.each(DOCS)('every finding and problem of %s reads as a sentence in zh and en', (file) => {
  const r = parseReportText(readFileSync(join(ROOT, file), 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${r.reason.code}`);
  const problems: ParseProblem[] = [...r.value.problems];
  const findings = checkDocument(r.value).findings;
  const unworded = [...findings.filter((f) => !findingWording(f.code)).map((f) => f.code),
    ...problems.filter((p) => !problemWording(p.code)).map((p) => p.code)];
  expect([...new Set(unworded)]).toEqual([]);
  for (const f of findings) expect(describeFinding(f, 'zh')).not.toBe(describeFinding(f, 'en'));
  for (const p of problems) expect(describeProblem(p, 'zh')).not.toBe(describeProblem(p, 'en'));
});
