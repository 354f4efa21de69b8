// The batch view of the CLI: one summary row per report (counts equal to that report's findings), the
// cross-year links found among the reports given together and their findings, added to this year's report.
import { checkCrossYear, linkYears, type LinkResult, type YearFacts } from '../checks/cross-year/index.ts';
import { describeFinding } from '../ui/messages/index.ts';
import type { FileReport, ReportedFinding } from './report.ts';

export interface SummaryRow {
  readonly file: string;
  readonly department: string | null;
  readonly year: number | null;
  readonly kind: string;
  readonly tables: number;
  readonly problems: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly unchecked: number;
  /** ok | unreadable | year_unknown | duplicate */
  readonly status: string;
}

/** Cross-year findings appended to the later year's report; the links and the unlinked cases returned. */
export function applyCrossYear(reports: FileReport[], facts: readonly (YearFacts | null)[]): LinkResult {
  const known = facts.filter((f): f is YearFacts => f !== null);
  const links = linkYears(known);
  const byFile = new Map(known.map((f) => [f.file, f]));
  for (const link of links.links) {
    const i = reports.findIndex((r) => r.file === link.cur);
    const found = checkCrossYear(byFile.get(link.prev)!, byFile.get(link.cur)!, link.match);
    if (i < 0 || found.length === 0) continue;
    const added: ReportedFinding[] = found.map((f) => ({ ...f, message: describeFinding(f, 'zh'), sourceLine: null }));
    reports[i] = { ...reports[i]!, findings: [...reports[i]!.findings, ...added] };
  }
  return links;
}

function count(r: FileReport, key: string): number {
  const v = (r as unknown as Record<string, unknown>)[key];
  return Array.isArray(v) ? v.length : 0;
}

export function summaryRows(reports: readonly FileReport[], facts: readonly (YearFacts | null)[], links: LinkResult): SummaryRow[] {
  const duplicate = new Set(links.duplicates.flat());
  return reports.map((r, i) => {
    const f = facts[i] ?? null;
    const sev = (s: string) => r.findings.filter((x) => x.severity === s).length;
    const status = r.error ? 'unreadable' : f && f.year === null ? 'year_unknown' : duplicate.has(r.file) ? 'duplicate' : 'ok';
    return {
      file: r.file, department: f?.department ?? null, year: f?.year ?? null, kind: f?.kind ?? 'unknown',
      tables: r.tables.length, problems: count(r, 'rootProblems'), errors: sev('error'), warnings: sev('warning'), info: sev('info'),
      unchecked: count(r, 'unchecked'), status,
    };
  });
}
