// The exports' own chrome ('report.*' in src/messages: headings, column names, severity and status names):
// label(lang, key) is msg(lang, `report.${key}`). Findings are worded by src/ui/messages, shared with UI and CLI.
import type { RuleStatusKind } from '../engine/index.ts';
import type { Severity } from '../engine/finding.ts';
import { msg, type Lang, type SubKey } from '../messages/index.ts';

export type ReportLang = Lang;

export type LabelKey = SubKey<'report'>;

export function label(lang: ReportLang, key: LabelKey): string {
  return msg(lang, `report.${key}`);
}

export const severityLabel = (lang: ReportLang, s: Severity): string => label(lang, s);

export const STATUS_KINDS: readonly RuleStatusKind[] = ['pass', 'fail', 'not_applicable', 'insufficient_data', 'parse_error', 'execution_error'];

export const statusLabel = (lang: ReportLang, s: RuleStatusKind): string => label(lang, `status_${s}`);

/** "第 3 页" / "p. 3"; "第 3–4 页" for a range. */
export function pageLabel(lang: ReportLang, first: number, last = first): string {
  const span = last > first ? `${first}–${last}` : String(first);
  return msg(lang, 'report.pageRange', { span });
}
