// The root-cause problems an export shows: the ones the caller computed for exactly these findings, else
// computed here with the document's own rules (src/checks/problems).
import { documentProblems, type ProblemsResult } from '../checks/problems/index.ts';
import type { Finding, ParsedDocument } from '../engine/index.ts';

export function problemsFor(doc: ParsedDocument, findings: readonly Finding[], given?: ProblemsResult): ProblemsResult {
  return given && given.problemOf.length === findings.length ? given : documentProblems(doc, findings);
}
