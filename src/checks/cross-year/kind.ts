// Which kind of document a report is — 部门决算 (final accounts) or 部门预算 (budget) — from its title and its
// tables' titles. Cross-year links only join reports of the same kind.
import type { ParsedDocument } from '../../engine/document.ts';

export type ReportKind = 'final' | 'budget' | 'unknown';

export function reportKind(doc: ParsedDocument): ReportKind {
  const titles = [doc.title ?? '', ...doc.tables.map((t) => t.title)].join('\n');
  const final = (titles.match(/决算/g) ?? []).length;
  const budget = (titles.replace(/预算(?:财政拨款|数)/g, '').match(/预算(?:公开|表|$)/gm) ?? []).length;
  if (final > 0 && final >= budget) return 'final';
  if (budget > 0) return 'budget';
  return 'unknown';
}
