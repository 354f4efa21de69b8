// The readable Chinese report of `check --format text`: per file, the recognised tables, what could not be
// parsed (with line numbers), then the problems (root causes: culprit, suggested value, identities explained,
// kind of slip), each followed by its findings as evidence (formula, operands, expected/actual/difference).
// Its words are the 'cli.*' messages (src/messages); tables are named as printed (src/ui/messages/report-view.ts);
// ids and rule codes are in the JSON format only.
import { msg, type Lang } from '../messages/index.ts';
import { describeCell, placeName, readableFormula } from '../ui/messages/index.ts';
import type { FileReport, ReportedFinding, ReportedRootProblem } from './report.ts';
import { docKindLine } from '../ui/messages/budget-narrative.ts';

const MARK = { error: '✗', warning: '!', info: '·' } as const;

type Names = ReadonlyMap<string, string>;

function lines(range: readonly [number, number] | null, lang: Lang): string {
  if (!range) return '';
  return range[0] === range[1] ? msg(lang, 'cli.line', { n: range[0] }) : msg(lang, 'cli.lines', { first: range[0], last: range[1] });
}

function problemBlock(p: ReportedRootProblem, findings: readonly ReportedFinding[], names: Names, lang: Lang): string[] {
  if (p.basis === 'single' && p.findings.length === 1) {
    // a finding on its own: its block, headed by the problem id
    return findingBlock(findings[p.findings[0]!]!, names, lang, p.id);
  }
  const out = [msg(lang, 'cli.problemHead', { mark: MARK[p.severity], severity: msg(lang, `cli.severity.${p.severity}`), id: p.id, message: p.message })];
  if (p.basis !== 'single') out.push(msg(lang, 'cli.evidence', { n: p.findings.length }));
  for (const i of p.findings) out.push(...findingBlock(findings[i]!, names, lang).map((l) => `    ${l}`));
  return out;
}

/** `problem`: the id of the problem this finding is on its own (it heads the block). */
function findingBlock(f: ReportedFinding, names: Names, lang: Lang, problem?: string): string[] {
  const head = { mark: MARK[f.severity], severity: msg(lang, `cli.severity.${f.severity}`), message: f.message };
  const out = [problem ? msg(lang, 'cli.findingHeadOfProblem', { ...head, id: problem }) : msg(lang, 'cli.findingHead', head)];
  const formula = readableFormula(f, names, lang);
  if (formula) out.push(msg(lang, 'cli.formula', { formula }));
  if (f.operands.length > 0) {
    // operands of a 栏 identity share one row: name the row once
    const first = f.operands[0]!.ref;
    const oneRow = f.operands.every((o) => o.ref.table === first.table && o.ref.row === first.row);
    const ops = f.operands.map((o) => {
      const table = o.ref.table !== f.table ? `${placeName(o.ref.table, names, lang)} ` : '';
      const where = oneRow ? '' : `${table}${describeCell(o.ref, lang)}`;
      const col = o.ref.colNo != null ? msg(lang, 'cli.colNo', { n: o.ref.colNo }) : '';
      return msg(lang, 'cli.operand', { where: [where, col].filter(Boolean).join(' '), value: o.value === '' ? msg(lang, 'cli.blank') : o.value });
    });
    const row = oneRow ? describeCell(first, lang) : '';
    const list = ops.join(msg(lang, 'cli.operandSep'));
    out.push(row ? msg(lang, 'cli.operandsOfRow', { row, list }) : msg(lang, 'cli.operands', { list }));
  }
  if (f.expected !== '' || f.actual !== '') {
    const values = { expected: f.expected || '—', actual: f.actual || '—', difference: f.difference || '—', tolerance: f.tolerance };
    out.push(msg(lang, f.tolerance ? 'cli.valuesTolerance' : 'cli.values', values));
  }
  const place = [placeName(f.table, names, lang), f.page ? msg(lang, 'cli.placePage', { page: f.page }) : '',
    f.sourceLine !== null ? msg(lang, 'cli.placeLine', { line: f.sourceLine }) : ''].filter(Boolean).join(msg(lang, 'cli.placeSep'));
  out.push(msg(lang, 'cli.place', { place }));
  return out;
}

function tableLine(t: FileReport['tables'][number], lang: Lang): string {
  const pages = t.pages ? msg(lang, 'cli.pages', { pages: t.pages[0] === t.pages[1] ? t.pages[0] : `${t.pages[0]}–${t.pages[1]}` }) : '';
  return msg(lang, 'cli.tableLine', {
    name: t.name, rows: t.rows, columns: t.columns, unit: t.unit ? msg(lang, 'cli.unit', { unit: t.unit }) : '', lines: lines(t.sourceLines, lang), pages,
  });
}

export function formatText(reports: readonly FileReport[], lang: Lang = 'zh'): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(msg(lang, 'cli.file', { file: r.file }));
    if (r.error) {
      out.push(msg(lang, 'cli.unreadable', { message: r.error.message }), '');
      continue;
    }
    const names: Names = new Map(r.tables.map((t) => [t.id, t.name]));
    out.push(docKindLine(r, lang));
    out.push(msg(lang, 'cli.tables', { n: r.tables.length }));
    for (const t of r.tables) out.push(tableLine(t, lang));
    const unparsed = r.parseNotes;
    out.push(msg(lang, 'cli.parseNotes', { n: unparsed.length }));
    if (unparsed.length === 0) out.push(msg(lang, 'cli.none'));
    for (const p of unparsed) out.push(p.table ? msg(lang, 'cli.noteOfTable', { table: placeName(p.table, names, lang), message: p.message }) : msg(lang, 'cli.note', { message: p.message }));
    out.push(msg(lang, 'cli.unchecked', { n: r.unchecked.length }));
    if (r.unchecked.length === 0) out.push(msg(lang, 'cli.none'));
    for (const u of r.unchecked) out.push(msg(lang, 'cli.uncheckedDoc', { where: u.where, message: u.message }));
    const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
    const problems = (s: string) => r.problems.filter((p) => p.severity === s).length;
    out.push(msg(lang, 'cli.counts', { error: count('error'), warning: count('warning'), info: count('info') }));
    out.push(msg(lang, 'cli.problemCounts', { n: r.problems.length, error: problems('error'), warning: problems('warning'), info: problems('info') }));
    for (const p of r.problems) out.push(...problemBlock(p, r.findings, names, lang));
    out.push('');
  }
  return out.join('\n');
}
