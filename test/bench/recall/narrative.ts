// Recall on a budget 说明's numbers: the “比上年增加（减少）D 万元，增长（下降）P%” statements, found by this bench
// (not by asking the checker): an amount A, then in the same sentence a change D after 增加/减少 and a rate P after
// 增长/下降, with 上年 between A and D. P = D ÷ (A ∓ D) is an identity of the printed text. Each of A, D, P gets one
// mistake (same kinds as for table cells) in the narrative text, and the document is checked again.
// Material: the mutated P lies outside every rate A', D' could give within their printed precision (± P's half-unit).
// Caught: a new error/warning finding on the narrative whose span covers the changed number.
import { checkDocument } from '../../../src/checks/check-document.ts';
import { originSpan, type PreparedNarrative, type Token } from '../../../src/checks/narrative/model.ts';
import { prepareNarrative } from '../../../src/checks/narrative/segment.ts';
import { documentKind } from '../../../src/engine/doc-kind.ts';
import { Decimal, halfUnit } from '../../../src/engine/decimal.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import type { Trial } from './document.ts';
import { signature, type Outcome } from './inject.ts';
import { mutate, MUTATION_KINDS, parseNumText } from './mutate.ts';

interface Yoy { readonly sentence: number; readonly a: Token; readonly d: Token; readonly p: Token; readonly up: boolean }

const NUM = /^[+-]?\d[\d,]*(?:\.\d+)?/;
const numText = (t: Token) => NUM.exec(t.text)?.[0] ?? '';

/** The YOY statements of a budget 说明, in text order. */
export function yoyStatements(p: PreparedNarrative): Yoy[] {
  const out: Yoy[] = [];
  for (const s of p.sentences) {
    s.tokens.forEach((d, i) => {
      const pct = s.tokens[i + 1];
      const dir = /(增加|减少)$/.exec(d.label);
      if (d.kind !== 'amount' || !dir || pct?.kind !== 'percent' || !/(增长|下降)$/.test(pct.label)) return;
      if ((dir[1] === '增加') !== /增长$/.test(pct.label)) return;
      const a = s.tokens.slice(0, i).reverse().find((t) => t.kind === 'amount');
      if (!a || a.unit !== d.unit || !/上年/.test(p.clean.slice(a.end, d.start))) return;
      out.push({ sentence: s.index, a, d, p: pct, up: dir[1] === '增加' });
    });
  }
  return out;
}

const value = (text: string) => new Decimal(text.replace(/,/g, ''));
const half = (text: string) => halfUnit(parseNumText(text)?.frac?.length ?? 0);

/** P printed from A and D cannot be explained by rounding (A, D within their printed precision, P within its own). */
export function yoyBreaks(a: string, d: string, p: string, up: boolean): boolean {
  const [A, D, P] = [value(a), value(d), value(p)];
  const [ha, hd, hp] = [half(a), half(d), half(p)];
  // up: rate = D/(A−D), rising in D and falling in A; down: rate = D/(A+D), rising in D, falling in A
  const rate = (dv: Decimal, av: Decimal) => {
    const base = up ? av.minus(dv) : av.plus(dv);
    return base.lte(0) ? null : dv.div(base).times(100);
  };
  const lo = rate(Decimal.max(D.minus(hd), 0), A.plus(ha));
  const hi = rate(D.plus(hd), A.minus(ha));
  if (lo === null || hi === null) return false;
  return P.lt(lo.minus(hp)) || P.gt(hi.plus(hp));
}

function withNarrative(doc: ParsedDocument, text: string): ParsedDocument {
  return { ...doc, narrative: { ...doc.narrative, text } };
}

/** About the change: the finding's span covers the changed number, or it is a narrative finding that quotes the new
 *  value (“the same figure stated twice with different values” is placed on the other statement). */
function about(f: Finding, at: number, to: Decimal): boolean {
  if (f.table !== 'N') return false;
  if (f.span !== undefined && f.span[0] <= at && at < f.span[1]) return true;
  return [f.expected, f.actual].some((x) => /^-?\d+(?:\.\d+)?$/.test(x) && new Decimal(x).eq(to));
}

/** One trial per number of each YOY statement; empty for a document that is not a 部门预算. */
export function narrativeTrials(doc: ParsedDocument, baseline: ReadonlySet<string>, pick: (n: number) => number):
  { trials: Trial[]; statements: number; skipped: number } {
  if (documentKind(doc).kind !== 'budget' || doc.narrative.text.trim() === '') return { trials: [], statements: 0, skipped: 0 };
  const text = doc.narrative.text;
  const p = prepareNarrative(text);
  const statements = yoyStatements(p).filter((y) => !yoyBreaks(numText(y.a), numText(y.d), numText(y.p), y.up));
  const trials: Trial[] = [];
  let skipped = 0;
  for (const y of statements) {
    for (const which of ['a', 'd', 'p'] as const) {
      const tok = y[which];
      const from = numText(tok);
      const [s0] = originSpan(p, tok.start, tok.start + from.length);
      if (text.slice(s0, s0 + from.length) !== from) { skipped++; continue; }
      const start = pick(MUTATION_KINDS.length);
      let m = null;
      for (let k = 0; k < MUTATION_KINDS.length && !m; k++) m = mutate(from, MUTATION_KINDS[(start + k) % MUTATION_KINDS.length]!, pick);
      if (!m || m.to.startsWith('-')) { skipped++; continue; }
      const nums = { a: numText(y.a), d: numText(y.d), p: numText(y.p), [which]: m.to };
      const material = yoyBreaks(nums.a, nums.d, nums.p, y.up);
      const findings = checkDocument(withNarrative(doc, text.slice(0, s0) + m.to + text.slice(s0 + from.length))).findings;
      trials.push({
        cell: { table: 'N', kind: 'budget_narrative', row: y.sentence, col: s0, instances: [], ambiguous: false },
        label: p.clean.slice(Math.max(0, y.d.start - 12), y.p.end).replace(/\s+/g, ''), colName: { a: '金额', d: '增减额', p: '增减率' }[which],
        sourceLine: doc.narrative.lineMap[text.slice(0, s0).split('\n').length - 1] ?? null,
        mutation: m, material, via: 'text', outcome: judgeNarrative(baseline, findings, s0, value(m.to)),
      });
    }
  }
  return { trials, statements: statements.length, skipped };
}

function judgeNarrative(baseline: ReadonlySet<string>, findings: readonly Finding[], at: number, to: Decimal): Outcome {
  const fresh = findings.filter((f) => !baseline.has(signature(f)));
  const related = fresh.filter((f) => about(f, at, to));
  const unrelatedErrors = fresh.filter((f) => f.severity === 'error' && !about(f, at, to));
  const errors = related.filter((f) => f.severity === 'error');
  const warnings = related.filter((f) => f.severity === 'warning');
  const infos = related.filter((f) => f.severity === 'info');
  const verdict = errors.length ? 'error' : warnings.length ? 'warning' : infos.length ? 'info_only' : 'silent';
  const codes = [...new Set((errors.length ? errors : warnings.length ? warnings : infos).map((f) => f.code))];
  return { verdict, codes, unrelatedErrors };
}
