// Tab-separated 绩效 tables (seeds 001, 004): rows are sorted into blocks in reading order —
// info (项目名称…) → funds (年度资金总额…) → goals → indicators → 总分 → grade — each read by its header.
import type { ParseProblem } from '../../engine/document.ts';
import { isPlainNumber } from './clean.ts';
import { newDraft, setCell, type Draft } from './draft.ts';
import {
  headerTexts, isFundsHeader, isGoalsRow, isGradeRow, isIndicatorHeader, readHeader, totalIndex,
} from './header.ts';
import { applyLabels, isGroupRow, parseIndicatorCells, type GroupState, type HeaderMap } from './indicator-row.ts';
import type { PerfKey } from './vocabulary.ts';

export interface RowsOut {
  drafts: Draft[];
  headers: Map<PerfKey, string>;
  notes: string[];
  problems: ParseProblem[];
}

export interface CellLine {
  readonly cells: string[];
  readonly line: number;
}

type Mode = 'info' | 'funds' | 'goals' | 'indicator' | 'after';

const joinNonEmpty = (cells: readonly string[]) => cells.filter((c) => c !== '').join(' | ');

export function readTabRows(lines: readonly CellLine[]): RowsOut {
  const out: RowsOut = { drafts: [], headers: new Map(), notes: [], problems: [] };
  let mode: Mode = 'info';
  let funds: HeaderMap = new Map();
  let indicator: HeaderMap = new Map();
  const state: GroupState = { l1: '', l2: '' };

  for (const { cells, line } of lines) {
    if (isIndicatorHeader(cells)) {
      indicator = readHeader(cells);
      headerTexts(cells, indicator, out.headers);
      out.drafts.push(headerDraft(cells, line));
      mode = 'indicator';
      continue;
    }
    if (mode !== 'indicator' && mode !== 'after' && isFundsHeader(cells)) {
      funds = readHeader(cells);
      headerTexts(cells, funds, out.headers);
      out.drafts.push(headerDraft(cells, line));
      mode = 'funds';
      continue;
    }
    if ((mode === 'info' || mode === 'funds') && isGoalsRow(cells)) mode = 'goals';
    const t = totalIndex(cells);
    if (t >= 0) {
      readTotal(cells, t, line, state, out);
      mode = 'after';
      continue;
    }
    if (isGradeRow(cells)) {
      const d = newDraft('grade', cells.find((c) => c !== '')!, line);
      setCell(d, 'info', joinNonEmpty(cells.slice(cells.findIndex((c) => c !== '') + 1)));
      out.drafts.push(d);
      continue;
    }
    if (mode === 'after') {
      out.notes.push(joinNonEmpty(cells));
      continue;
    }
    if (mode === 'indicator') {
      if (isGroupRow(cells, indicator)) out.drafts.push(groupDraft(cells, line, state, indicator));
      else {
        const d = parseIndicatorCells(cells, indicator, state, line);
        if (d.flags.includes('column_ambiguous')) {
          out.problems.push({ code: 'column_ambiguous', severity: 'warning', line, params: { label: d.label } });
        }
        out.drafts.push(d);
      }
      continue;
    }
    out.drafts.push(mode === 'funds' ? fundsDraft(cells, funds, line) : plainDraft(mode, cells, line));
  }
  return out;
}

function headerDraft(cells: readonly string[], line: number): Draft {
  const d = newDraft('header', cells.find((c) => c !== '') ?? '', line);
  setCell(d, 'info', joinNonEmpty(cells.slice(cells.findIndex((c) => c !== '') + 1)));
  return d;
}

/** 项目名称 / 主管部门 rows and goals: first cell is the label, the rest is kept as text. */
function plainDraft(mode: Mode, cells: readonly string[], line: number): Draft {
  const first = cells.findIndex((c) => c !== '');
  const block = mode === 'goals' ? 'goals' : 'info';
  const rest = cells.slice(first + 1).filter((c) => c !== '');
  const isLabel = block === 'info' || (isGoalsRow([cells[first] ?? '']) && rest.length > 0);
  const d = newDraft(block, isLabel ? cells[first]! : '', line);
  const texts = isLabel ? rest : cells.filter((c) => c !== '');
  if (block === 'goals') {
    setCell(d, 'target', texts[0] ?? '');
    setCell(d, 'actual', texts.slice(1).join(' '));
  } else setCell(d, 'info', texts.join(' | '));
  return d;
}

/** Funds rows are positional under their header; the label is the text left of the first value. */
function fundsDraft(cells: readonly string[], header: HeaderMap, line: number): Draft {
  const d = newDraft('funds', '', line);
  const label: string[] = [];
  cells.forEach((c, i) => {
    if (c === '') return;
    const key = header.get(i);
    if (key && key !== 'label') setCell(d, key, c);
    else label.push(c);
  });
  d.label = label.join(' ');
  return d;
}

function groupDraft(cells: readonly string[], line: number, state: GroupState, header?: HeaderMap): Draft {
  const d = newDraft('group', '', line);
  const labels: { text: string; idx: number; w?: string }[] = [];
  cells.forEach((c, i) => {
    if (c === '') return;
    const last = labels[labels.length - 1];
    if (isPlainNumber(c) && last && last.w === undefined) last.w = c;
    else if (!isPlainNumber(c)) labels.push({ text: c, idx: i });
  });
  const index = (k: string) => [...(header ?? [])].find(([, v]) => v === k)?.[0] ?? -1;
  applyLabels(state, d, labels, index('l1'), index('l2'));
  d.label = labels.map((l) => l.text).join(' ');
  return d;
}

/** 总分 row: the last two numbers are 分值 and 得分 (one number: 得分); labels before 总分 are a group row. */
function readTotal(cells: readonly string[], t: number, line: number, state: GroupState, out: RowsOut): void {
  if (cells.slice(0, t).some((c) => c !== '')) out.drafts.push(groupDraft(cells.slice(0, t), line, state));
  const d = newDraft('total', cells[t]!, line);
  const nums = cells.slice(t + 1).filter((c) => isPlainNumber(c));
  if (nums.length >= 2) setCell(d, 'weight', nums[nums.length - 2]!);
  if (nums.length >= 1) setCell(d, 'score', nums[nums.length - 1]!);
  const others = cells.slice(t + 1).filter((c) => c !== '');
  others.splice(Math.max(0, others.length - Math.min(2, nums.length)), Math.min(2, nums.length));
  setCell(d, 'extra', others.join(' | '));
  out.drafts.push(d);
}
