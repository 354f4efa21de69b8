// The summary table at the end of `check --summary`'s text report: one line per report, the cross-year links,
// duplicates, reports without a year and skipped files.
import type { LinkResult } from '../checks/cross-year/index.ts';
import { isMessageKey, msg, type Lang } from '../messages/index.ts';
import { describeProblem } from '../ui/messages/index.ts';
import { displayWidth } from './rules.ts';
import type { SkippedFile } from './files.ts';
import type { SummaryRow } from './summary.ts';

const word = (lang: Lang, key: string, code: string) => (isMessageKey(key) ? msg(lang, key) : code);
const COLUMNS = ['file', 'department', 'year', 'kind', 'tables', 'problems', 'errors', 'warnings', 'info', 'unchecked', 'status'] as const;

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function formatSummary(rows: readonly SummaryRow[], links: LinkResult, skipped: readonly SkippedFile[], lang: Lang = 'zh'): string {
  const head = COLUMNS.map((c) => msg(lang, `cli.col.${c}`));
  const cells = rows.map((r) => [r.file, r.department ?? '—', r.year === null ? '—' : String(r.year), word(lang, `cli.kind.${r.kind}`, r.kind),
    String(r.tables), String(r.problems), String(r.errors), String(r.warnings), String(r.info), String(r.unchecked), word(lang, `cli.status.${r.status}`, r.status)]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]!))));
  const line = (c: readonly string[]) => c.map((x, i) => pad(x, widths[i]!)).join('  ').trimEnd();
  const out = [msg(lang, 'cli.summary', { n: rows.length }), line(head), ...cells.map(line)];
  if (links.links.length > 0) {
    out.push('', msg(lang, 'cli.links'));
    for (const l of links.links) out.push(msg(lang, l.match === 'place_prefix' ? 'cli.linkByPrefix' : 'cli.link', { prev: l.prev, cur: l.cur }));
  }
  for (const d of links.duplicates) out.push(msg(lang, 'cli.duplicates', { files: d.join(msg(lang, 'cli.nameSep')) }));
  for (const f of links.unknown) out.push(msg(lang, 'cli.yearUnknown', { file: f }));
  for (const s of skipped) out.push(msg(lang, 'cli.skipped', { file: s.file, reason: describeProblem({ code: s.reason, severity: 'info' }, lang) }));
  return out.join('\n');
}
