// The batch view of the CLI: one summary row per report (counts equal to that report's findings), the
// cross-year links found among the reports given together and their findings, added to this year's report.
import { checkCrossYear, linkYears, type LinkResult, type YearFacts } from '../checks/cross-year/index.ts';
import { describeFinding } from '../ui/messages/index.ts';
import type { FileReport, ReportedFinding, ReportedRootProblem } from './report.ts';

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
    // each cross-year finding is a problem of its own: its cell is the one to look at, last year's value the suggestion
    const r = reports[i]!;
    const added: ReportedFinding[] = [];
    const problems: ReportedRootProblem[] = [];
    found.forEach((f, k) => {
      const id = `P${r.problems.length + k + 1}`;
      const message = describeFinding(f, 'zh');
      added.push({ ...f, message, sourceLine: null, problem: id });
      problems.push({
        id, severity: f.severity, culprit: f.location, suggested: f.code === 'cross_year_carryover_mismatch' ? f.expected : null,
        basis: 'single', findings: [r.findings.length + k], explains: 1, message,
      });
    });
    reports[i] = { ...r, findings: [...r.findings, ...added], problems: [...r.problems, ...problems] };
  }
  return links;
}

export function summaryRows(reports: readonly FileReport[], facts: readonly (YearFacts | null)[], links: LinkResult): SummaryRow[] {
  const duplicate = new Set(links.duplicates.flat());
  return reports.map((r, i) => {
    const f = facts[i] ?? null;
    const sev = (s: string) => r.findings.filter((x) => x.severity === s).length;
    const status = r.error ? 'unreadable' : f && f.year === null ? 'year_unknown' : duplicate.has(r.file) ? 'duplicate' : 'ok';
    return {
      file: r.file, department: f?.department ?? null, year: f?.year ?? null, kind: f?.kind ?? 'unknown',
      tables: r.tables.length, problems: r.problems.length, errors: sev('error'), warnings: sev('warning'), info: sev('info'),
      unchecked: r.unchecked.length, status,
    };
  });
}
