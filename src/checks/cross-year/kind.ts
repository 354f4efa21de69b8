// Which kind of document a report is — 部门决算 (final accounts), 部门预算 (budget), ambiguous or unknown — is the
// engine's classifier (src/engine/doc-kind.ts). Cross-year links only join reports of the same kind (never ambiguous).
import type { ParsedDocument } from '../../engine/document.ts';
import { documentKind, type DocKindValue } from '../../engine/doc-kind.ts';

export type ReportKind = DocKindValue;

export function reportKind(doc: ParsedDocument): ReportKind {
  return documentKind(doc).kind;
}
