// Words of the 绩效 forms: printed header names → stable column keys, the 一级/二级 indicator names that
// tell a group label from an indicator, and printed group labels with their points (“产出指标 (50分)”).
import { Decimal } from '../../engine/decimal.ts';

/** Logical columns of a 绩效 table, in display order. */
export const PERF_KEYS = [
  'seq', 'unitName', 'label', 'l1', 'l1w', 'l2', 'l2w', 'info',
  'initial', 'adjust', 'budget', 'executed', 'rate',
  'target', 'actual', 'explain', 'desc',
  'weight', 'score', 'execScore', 'costScore', 'outputScore', 'benefitScore', 'satisfactionScore', 'reason', 'extra',
] as const;
export type PerfKey = (typeof PERF_KEYS)[number];

export const AMOUNT_KEYS: ReadonlySet<PerfKey> = new Set<PerfKey>([
  'l1w', 'l2w', 'initial', 'adjust', 'budget', 'executed', 'rate', 'weight', 'score',
  'execScore', 'costScore', 'outputScore', 'benefitScore', 'satisfactionScore',
]);

/** Header cell → key. Order matters: the first pattern that matches wins (得分 variants before 得分). */
const HEADER_PATTERNS: ReadonlyArray<readonly [RegExp, PerfKey]> = [
  [/^序号$/, 'seq'],
  [/^预算单位$/, 'unitName'],
  [/项目名称$/, 'label'],
  [/^执行率得分/, 'execScore'],
  [/^成本指标得分/, 'costScore'],
  [/^产出指标得分/, 'outputScore'],
  [/^效益指标得分/, 'benefitScore'],
  [/^满意度指标得分/, 'satisfactionScore'],
  [/自评得分$|^绩效自评得分/, 'score'],
  [/^一级指/, 'l1'],
  [/^二级指/, 'l2'],
  [/^三级指|^具体指标名称/, 'label'],
  [/^年初预算/, 'initial'],
  [/^年中追加|追减/, 'adjust'],
  [/^小计$|^全年预算|^预算数/, 'budget'],
  [/^全年执行|^执行数/, 'executed'],
  [/^执行率/, 'rate'],
  [/^年度指标|^年初目标|^年度目标值/, 'target'],
  [/完成值$|^实际完成值/, 'actual'],
  [/^指标解释/, 'explain'],
  [/^指标说明/, 'desc'],
  [/^分值|^权重/, 'weight'],
  [/^得分|^评价得分|^得$/, 'score'],
  [/^偏差|^说明$/, 'reason'],
];

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

export function headerKey(text: string): PerfKey | null {
  const t = squash(text);
  if (t === '') return null;
  for (const [re, key] of HEADER_PATTERNS) if (re.test(t)) return key;
  return null;
}

/** 一级 names (central template, 部门评价 framework, 部门整体 tables). */
const LEVEL1 = /^(产出|效益|满意度|成本|决策|过程|效果|管理|履职)(指标)?$/;
/** 二级 names: they imply their 一级. */
const LEVEL2: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(数量|质量|时效)(指标)?$/, '产出指标'],
  [/^(经济|社会|生态)效益(指标)?$|^可持续(发展|影响|性|性影响)?(指标)?$/, '效益指标'],
  [/^(服务对象|社会公众或服务对象)?满意度(指标)?$/, '满意度指标'],
  [/^(经济|社会|生态)?成本(指标)?$/, '成本指标'],
  // 部门评价 framework (财预〔2020〕10号): 二级 names under 决策/过程/产出/效益
  [/^(项目立项|绩效目标|资金投入)$/, '决策'],
  [/^(资金管理|组织实施)$/, '过程'],
  [/^产出(数量|质量|时效|成本)$/, '产出'],
  [/^项目效益$/, '效益'],
];

/** The name part of a label: points and spaces removed (“产出指标 (50分)” → “产出指标”). */
export function groupName(text: string): string {
  return squash(text).replace(/[（(][^）)]*分[^）)]*[）)]$/, '');
}

export function isLevel1Name(text: string): boolean {
  return LEVEL1.test(groupName(text));
}

/** The 一级 a 二级 name belongs to, or null when the text is not a known 二级 name. */
export function level1Of(text: string): string | null {
  const n = groupName(text);
  for (const [re, l1] of LEVEL2) if (re.test(n)) return l1;
  return null;
}

export function isGroupName(text: string): boolean {
  return isLevel1Name(text) || level1Of(text) !== null || /^(绩效指标|年度绩效指标)$/.test(groupName(text));
}

export interface GroupLabel {
  readonly name: string;
  readonly weight: Decimal | null;
  readonly weightDecimals: number;
  readonly score: Decimal | null;
  readonly scoreDecimals: number;
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const WEIGHT_RE = new RegExp(String.raw`[（(]\s*(?:指标分数\s*)?${NUM}\s*分`);
const SCORE_RE = new RegExp(String.raw`实际得分\s*${NUM}\s*分`);

const decimalsOf = (digits: string) => (digits.includes('.') ? digits.split('.')[1]!.length : 0);

/** “产出指标 (50分)”, “数量指标（指标分数 16 分，实际得分 14 分）”, “决策（20分）” → name and points; null if none printed. */
export function parseGroupLabel(text: string): GroupLabel | null {
  const w = WEIGHT_RE.exec(text);
  if (!w) return null;
  const s = SCORE_RE.exec(text);
  const name = squash(text.slice(0, w.index)).replace(/^\d+[.、]/, '');
  if (name === '') return null;
  return {
    name,
    weight: new Decimal(w[1]!),
    weightDecimals: decimalsOf(w[1]!),
    score: s ? new Decimal(s[1]!) : null,
    scoreDecimals: s ? decimalsOf(s[1]!) : 0,
  };
}
