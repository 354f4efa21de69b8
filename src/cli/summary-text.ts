// The summary table at the end of `check --summary`'s text report: one line per report, the cross-year links,
// duplicates, reports without a year and skipped files.
import type { LinkResult } from '../checks/cross-year/index.ts';
import { describeProblem } from '../ui/messages/index.ts';
import { displayWidth } from './rules.ts';
import type { SkippedFile } from './files.ts';
import type { SummaryRow } from './summary.ts';

const KIND_ZH: Readonly<Record<string, string>> = { final: '部门决算', budget: '部门预算', unknown: '未判明' };
const STATUS_ZH: Readonly<Record<string, string>> = {
  ok: '已核对', unreadable: '无法读取', year_unknown: '年度未识别（请指明，未作跨年核对）', duplicate: '同部门同年度重复（未作跨年核对）',
};

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function formatSummary(rows: readonly SummaryRow[], links: LinkResult, skipped: readonly SkippedFile[]): string {
  const head = ['文件', '部门', '年度', '类型', '表格', '问题', '错误', '提示', '尾数', '未能核对', '状态'];
  const cells = rows.map((r) => [r.file, r.department ?? '—', r.year === null ? '—' : String(r.year), KIND_ZH[r.kind] ?? r.kind,
    String(r.tables), String(r.problems), String(r.errors), String(r.warnings), String(r.info), String(r.unchecked), STATUS_ZH[r.status] ?? r.status]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]!))));
  const line = (c: readonly string[]) => c.map((x, i) => pad(x, widths[i]!)).join('  ').trimEnd();
  const out = [`汇总（${rows.length} 份报告）：`, line(head), ...cells.map(line)];
  if (links.links.length > 0) {
    out.push('', '跨年度关联：');
    for (const l of links.links) out.push(`  ${l.prev} → ${l.cur}${l.match === 'place_prefix' ? '（部门名称按简称/地名前缀匹配，请确认）' : ''}`);
  }
  for (const d of links.duplicates) out.push(`同一部门、同一年度的报告有多份，均已核对，未作跨年关联：${d.join('、')}`);
  for (const f of links.unknown) out.push(`未能识别年度或部门，未作跨年关联（请指明）：${f}`);
  for (const s of skipped) out.push(`已跳过：${s.file}（${describeProblem({ code: s.reason, severity: 'info' }, 'zh')}）`);
  return out.join('\n');
}
