// Stated amounts against the tables (N-TOT … N-FUND) and against each other (N-REPEAT: the same indicator
// given two different values). Rounding-level differences are info (尾数误差), never errors; a verdict that
// rests on a positional binding (params.binding = 'position') is a warning, never an error.
import type { ParsedDocument } from '../../engine/document.ts';
import { conceptOf, type Concept } from './concepts.ts';
import type { Emit } from './emit.ts';
import type { Lookup } from './lookup.ts';
import { bySeverity, weakest, type Binding, type PreparedNarrative, type Sentence, type Token } from './model.ts';
import { fmt, interval, judgeAmount } from './tolerance.ts';

export type ConceptOf = (p: PreparedNarrative, s: Sentence, t: Token) => Concept | null;

/** `concepts`: how a stated amount names its figure (决算: conceptOf; 部门预算: budgetConceptOf). */
export function checkAgainstTables(doc: ParsedDocument, p: PreparedNarrative, emit: Emit, concepts: ConceptOf = conceptOf): void {
  const firstSeen = new Map<string, { s: Sentence; t: Token; binding: Binding }>();
  for (const s of p.sentences) {
    for (const t of s.tokens) {
      const concept = concepts(p, s, t);
      if (!concept) continue;
      const { fig, binding } = concept.resolve(doc);
      const prior = firstSeen.get(concept.key);
      if (!prior) firstSeen.set(concept.key, { s, t, binding: concept.binding });
      else if (judgeAmount(interval(t), interval(prior.t), t.value, prior.t.value).verdict === 'error'
        && !contradictsTable(fig, t)) {
        // the same path (or label) twice with two values; when the table settles it, the table finding says it
        const both = weakest(prior.binding, concept.binding);
        emit(s, { ruleId: 'N-REPEAT', code: 'indicator_two_values', severity: bySeverity('error', both), at: t.start,
          expected: prior.t.value.toString(), actual: t.value.toString(), difference: t.value.minus(prior.t.value).toString(),
          operands: [{ ref: { table: 'N', row: prior.s.index, col: -1, text: prior.t.text }, value: prior.t.value.toString() }],
          params: { indicator: concept.key, binding: both } });
      }
      if (fig === null) continue;
      if (fig === 'ambiguous') {
        emit(s, { ruleId: 'N-TOT', code: 'binding_ambiguous', severity: 'info', at: t.start, params: { number: t.text, indicator: concept.key } });
        continue;
      }
      const j = judgeAmount(interval(t), interval(fig), t.value, fig.value);
      if (j.verdict === 'pass') continue;
      const severity = j.verdict === 'info' ? 'info' : bySeverity(concept.severity, binding);
      emit(s, {
        ruleId: 'N-TOT', code: j.verdict === 'info' ? 'rounding_residue' : 'narrative_amount_mismatch', severity, at: t.start,
        formula: `${concept.key} = ${t.text}`, cells: [fig.ref],
        operands: [{ ref: fig.ref, value: fig.value.toString() }],
        expected: fmt(fig.value), actual: t.value.toString(), difference: fmt(j.difference), tolerance: fmt(j.tolerance, 3),
        params: { indicator: concept.key, binding },
      });
    }
  }
}

/** The table gives this number's indicator a figure the number contradicts (reported as N-TOT, not again). */
function contradictsTable(fig: Lookup, t: Token): boolean {
  return fig !== null && fig !== 'ambiguous' && judgeAmount(interval(t), interval(fig), t.value, fig.value).verdict === 'error';
}
