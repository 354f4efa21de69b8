// T06 一般公共预算财政拨款基本支出决算表 in the three-pane 江西/武汉 form (人员经费 | 公用经费 | 公用经费 contd.):
// the body is read as one stream of entries `code name… [amount]`, so names wrapped over lines and an amount
// opening the next line (§6 item 3) attach to their own code. Panes follow the economic class (301/303 | 302 | rest).
import type { ParseProblem } from '../../engine/document.ts';
import type { SourceLine } from '../source-line.ts';
import { CODE_COLUMN, LABEL_COLUMN, amountColumnSpecs } from './columns.ts';
import { newDraft, toRow, type Built, type BuildContext, type RowDraft } from './draft.ts';
import { classify, compact, isTabLine, spaceTokens, tabCells } from './tokens.ts';

interface Tok { text: string; line: number }

const ECON_CODE = /^3\d{2}(?:\d{2,3})?$/;
const FOOTER = /^(人员经费合计|公用经费合计|公用支出合计|基本支出合计|合计)$/;
const HEADER_WORDS = /^(人员经费|公用经费|经济分类科?|目编码|经济分类科目编码|科目名称|金额|决算数|经济分|科目编码|经济分类)$/;

export function paneOf(code: string | null, label: string): number {
  if (code === null) return /^公用/.test(compact(label)) ? 1 : 0;
  if (code.startsWith('301') || code.startsWith('303')) return 0;
  if (code.startsWith('302')) return 1;
  return 2;
}

function tokensOf(lines: readonly SourceLine[]): Tok[] {
  const out: Tok[] = [];
  for (const l of lines) {
    const parts = isTabLine(l.text) ? tabCells(l.text) : spaceTokens(l.text).map((t) => t.text);
    for (const p of parts) if (p !== '') out.push({ text: p, line: l.line });
  }
  return out;
}

export function buildEconomic(lines: readonly SourceLine[], ctx: BuildContext): Built {
  const problems: ParseProblem[] = [];
  // header: everything before the first line opening with an economic code
  const start = lines.findIndex((l) => ECON_CODE.test((isTabLine(l.text) ? tabCells(l.text)[0] : spaceTokens(l.text)[0]?.text) ?? ''));
  const toks = tokensOf(start < 0 ? [] : lines.slice(start));
  const drafts: RowDraft[] = [];
  let cur: RowDraft | null = null;
  let hasAmount = false;
  const close = () => { if (cur) drafts.push(cur); cur = null; hasAmount = false; };
  for (const t of toks) {
    const kind = classify(t.text);
    if (ECON_CODE.test(t.text) && kind === 'int') {
      close();
      cur = newDraft(t.line, { code: t.text });
    } else if (kind === 'amount' || kind === 'placeholder' || kind === 'int') {
      if (cur && !hasAmount) { cur.values.push(t.text); hasAmount = true; }
      else problems.push({ code: 'unparsed_lines', severity: 'warning', line: t.line, table: ctx.tableId, params: { token: t.text } });
    } else if (HEADER_WORDS.test(compact(t.text))) {
      continue;
    } else if (FOOTER.test(compact(t.text)) || !cur || hasAmount) {
      // a label without a code is a footer (人员经费合计 …) or a stray word
      close();
      cur = newDraft(t.line, { label: t.text });
    } else {
      cur.label = cur.label ? `${cur.label}${t.text}` : t.text;
    }
  }
  close();
  for (const d of drafts) {
    d.pane = paneOf(d.code, d.label);
    if (d.code === null && !FOOTER.test(compact(d.label))) {
      problems.push({ code: 'unparsed_lines', severity: 'warning', line: d.line, table: ctx.tableId, params: { token: d.label } });
    }
  }
  const ordered = [0, 1, 2].flatMap((p) => drafts.filter((d) => d.pane === p && d.code !== null))
    .concat(drafts.filter((d) => d.code === null && FOOTER.test(compact(d.label))));
  const rows = ordered.map((d) => toRow(d, [d.code ?? '', d.label], [d.values[0] ?? '']));
  const panes = new Set(ordered.map((d) => d.pane));
  return {
    columns: [CODE_COLUMN, LABEL_COLUMN, ...amountColumnSpecs('T06', 1)],
    rows,
    layout: panes.has(2) ? 'T06.P3' : 'T06.P2',
    notes: [],
    problems,
  };
}
