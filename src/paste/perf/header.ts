// Header rows of 绩效 tables: which cell index carries which key, and how a row is sorted into the
// funds / goals / indicator / total blocks by its words.
import type { HeaderMap } from './indicator-row.ts';
import { headerKey, type PerfKey } from './vocabulary.ts';
import { cleanHeaderText } from '../grid/header-names.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** Index → key for a header row. 分值 right after 一级/二级 is that level's points (附件6-2, 部门整体 权重). */
export function readHeader(cells: readonly string[], base?: HeaderMap): Map<number, PerfKey> {
  const map = new Map<number, PerfKey>(base ?? []);
  let prev: PerfKey | null = null;
  cells.forEach((c, i) => {
    let key = headerKey(c);
    if (key === null) return;
    if (key === 'weight' && prev === 'l1') key = 'l1w';
    else if (key === 'weight' && prev === 'l2') key = 'l2w';
    map.set(i, key);
    prev = key;
  });
  return map;
}

export function headerTexts(cells: readonly string[], map: HeaderMap, into: Map<PerfKey, string>): void {
  for (const [i, key] of map) if (!into.has(key) && cells[i]) into.set(key, cleanHeaderText(cells[i]!)); // a wrapped “年度 指标值” is one name
}

const keysOf = (cells: readonly string[]) => new Set(cells.map(headerKey).filter((k) => k !== null));

export function isFundsHeader(cells: readonly string[]): boolean {
  const k = keysOf(cells);
  return (k.has('budget') || k.has('initial')) && k.has('executed') && !k.has('l1');
}

export function isIndicatorHeader(cells: readonly string[]): boolean {
  const k = keysOf(cells);
  return k.has('l1') && (k.has('label') || k.has('l2'));
}

const GOALS = /^(年度总体目标|总体目标|预期目标|年初设定目标|年度绩效目标|长期目标\d*$|年度目标\d*$)/;
export function isGoalsRow(cells: readonly string[]): boolean {
  const first = cells.find((c) => c !== '');
  return first !== undefined && GOALS.test(squash(first));
}

export function totalIndex(cells: readonly string[]): number {
  return cells.findIndex((c) => squash(c) === '总分');
}

export function isGradeRow(cells: readonly string[]): boolean {
  const first = cells.find((c) => c !== '');
  return first !== undefined && /^评价(等次|等级|结果)/.test(squash(first));
}

/** “(2023 年度)”, “（2021年度）”, “单位：万元” and similar lines around a title. */
export function isMetaLine(text: string): boolean {
  const t = squash(text);
  return /^[（(]?\d{4}年度?[)）]?$/.test(t) || /^(单位|金额单位)[:：]/.test(t) || /^附件?\s*[\d-]*$/.test(t) || /^附表/.test(t);
}
