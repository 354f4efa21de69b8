// One indicator row of a tab-separated 绩效 table. Rows are read from the right, anchored on the 得分 cell:
// PDF extraction shifts cells left or right by one, but the values keep their order next to 得分.
// What lies left of the values is the 三级 name and, on a group's first row only, the 一级/二级 labels.
import { isDash, isPlainNumber } from './clean.ts';
import type { Draft } from './draft.ts';
import { newDraft, setCell } from './draft.ts';
import { isGroupName, isLevel1Name, level1Of, parseGroupLabel, type PerfKey } from './vocabulary.ts';

/** Column key per cell index of the indicator header row. */
export type HeaderMap = ReadonlyMap<number, PerfKey>;

export interface GroupState {
  l1: string;
  l2: string;
}

const ENUM_CONT = /^[②③④⑤⑥⑦⑧⑨⑩]/;
const DEFINITION = /^[^：:=＝]{1,16}[：:]/;
const SCORE_FORMULA = /得分\s*[=＝]/;
const NOTE = /^[（(].*[）)]$/;

/** A nameless row that only continues the previous indicator's criteria (②…, “X：…” definitions, notes). */
function isContinuation(text: string): boolean {
  return ENUM_CONT.test(text) || SCORE_FORMULA.test(text) || NOTE.test(text) || (DEFINITION.test(text) && !/^①/.test(text));
}

const GROUP_KEYS: ReadonlySet<PerfKey> = new Set<PerfKey>(['l1', 'l1w', 'l2', 'l2w']);

/** Is every non-empty cell a group label or its points? (“产出指标⇥35”, “⇥⇥产出成本⇥⇥”, a lone “可持续影” under 二级) */
export function isGroupRow(cells: readonly string[], header?: HeaderMap): boolean {
  const ne = cells.filter((c) => c !== '');
  if (ne.length === 0 || ne.every((c) => isPlainNumber(c))) return false;
  if (ne.every((c) => isPlainNumber(c) || isGroupName(c) || parseGroupLabel(c) !== null)) return true;
  return header !== undefined && ne.every((c) => !isPlainNumber(c)) &&
    cells.every((c, i) => c === '' || GROUP_KEYS.has(header.get(i) ?? 'extra'));
}

/** Right-most numeric cell with at most `tail` text cells after it: the 得分 cell. */
function findScoreIndex(cells: readonly string[], tail: number): number {
  let texts = 0;
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i]!;
    if (c === '') continue;
    if (isPlainNumber(c)) return i;
    if (++texts > tail) return -1;
  }
  return -1;
}

/** Labels left of the name, with points printed in their own cell (“效益指标⇥25⇥社会效益指标”). */
function readLabels(cells: readonly string[], end: number): { labels: { text: string; idx: number; w?: string }[] } {
  const labels: { text: string; idx: number; w?: string }[] = [];
  for (let i = 0; i < end; i++) {
    const c = cells[i]!;
    if (c === '') continue;
    const last = labels[labels.length - 1];
    if (isPlainNumber(c) && last && last.w === undefined) last.w = c;
    else labels.push({ text: c, idx: i });
  }
  return { labels };
}

/** Applies printed labels to the carried state: 一级 by name or position, 二级 implies its 一级. */
export function applyLabels(
  state: GroupState, d: Draft, labels: readonly { text: string; idx: number; w?: string }[], l1Index: number,
  l2Index = l1Index + 1, open = false,
): void {
  const put = (level: 1 | 2, l: { text: string; w?: string }) => {
    if (level === 1) {
      state.l1 = l.text;
      state.l2 = '';
      setCell(d, 'l1', l.text);
      if (l.w) setCell(d, 'l1w', l.w);
    } else {
      state.l2 = l.text;
      setCell(d, 'l2', l.text);
      if (l.w) setCell(d, 'l2w', l.w);
    }
  };
  if (labels.length >= 2) {
    put(1, labels[0]!);
    put(2, labels[labels.length - 1]!);
    for (const extra of labels.slice(1, -1)) setCell(d, 'extra', extra.text);
  } else if (labels.length === 1) {
    const l = labels[0]!;
    const implied = level1Of(l.text);
    const named1 = isLevel1Name(l.text) || parseGroupLabel(l.text) !== null;
    // 成本指标 is 一级 in some templates and 二级 (under 产出) in others: its column decides
    // without columns (space text), the 部门评价 framework puts a bare 满意度 under 效益
    const ambiguous = l1Index >= 0 ? l.idx >= l2Index
      : open || (bare(state.l1) === '效益' && bare(l.text) === '满意度');
    const level = named1 && implied ? (ambiguous ? 2 : 1) : named1 ? 1 : implied ? 2 : l.idx <= l1Index ? 1 : 2;
    if (level === 1) put(1, l);
    else {
      const keep = state.l1 !== '' && (implied === null || named1 || sameName(state.l1, implied));
      if (!keep && implied) state.l1 = implied;
      put(2, l);
    }
  }
  d.group = [state.l1, state.l2];
}

const bare = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/[（(].*$/, '').replace(/指标$/, '');
const sameName = (a: string, b: string) => bare(a) === bare(b);

/**
 * Reads one indicator row. `order` = header keys right of the 三级 column, left to right
 * (e.g. target, actual, weight, score, reason). Returns the draft; rows whose 分值 cell is not a number are
 * flagged `column_ambiguous` and keep their cells where the header puts them.
 */
export function parseIndicatorCells(
  cells: readonly string[], header: HeaderMap, state: GroupState, line: number,
): Draft {
  const entries = [...header.entries()].sort((a, b) => a[0] - b[0]);
  const labelIdx = entries.find(([, k]) => k === 'label')?.[0] ?? -1;
  const l1Index = entries.find(([, k]) => k === 'l1')?.[0] ?? 0;
  const l2Index = entries.find(([, k]) => k === 'l2')?.[0] ?? l1Index + 1;
  const order = entries.filter(([i, k]) => i > labelIdx && k !== 'l1w' && k !== 'l2w').map(([, k]) => k);
  const scorePos = order.indexOf('score');
  const tail = scorePos >= 0 ? order.length - scorePos - 1 : 0;
  const d = newDraft('indicator', '', line);

  const s = scorePos >= 0 ? findScoreIndex(cells, tail) : -1;
  const start = s - scorePos;
  const weightCell = order.includes('weight') ? cells[s - (scorePos - order.indexOf('weight'))] ?? '' : '0';
  if (s < 0 || start < 0 || !(isPlainNumber(weightCell) || isDash(weightCell))) {
    return positional(cells, header, state, d, l1Index);
  }
  order.forEach((key, k) => {
    if (k <= scorePos) setCell(d, key, cells[start + k] ?? '');
  });
  setCell(d, order[scorePos + 1] ?? 'extra', cells.slice(s + 1).filter((c) => c !== '').join(' '));
  // the name is the right-most text left of the values; anything further left is a label
  let nameIdx = start - 1;
  while (nameIdx >= 0 && cells[nameIdx] === '') nameIdx--;
  const { labels } = readLabels(cells, Math.max(nameIdx, 0));
  d.label = nameIdx >= 0 ? cells[nameIdx]! : '';
  if (d.label !== '' && isPlainNumber(d.label)) d.label = '';
  applyLabels(state, d, labels, l1Index, l2Index);
  if (d.label === '') {
    const text = d.cells.get('target') ?? d.cells.get('explain') ?? '';
    if (isContinuation(text)) d.block = 'criteria';
  }
  return d;
}

/**
 * Fallback when no 分值/得分 pair can be found. A row ending in text is a name whose scores are missing
 * (“⇥组织实施⇥5⇥管理制度健全”); otherwise cells stay under their header. Either way the row is flagged.
 */
function positional(cells: readonly string[], header: HeaderMap, state: GroupState, d: Draft, l1Index: number): Draft {
  let last = cells.length - 1;
  while (last >= 0 && cells[last] === '') last--;
  if (last >= 0 && !isPlainNumber(cells[last]!)) {
    d.label = cells[last]!;
    applyLabels(state, d, readLabels(cells, last).labels, l1Index);
    d.flags.push('column_ambiguous');
    return d;
  }
  const labels: { text: string; idx: number; w?: string }[] = [];
  cells.forEach((c, i) => {
    if (c === '') return;
    const key = header.get(i) ?? 'extra';
    if (key === 'l1' || key === 'l2') labels.push({ text: c, idx: i });
    else if ((key === 'l1w' || key === 'l2w') && labels.length) labels[labels.length - 1]!.w = c;
    else if (key === 'label') d.label = c;
    else setCell(d, key, c);
  });
  applyLabels(state, d, labels, l1Index);
  d.flags.push('column_ambiguous');
  return d;
}
