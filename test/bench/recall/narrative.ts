// Recall on a budget 说明's numbers, in statements found by this bench (not by asking the checker), each an identity
// of the printed text:
// - “比上年增加（减少）D 万元，增长（下降）P%”: an amount A, then in the same sentence a change D after 增加/减少 and a
//   rate P after 增长/下降, with 上年 between A and D; P = D ÷ (A ∓ D).
// - shares: in one numbered block, two or more “X 万元，占 P%” whose rates add to 100% — the parts of one whole, so
//   P = X ÷ ΣX (the whole a reviewer's slip in one X leaves unchanged).
// Every number of a statement gets one mistake (same kinds as for table cells) in the narrative text, and the
// document is checked again. Material: the mutated statement no longer holds within its numbers' printed precision.
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

/** A statement: its numbers, the sentence of each, and whether printed texts (in that order) break its identity. */
interface Statement {
  readonly tokens: readonly Token[];
  readonly sentences: readonly number[];
  readonly names: readonly string[];
  readonly breaks: (texts: readonly string[]) => boolean;
}

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

/** Groups of “X 万元，占 P%” in one numbered block whose rates add to 100% (within their precision), ≥ 2 parts. */
export function shareGroups(p: PreparedNarrative): { sentence: number; x: Token; p: Token }[][] {
  const blocks = new Map<string, { sentence: number; x: Token; p: Token }[]>();
  for (const s of p.sentences) {
    s.tokens.forEach((x, i) => {
      const pct = s.tokens[i + 1];
      if (x.kind !== 'amount' || pct?.kind !== 'percent' || !/^[，,\s]*占\s*$/.test(p.clean.slice(x.end, pct.start))) return;
      const key = `${s.section}:${s.block}`;
      blocks.set(key, [...(blocks.get(key) ?? []), { sentence: s.index, x, p: pct }]);
    });
  }
  return [...blocks.values()].filter((g) => g.length >= 2 && !sharesBreak(g.map((m) => numText(m.x)), g.map((m) => numText(m.x)), g.map((m) => numText(m.p))));
}

/** Some P ≠ X ÷ ΣX (ΣX of the printed parts before any change) beyond rounding, or the rates do not add to 100%. */
export function sharesBreak(before: readonly string[], xs: readonly string[], ps: readonly string[]): boolean {
  const whole = before.reduce((acc, t) => acc.plus(value(t)), new Decimal(0));
  const hw = before.reduce((acc, t) => acc.plus(half(t)), new Decimal(0));
  if (whole.minus(hw).lte(0)) return true;
  const sumP = ps.reduce((acc, t) => acc.plus(value(t)), new Decimal(0));
  if (sumP.minus(100).abs().gt(ps.reduce((acc, t) => acc.plus(half(t)), new Decimal(0)))) return true;
  return xs.some((x, i) => {
    const [X, hx, P, hp] = [value(x), half(x), value(ps[i]!), half(ps[i]!)];
    const lo = Decimal.max(X.minus(hx), 0).div(whole.plus(hw)).times(100);
    const hi = X.plus(hx).div(whole.minus(hw)).times(100);
    return P.lt(lo.minus(hp)) || P.gt(hi.plus(hp));
  });
}

function statements(p: PreparedNarrative): Statement[] {
  const yoy = yoyStatements(p).filter((y) => !yoyBreaks(numText(y.a), numText(y.d), numText(y.p), y.up)).map((y): Statement => ({
    tokens: [y.a, y.d, y.p], sentences: [y.sentence, y.sentence, y.sentence], names: ['金额', '增减额', '增减率'],
    breaks: ([a, d, pct]) => yoyBreaks(a!, d!, pct!, y.up),
  }));
  const shares = shareGroups(p).map((g): Statement => {
    const before = g.map((m) => numText(m.x));
    return {
      tokens: g.flatMap((m) => [m.x, m.p]), sentences: g.flatMap((m) => [m.sentence, m.sentence]),
      names: g.flatMap(() => ['部分金额', '占比']),
      breaks: (t) => sharesBreak(before, t.filter((_, i) => i % 2 === 0), t.filter((_, i) => i % 2 === 1)),
    };
  });
  return [...yoy, ...shares];
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

/** One trial per number of each statement; empty for a document that is not a 部门预算. */
export function narrativeTrials(doc: ParsedDocument, baseline: ReadonlySet<string>, pick: (n: number) => number):
  { trials: Trial[]; statements: number; skipped: number } {
  if (documentKind(doc).kind !== 'budget' || doc.narrative.text.trim() === '') return { trials: [], statements: 0, skipped: 0 };
  const text = doc.narrative.text;
  const p = prepareNarrative(text);
  const found = statements(p);
  const trials: Trial[] = [];
  let skipped = 0;
  for (const st of found) {
    const texts = st.tokens.map(numText);
    st.tokens.forEach((tok, k) => {
      const from = texts[k]!;
      const [s0] = originSpan(p, tok.start, tok.start + from.length);
      if (text.slice(s0, s0 + from.length) !== from) { skipped++; return; }
      const start = pick(MUTATION_KINDS.length);
      let m = null;
      for (let j = 0; j < MUTATION_KINDS.length && !m; j++) m = mutate(from, MUTATION_KINDS[(start + j) % MUTATION_KINDS.length]!, pick);
      if (!m || m.to.startsWith('-')) { skipped++; return; }
      const material = st.breaks(texts.map((t, j) => (j === k ? m.to : t)));
      const findings = checkDocument(withNarrative(doc, text.slice(0, s0) + m.to + text.slice(s0 + from.length))).findings;
      trials.push({
        cell: { table: 'N', kind: 'budget_narrative', row: st.sentences[k]!, col: s0, instances: [], ambiguous: false },
        label: p.clean.slice(Math.max(0, tok.start - 12), tok.end).replace(/\s+/g, ''), colName: st.names[k]!,
        sourceLine: doc.narrative.lineMap[text.slice(0, s0).split('\n').length - 1] ?? null,
        mutation: m, material, via: 'text', outcome: judgeNarrative(baseline, findings, s0, value(m.to)),
      });
    });
  }
  return { trials, statements: found.length, skipped };
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
