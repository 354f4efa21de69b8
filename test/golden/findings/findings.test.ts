// Golden findings: every document in test/fixtures/seeds, corpus and budget is parsed, the rule
// packs are selected and checked, and the error/warning findings are compared with <doc>/expected.json.
// UPDATE_GOLDEN=1 rewrites the files; review the diff by hand (each error is checked against the document).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkRules, type Finding } from '../../../src/engine/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { selectRules } from '../../../src/rules/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIRS = ['test/fixtures/seeds', 'test/fixtures/corpus', 'test/fixtures/budget'];
const DOCS = DIRS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenFinding {
  readonly severity: string;
  readonly ruleId: string;
  readonly code: string;
  readonly table: string;
  readonly row: string;
  readonly colNo: number | null;
  readonly actual: string;
  readonly expected: string;
}

function golden(f: Finding): GoldenFinding {
  const loc = f.location;
  return {
    severity: f.severity, ruleId: f.ruleId, code: f.code, table: f.table,
    row: loc ? (loc.code ?? (loc.label || (loc.lineNo != null ? `${loc.lineNo}行` : ''))) : String(f.params?.kind ?? ''),
    colNo: loc?.colNo ?? null,
    actual: f.actual, expected: f.expected,
  };
}

function check(file: string) {
  const parsed = parseReportText(readFileSync(join(ROOT, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason.code}`);
  const doc = parsed.value;
  const sel = selectRules(doc);
  const res = checkRules(doc.tables, sel.rules);
  return { findings: [...sel.findings, ...res.findings], statuses: [...sel.statuses, ...res.statuses] };
}

const order = (a: GoldenFinding, b: GoldenFinding) => JSON.stringify(a).localeCompare(JSON.stringify(b));

test.each(DOCS)('%s: error and warning findings match expected.json', (file) => {
  const { findings } = check(file);
  const actual = findings.filter((f) => f.severity !== 'info').map(golden).sort(order);
  const dir = join(import.meta.dirname, file.split('/').pop()!.replace(/\.txt$/, ''));
  const path = join(dir, 'expected.json');
  if (UPDATE) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, `${JSON.stringify(actual, null, 1)}\n`);
  }
  expect(existsSync(path), `${path} missing: run with UPDATE_GOLDEN=1 and review`).toBe(true);
  expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
});

test.each(DOCS)('%s: rounding residue is info, never an error', (file) => {
  const { findings } = check(file);
  expect(findings.filter((f) => f.code === 'rounding_residue' && f.severity !== 'info')).toEqual([]);
});

test('the SYNTHETIC copy\'s injected table omissions are found (warnings: disclosure, not arithmetic): 支出决算表 removed, 三公 data row removed', () => {
  const codes = check('test/fixtures/corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt').findings
    .filter((f) => f.severity === 'warning').map((f) => `${f.code}:${f.params?.kind ?? ''}`);
  expect(codes).toEqual(expect.arrayContaining(['required_table_missing:T03', 'empty_table_statement_missing:T09']));
  const real = check('test/fixtures/corpus/putuo_caizhengju_2024.txt').findings.filter((f) => f.severity === 'error');
  expect(real).toEqual([]);
});
