// Stated amounts against the tables (N-TOT … N-FUND) and against each other (N-REPEAT: the same indicator
// given two different values). Rounding-level differences are info (尾数误差), never errors.
import type { ParsedDocument } from '../../engine/document.ts';
import { conceptOf } from './concepts.ts';
import type { Emit } from './emit.ts';
import type { PreparedNarrative, Sentence, Token } from './model.ts';
import { fmt, interval, judgeAmount } from './tolerance.ts';

export function checkAgainstTables(doc: ParsedDocument, p: PreparedNarrative, emit: Emit): void {
  const firstSeen = new Map<string, { s: Sentence; t: Token }>();
  for (const s of p.sentences) {
    for (const t of s.tokens) {
      const concept = conceptOf(p, s, t);
      if (!concept) continue;
      const prior = firstSeen.get(concept.key);
      if (!prior) firstSeen.set(concept.key, { s, t });
      else if (judgeAmount(interval(t), interval(prior.t), t.value, prior.t.value).verdict === 'error') {
        emit(s, { ruleId: 'N-REPEAT', code: 'indicator_two_values', severity: 'error', at: t.start,
          expected: prior.t.value.toString(), actual: t.value.toString(), difference: t.value.minus(prior.t.value).toString(),
          operands: [{ ref: { table: 'N', row: prior.s.index, col: -1, text: prior.t.text }, value: prior.t.value.toString() }],
          params: { indicator: concept.key } });
      }
      const fig = concept.resolve(doc);
      if (fig === null) continue;
      if (fig === 'ambiguous') {
        emit(s, { ruleId: 'N-TOT', code: 'binding_ambiguous', severity: 'info', at: t.start, params: { number: t.text, indicator: concept.key } });
        continue;
      }
      const j = judgeAmount(interval(t), interval(fig), t.value, fig.value);
      if (j.verdict === 'pass') continue;
      const severity = j.verdict === 'info' ? 'info' : concept.severity;
      emit(s, {
        ruleId: 'N-TOT', code: j.verdict === 'info' ? 'rounding_residue' : 'narrative_amount_mismatch', severity, at: t.start,
        formula: `${concept.key} = ${t.text}`, cells: [fig.ref],
        operands: [{ ref: fig.ref, value: fig.value.toString() }],
        expected: fmt(fig.value), actual: t.value.toString(), difference: fmt(j.difference), tolerance: fmt(j.tolerance, 3),
        params: { indicator: concept.key },
      });
    }
  }
}
