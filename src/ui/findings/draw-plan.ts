// How much of the findings panel is drawn: a new workbook can bring thousands of findings, and drawing them all
// in the task that shows the workbook would hold the page for seconds. The panel spends a budget of findings in
// list order (a problem costs its findings, at least one) and raises the budget a step per task until all is drawn.

export interface GroupPlan {
  /** problems drawn */
  readonly entries: number;
  /** findings drawn of the last problem drawn (all of them: Infinity) */
  readonly lastFindings: number;
}

/** Per group, what `budget` findings draw; `caps[i]` problems at most in group i (its page). */
export function drawPlan(
  groups: readonly { readonly entries: readonly { readonly findings: readonly unknown[] }[] }[], caps: readonly number[], budget: number,
): { readonly groups: GroupPlan[]; readonly complete: boolean } {
  let left = budget;
  let complete = true;
  const out = groups.map((g, i): GroupPlan => {
    const max = Math.min(caps[i] ?? Infinity, g.entries.length);
    let n = 0;
    let last = Infinity;
    while (n < max && left > 0) {
      const cost = Math.max(1, g.entries[n]!.findings.length);
      if (cost > left) last = left;
      left -= Math.min(cost, left);
      n++;
    }
    if (n < max || last !== Infinity) complete = false;
    return { entries: n, lastFindings: last };
  });
  return { groups: out, complete };
}
