// The CLI's second look at the files it checked one by one: a budget 说明 and a tables file that are not named as a
// pair but print the same department and totals (src/checks/companion-evidence.ts) are checked again as one
// document, in the 说明's place; two that might belong together each get a `companion_maybe` note saying why not.
import { basename } from 'node:path';
import { contentPairs, evidenceParams, maybeProblem, type PairProfile } from '../checks/companion-evidence.ts';
import { checkJob, type CheckedFile } from './check-file.ts';
import { reportProblem } from './report.ts';

export async function pairByContent(checked: readonly CheckedFile[], ruleTexts: readonly string[]): Promise<CheckedFile[]> {
  const profiles = checked.flatMap((c) => (c.profile && c.profile.role !== 'none' ? [c.profile] : []));
  const pairs = contentPairs(profiles);
  if (pairs.length === 0) return [...checked];
  const profileOf = new Map<string, PairProfile>(profiles.map((p) => [p.file, p]));
  const out = new Map<string, CheckedFile | null>(checked.map((c) => [c.report.file, c]));
  for (const pair of pairs) {
    const narrative = profileOf.get(pair.narrative)!;
    const tables = profileOf.get(pair.tables)!;
    if (pair.join) {
      const [joined] = await checkJob({ file: pair.narrative, companion: pair.tables, evidence: evidenceParams(pair, narrative, tables) }, ruleTexts);
      out.set(pair.narrative, joined!);
      out.set(pair.tables, null);
      continue;
    }
    for (const [file, other] of [[pair.narrative, pair.tables], [pair.tables, pair.narrative]] as const) {
      const c = out.get(file);
      if (!c) continue;
      const note = reportProblem(maybeProblem(pair, narrative, tables, basename(other)));
      out.set(file, { ...c, report: { ...c.report, parseNotes: [...c.report.parseNotes, note] } });
    }
  }
  return [...out.values()].filter((c): c is CheckedFile => c !== null);
}
