// The CLI's second look at the files it checked one by one: a budget 说明 and a tables file that are not named as a
// pair but print the same department and totals (src/checks/companion-evidence.ts) are checked again as one
// document, in the 说明's place; two that might belong together each get a `companion_maybe` note saying why not.
import { basename } from 'node:path';
import { planPairs } from '../checks/companion-evidence.ts';
import { checkJob, type CheckedFile } from './check-file.ts';
import { reportProblem } from './report.ts';

export async function pairByContent(checked: readonly CheckedFile[], ruleTexts: readonly string[]): Promise<CheckedFile[]> {
  const plan = planPairs(checked.flatMap((c) => (c.profile ? [c.profile] : [])), basename);
  const out: CheckedFile[] = [];
  for (const c of checked) {
    const file = c.report.file;
    if (plan.joined.has(file)) continue; // checked with its 说明
    const join = plan.joinWith.get(file);
    if (join) {
      out.push(...await checkJob({ file, companion: join.file, evidence: join.evidence }, ruleTexts));
      continue;
    }
    const notes = plan.notes.get(file) ?? [];
    out.push(notes.length === 0 ? c : { ...c, report: { ...c.report, parseNotes: [...c.report.parseNotes, ...notes.map((n) => reportProblem(n))] } });
  }
  return out;
}
