// The readable Chinese report of `check --format text`: per file, the recognised tables, what could not be
// parsed (with line numbers), then the problems (root causes: culprit, suggested value, identities explained,
// kind of slip), each followed by its findings as evidence (formula, operands, expected/actual/difference).
import { TABLE_KIND_NAMES, type TableKind } from '../engine/index.ts';
import { describeCell } from '../ui/messages/index.ts';
import type { FileReport, ReportedFinding, ReportedRootProblem } from './report.ts';
import { docKindLine } from '../ui/messages/budget-narrative.ts';

const SEVERITY_ZH = { error: '错误', warning: '提示', info: '说明' } as const;
const MARK = { error: '✗', warning: '!', info: '·' } as const;

function lines(range: readonly [number, number] | null): string {
  if (!range) return '';
  return range[0] === range[1] ? `第 ${range[0]} 行` : `第 ${range[0]}–${range[1]} 行`;
}

function problemBlock(p: ReportedRootProblem, findings: readonly ReportedFinding[]): string[] {
  if (p.basis === 'single' && p.findings.length === 1) {
    // a finding on its own: its block, headed by the problem id
    const [first, ...rest] = findingBlock(findings[p.findings[0]!]!);
    return [first!.replace('［', ` 问题 ${p.id}［`), ...rest];
  }
  const out = [`  ${MARK[p.severity]} ${SEVERITY_ZH[p.severity]} 问题 ${p.id}：${p.message}`];
  if (p.basis !== 'single') out.push(`      依据（${p.findings.length} 条发现）：`);
  for (const i of p.findings) out.push(...findingBlock(findings[i]!).map((l) => `    ${l}`));
  return out;
}

function findingBlock(f: ReportedFinding): string[] {
  const out = [`  ${MARK[f.severity]} ${SEVERITY_ZH[f.severity]}［${f.ruleId}］${f.message}`];
  if (f.formula) out.push(`      公式：${f.formula}`);
  if (f.operands.length > 0) {
    // operands of a 栏 identity share one row: name the row once
    const first = f.operands[0]!.ref;
    const oneRow = f.operands.every((o) => o.ref.table === first.table && o.ref.row === first.row);
    const ops = f.operands.map((o) => {
      const where = oneRow ? '' : describeCell(o.ref, 'zh');
      const col = o.ref.colNo != null ? `${o.ref.colNo}栏` : '';
      return `${[where, col].filter(Boolean).join(' ')}=${o.value === '' ? '空' : o.value}`;
    });
    const rowName = oneRow ? describeCell(first, 'zh') : '';
    out.push(`      数值${rowName ? `（${rowName}）` : ''}：${ops.join('；')}`);
  }
  if (f.expected !== '' || f.actual !== '') {
    out.push(`      期望 ${f.expected || '—'}，实际 ${f.actual || '—'}，差 ${f.difference || '—'}${f.tolerance ? `（容差 ±${f.tolerance}）` : ''}`);
  }
  const place = [`表 ${f.table}`, f.page ? `第 ${f.page} 页` : '', f.sourceLine !== null ? `源文件第 ${f.sourceLine} 行` : ''].filter(Boolean).join('，');
  out.push(`      位置：${place}`);
  return out;
}

export function formatText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`文件：${r.file}`);
    if (r.error) {
      out.push(`  无法读取：${r.error.message}`, '');
      continue;
    }
    out.push(docKindLine(r, 'zh'));
    out.push(`识别的表格（${r.tables.length}）：`);
    for (const t of r.tables) {
      const kind = t.kind === 'unknown' ? '未识别' : `${t.kind} ${TABLE_KIND_NAMES[t.kind as TableKind] ?? ''}`;
      out.push(`  ${t.id}  ${kind}${t.layout ? `（${t.layout}）` : ''}  「${t.title || '无标题'}」  ${t.rows} 行 × ${t.columns} 列${t.unit ? `  单位：${t.unit}` : ''}  ${lines(t.sourceLines)}${t.pages ? `（第 ${t.pages[0] === t.pages[1] ? t.pages[0] : `${t.pages[0]}–${t.pages[1]}`} 页）` : ''}`);
    }
    const unparsed = r.parseNotes;
    out.push(`未能解析或需注意（${unparsed.length}）：`);
    if (unparsed.length === 0) out.push('  无');
    for (const p of unparsed) out.push(`  ${p.table ? `${p.table}：` : ''}${p.message}`);
    out.push(`未能核对（${r.unchecked.length}）：`);
    if (r.unchecked.length === 0) out.push('  无');
    for (const u of r.unchecked) out.push(`  ${u.table === 'document' ? u.where : `${u.where}（${u.table}）`}：${u.message}`);
    const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
    const problems = (s: string) => r.problems.filter((p) => p.severity === s).length;
    out.push(`核对结果：错误 ${count('error')}，提示 ${count('warning')}，说明（尾数误差、无法确定的列位置等） ${count('info')}`);
    out.push(`归并为问题 ${r.problems.length} 个：错误 ${problems('error')}，提示 ${problems('warning')}，说明 ${problems('info')}`);
    for (const p of r.problems) out.push(...problemBlock(p, r.findings));
    out.push('');
  }
  return out.join('\n');
}
