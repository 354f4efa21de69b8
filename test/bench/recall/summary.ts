// Aggregating recall trials per document and table kind, and printing them (text or one JSON object).
import type { DocumentRun, RunOptions, Trial } from './document.ts';

export interface Tally {
  /** material mutations (beyond the rounding envelope) */
  material: number;
  caughtError: number;
  caughtWarning: number;
  /** misses the checker lists as not checked (未能核对) */
  unchecked: number;
  /** mutations within the rounding envelope: not counted in recall */
  withinRounding: number;
  /** mutations in rows flagged column_ambiguous (counted in recall too) */
  ambiguous: number;
  unrelatedErrors: number;
}

export interface Miss {
  readonly file: string; readonly table: string; readonly kind: string; readonly row: number; readonly col: number;
  readonly label: string; readonly column: string; readonly sourceLine: number | null; readonly via: string;
  readonly mutation: string; readonly verdict: string; readonly codes: string[]; readonly ambiguous: boolean;
}

export interface Unrelated { readonly file: string; readonly via: string; readonly mutated: string; readonly finding: string }

export interface Summary {
  readonly options: RunOptions;
  readonly documents: { file: string; error?: string; identityCells?: number; sampled?: number; textSkipped?: number; narrativeStatements?: number; ms?: number; kinds?: Record<string, Tally> }[];
  readonly totals: { standard: Tally; perf: Tally; budget: Tally };
  readonly misses: Miss[];
  readonly unrelated: Unrelated[];
}

const empty = (): Tally => ({ material: 0, caughtError: 0, caughtWarning: 0, unchecked: 0, withinRounding: 0, ambiguous: 0, unrelatedErrors: 0 });
const recall = (t: Tally) => (t.material === 0 ? null : (t.caughtError + t.caughtWarning) / t.material);

function add(t: Tally, x: Trial): void {
  t.unrelatedErrors += x.outcome.unrelatedErrors.length;
  if (x.cell.ambiguous) t.ambiguous++;
  if (!x.material) { t.withinRounding++; return; }
  t.material++;
  if (x.outcome.verdict === 'error') t.caughtError++;
  else if (x.outcome.verdict === 'warning') t.caughtWarning++;
  else if (x.outcome.verdict === 'unchecked') t.unchecked++;
}

/** 绩效 (P_…), 部门预算 (B01–B14 and a budget 说明's numbers) or the standard 决算 tables (T01–T10, unknown). */
export const familyOf = (kind: string): 'standard' | 'perf' | 'budget' =>
  kind.startsWith('P_') ? 'perf' : /^B\d\d$/.test(kind) || kind === 'budget_narrative' ? 'budget' : 'standard';

const where = (x: Trial) => `${x.cell.table} 行${x.cell.row}「${x.label.slice(0, 16)}」${x.colName}`;

export function summarise(runs: readonly (DocumentRun | { file: string; error: string })[], options: RunOptions): Summary {
  const totals = { standard: empty(), perf: empty(), budget: empty() };
  const misses: Miss[] = [];
  const unrelated: Unrelated[] = [];
  const documents = runs.map((r) => {
    if ('error' in r) return { file: r.file, error: r.error };
    const kinds: Record<string, Tally> = {};
    for (const x of r.trials) {
      add((kinds[x.cell.kind] ??= empty()), x);
      add(totals[familyOf(x.cell.kind)], x);
      const m = `${x.mutation.from}→${x.mutation.to}（${x.mutation.kind}）`;
      if (x.material && x.outcome.verdict !== 'error' && x.outcome.verdict !== 'warning') {
        misses.push({ file: r.file, table: x.cell.table, kind: x.cell.kind, row: x.cell.row, col: x.cell.col, label: x.label,
          column: x.colName, sourceLine: x.sourceLine, via: x.via, mutation: m, verdict: x.outcome.verdict,
          codes: x.outcome.codes, ambiguous: x.cell.ambiguous });
      }
      for (const f of x.outcome.unrelatedErrors) {
        unrelated.push({ file: r.file, via: x.via, mutated: `${where(x)} ${m}`,
          finding: `${f.ruleId} ${f.code} ${f.location ? `${f.location.table}:${f.location.row}:${f.location.col}` : f.table} ${f.formula}` });
      }
    }
    return { file: r.file, identityCells: r.identityCells, sampled: r.sampled, textSkipped: r.textSkipped, narrativeStatements: r.narrativeStatements, ms: r.ms, kinds };
  });
  return { options, documents, totals, misses, unrelated };
}

const pct = (t: Tally) => { const v = recall(t); return v === null ? '—' : `${(v * 100).toFixed(1)}%`; };
const line = (name: string, t: Tally) =>
  `  ${name.padEnd(10)} 召回 ${pct(t).padStart(6)}  (${t.caughtError + t.caughtWarning}/${t.material}: error ${t.caughtError}, warning ${t.caughtWarning})`
  + `  漏报中列为未能核对 ${t.unchecked}`
  + `  尾数范围内 ${t.withinRounding}  列位推断 ${t.ambiguous}  无关新 error ${t.unrelatedErrors}`;

export function formatText(s: Summary): string {
  const out: string[] = [];
  const o = s.options;
  out.push(`recall — 种子 ${o.seed}；每份文档最多抽样 ${o.maxCells} 个参与勾稽的单元格（超出即按种子抽样），每格一处错误；每第 ${o.textEvery} 处也改在原文中并重新解析。`);
  out.push('计入召回：改动使该格所在的某个恒等式超出尾数范围（计入原有差额），且出现一条新的 error/warning 发现、其位置或涉及单元格包含被改单元格。');
  out.push('未能核对：未计入召回的漏报中，检查器以 info（数据不足等）列明该格未能核对的；无关新 error：不涉及被改单元格的新 error。');
  for (const d of s.documents) {
    out.push('', `== ${d.file}`);
    if (d.error) { out.push(`  未能处理：${d.error}`); continue; }
    out.push(`  参与勾稽的单元格 ${d.identityCells}，抽样 ${d.sampled}，原文注入未能定位 ${d.textSkipped}，用时 ${d.ms} ms`
      + (d.narrativeStatements ? `；说明中成立的比上年增减及占比陈述 ${d.narrativeStatements}（每个数字各注入一次）` : ''));
    for (const [k, t] of Object.entries(d.kinds!)) out.push(line(k, t));
  }
  out.push('', '== 合计');
  out.push(`${line('标准表', s.totals.standard)}  目标 ≥ 99%：${met(s.totals.standard, 0.99)}`);
  out.push(`${line('绩效表', s.totals.perf)}  目标 ≥ 95%：${met(s.totals.perf, 0.95)}`);
  out.push(`${line('预算表', s.totals.budget)}  目标 ≥ 99%：${met(s.totals.budget, 0.99)}`);
  const unrelated = s.totals.standard.unrelatedErrors + s.totals.perf.unrelatedErrors + s.totals.budget.unrelatedErrors;
  out.push(`  无关新 error 目标 0：${unrelated === 0 ? '达到' : '未达到'}`);
  out.push('', `== 漏报 ${s.misses.length}`);
  for (const m of s.misses) {
    out.push(`  ${m.file.split('/').pop()} ${m.table} 行${m.row}「${m.label.slice(0, 18)}」${m.column} 源行 ${m.sourceLine ?? '?'} ${m.via} ${m.mutation} → ${m.verdict}${m.codes.length ? ` [${m.codes.join(',')}]` : ''}${m.ambiguous ? ' (列位推断)' : ''}`);
  }
  out.push('', `== 无关新 error ${s.unrelated.length}`);
  for (const u of s.unrelated) out.push(`  ${u.file.split('/').pop()} ${u.via} ${u.mutated}: ${u.finding}`);
  return out.join('\n') + '\n';
}

function met(t: Tally, target: number): string {
  const v = recall(t);
  return v === null ? '无样本' : v >= target ? '达到' : '未达到';
}
