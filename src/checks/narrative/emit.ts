// Builds narrative findings: table "N", the sentence's span in doc.narrative.text, the table cells the
// sentence was compared with, decimal strings, and the quoted sentence as a parameter (no prose).
import type { CellRef, Finding, Operand, Severity } from '../../engine/finding.ts';
import { originSpan, type PreparedNarrative, type Sentence } from './model.ts';

export interface NarrativeIssue {
  readonly ruleId: string;
  readonly code: string;
  readonly severity: Severity;
  readonly formula?: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly tolerance?: string;
  readonly cells?: readonly CellRef[];
  readonly operands?: readonly Operand[];
  readonly params?: Readonly<Record<string, string | number>>;
  /** which number of the sentence the finding is about (cleaned offsets), for a stable key */
  readonly at?: number;
}

export type Emit = (s: Sentence, issue: NarrativeIssue) => void;

export function makeEmitter(p: PreparedNarrative, out: Finding[]): Emit {
  const seen = new Set<string>();
  return (s, issue) => {
    const key = `${issue.ruleId}|${issue.code}|${s.index}|${issue.at ?? -1}`;
    if (seen.has(key)) return;
    seen.add(key);
    let end = s.end;
    while (end > s.start && p.clean[end - 1] === '\n') end--;
    const sentence = p.clean.slice(s.start, end);
    const span = originSpan(p, s.start, end);
    out.push({
      ruleId: issue.ruleId,
      code: issue.code,
      severity: issue.severity,
      table: 'N',
      location: { table: 'N', row: s.index, col: issue.at ?? -1 },
      cells: issue.cells ?? [],
      formula: issue.formula ?? '',
      operands: issue.operands ?? [],
      expected: issue.expected ?? '',
      actual: issue.actual ?? '',
      difference: issue.difference ?? '',
      tolerance: issue.tolerance ?? '',
      params: { sentence, ...issue.params },
      span,
    });
  };
}
