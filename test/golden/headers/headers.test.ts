// Golden column names: every table of every seed and corpus document keeps the column names printed in its own
// header rows — read as a whole pasted report, and (where the document prints a table with tabs) that table pasted
// alone as TSV and as clipboard HTML (决算 tables; a 绩效 table pasted alone is blocks, not columns). Budget tables are included once a rule pack parses them (a layout is set).
// Besides the golden file, names that can only come from a misread header fail on their own: the same name on the
// 科目编码 and 科目名称 columns, a 栏次/行次 word in a column name, spaces left inside a wrapped CJK heading.
// UPDATE_GOLDEN=1 rewrites expected.json; review the diff by hand against the printed headers.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Table } from '../../../src/engine/table.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const EXPECTED = join(import.meta.dirname, 'expected.json');
const DIRS = ['test/fixtures/seeds', 'test/fixtures/corpus', 'test/fixtures/budget'];
const DOCS = DIRS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** "role[栏][@pane]=name" per column, in order */
function names(t: Table): string[] {
  return t.columns.map((c) => `${c.role}${c.colNo ?? ''}${c.pane !== undefined ? `@${c.pane}` : ''}=${c.header}`);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function htmlOf(lines: readonly string[]): string {
  const before = lines.filter((l) => l.trim() !== '' && !l.includes('\t'));
  const rows = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t'));
  return before.map((l) => `<p>${esc(l)}</p>`).join('') + '<table>' + rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('') + '</table>';
}

function misread(t: Table): string[] {
  const out: string[] = [];
  const code = t.columns.find((c) => c.role === 'code')?.header ?? '';
  const label = t.columns.find((c) => c.role === 'label')?.header ?? '';
  if (code !== '' && code === label) out.push(`code and label both named ${code}`);
  for (const c of t.columns) {
    if (c.role !== 'lineNo' && /栏\s*次|行\s*次/.test(c.header)) out.push(`${c.key} named ${c.header}`);
    // levels are joined by a space (“预算数 合计”); a two-character word split by one (“项 目”) is a wrap left in
    if (/(?:^|\s)[\u4e00-\u9fff]\s+[\u4e00-\u9fff](?:\s|$)/.test(c.header)) out.push(`${c.key} keeps a wrap space: ${c.header}`);
  }
  return out;
}

async function collect(): Promise<{ names: Record<string, string[]>; misread: string[] }> {
  const out: Record<string, string[]> = {};
  const bad: string[] = [];
  const add = (key: string, t: Table) => { out[key] = names(t); for (const m of misread(t)) bad.push(`${key}: ${m}`); };
  for (const file of DOCS) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const r = parseReportText(text);
    if (!r.ok) continue;
    const lines = text.split('\n');
    const budget = file.includes('/budget/');
    for (const t of r.value.tables) {
      if (budget && t.layout === null) continue;
      const at = `${file.split('/').pop()}#${t.kind}@${t.sourceLines?.[0]}`;
      add(`${at} report`, t);
      const [from, to] = t.sourceLines ?? [0, 0];
      const block = lines.slice(from - 1, to);
      // a 绩效 table pasted alone is a grid of info, funds and indicator blocks, not one header over columns
      if (budget || t.kind.startsWith('P_') || block.filter((l) => l.includes('\t')).length < 3) continue;
      for (const [how, input] of [['tsv', { text: block.join('\n') }], ['html', { html: htmlOf(block) }]] as const) {
        const p = await parseInput(input);
        if (p.ok) p.value.tables.forEach((pt, i) => add(`${at} ${how}${i > 0 ? i : ''}`, pt));
      }
    }
  }
  return { names: out, misread: bad };
}

const collected = collect();

test('every seed and corpus table keeps its printed column names (report, TSV and HTML pastes)', async () => {
  const actual = (await collected).names;
  if (UPDATE || !existsSync(EXPECTED)) writeFileSync(EXPECTED, JSON.stringify(actual, null, 1) + '\n');
  expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
}, 60_000);

test('no column name comes from a misread header (same name twice, 栏次 words, wrap spaces)', async () => {
  expect((await collected).misread).toEqual([]);
}, 60_000);
