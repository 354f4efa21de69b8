// Space-separated 绩效 tables (seeds 000, 002: PDF text with blank cells dropped and cells wrapped over
// lines). Text-only lines are held until the line with the values arrives; then they become the row's name,
// a group label, or — when the value line names its own indicator — the previous row's 偏差原因/说明.
import { Decimal } from '../../engine/decimal.ts';
import { isDash, isPercent, isPlainNumber, splitCells } from './clean.ts';
import { newDraft, setCell, type Draft } from './draft.ts';
import { isFundsHeader, isGoalsRow, isIndicatorHeader } from './header.ts';
import { applyLabels, type GroupState } from './indicator-row.ts';
import type { RowsOut } from './tab-block.ts';
import type { SourceLine } from '../source-line.ts';
import { headerKey, isGroupName, parseGroupLabel, type PerfKey } from './vocabulary.ts';

type Mode = 'info' | 'funds' | 'goals' | 'indicatorHeader' | 'indicator' | 'after';

const INFO = /^(项目名称|主管部门|主管单位|实施单位|项目实施单位|单位名称|项目类别|项目属性|项目类型|基本支出总额)/;
const VALUE_TOKEN = /^([≥≤＞＜><=≧≦]|\d)/;
const POINTS = /^[（(][^）)]*分[^）)]*[）)]$/;
const FUND_KEYS: readonly PerfKey[] = ['initial', 'budget', 'executed', 'weight', 'rate', 'score'];
const isGroupText = (t: string) => isGroupName(t) || parseGroupLabel(t) !== null;

export function readSpaceRows(body: readonly SourceLine[]): RowsOut {
  const out: RowsOut = { drafts: [], headers: new Map(), notes: [], problems: [] };
  let mode: Mode = 'info';
  let fundKeys: PerfKey[] = [];
  let order: PerfKey[] = [];
  let sawWeight = false;
  let pending: { text: string; line: number }[] = [];
  const state: GroupState = { l1: '', l2: '' };
  let lastGroup: Draft | null = null;
  let lastRow: Draft | null = null;
  let lastHeader: PerfKey | null = null;

  for (const l of body) {
    const tokens = splitCells(l.text).cells;
    if (tokens.length === 0) continue;
    const joined = tokens.join('');
    if (tokens[0] === '总分') {
      const d = newDraft('total', '总分', l.line);
      const nums = tokens.slice(1).filter(isPlainNumber);
      if (nums.length >= 2) setCell(d, 'weight', nums[nums.length - 2]!);
      if (nums.length >= 1) setCell(d, 'score', nums[nums.length - 1]!);
      out.drafts.push(d);
      mode = 'after';
      continue;
    }
    if (mode === 'after') { out.notes.push(tokens.join(' ')); continue; }
    if (isIndicatorHeader(tokens)) {
      const after = tokens.slice(tokens.findIndex((t) => headerKey(t) === 'label') + 1);
      order = after.map(headerKey).filter((k): k is PerfKey => k !== null && k !== 'label');
      sawWeight = order.includes('weight');
      out.drafts.push(headerDraft(tokens, l.line));
      mode = 'indicatorHeader';
      pending = [];
      continue;
    }
    if (mode === 'indicatorHeader') {
      if (tokens.some((t) => headerKey(t) === 'weight')) sawWeight = true;
      if (!isGroupText(joined) && !tokens.some((t) => VALUE_TOKEN.test(t))) continue;
      if (order.length === 0) order = sawWeight ? ['target', 'actual', 'weight', 'score'] : ['target', 'actual', 'score'];
      mode = 'indicator';
    }
    if (mode === 'indicator') {
      const wrapped = lastGroup && lastRowWasGroup(out, lastGroup) && parseGroupLabel(lastGroup.label) === null &&
        (/^[（(][^）)]*分[^）)]*[）)]$/.test(joined) || (joined.length <= 6 && isGroupName(`${lastGroup.label}${joined}`)));
      if (wrapped && lastGroup) {
        // a label wrapped over lines: “产出指标⏎（40 分）”, “社会效益⏎指标”, “可持续性⏎影响”
        lastGroup.label = `${lastGroup.label}${joined}`;
        const key = lastGroup.cells.has('l2') ? 'l2' : 'l1';
        lastGroup.cells.set(key, lastGroup.label);
        if (key === 'l1') state.l1 = lastGroup.label;
        else state.l2 = lastGroup.label;
        lastGroup.group = [state.l1, state.l2];
        continue;
      }
      if (isGoalsRow(tokens)) {
        mode = 'goals';
        pending = [];
        const d = newDraft('goals', tokens.join(' '), l.line);
        out.drafts.push(d);
        continue;
      }
      // a group label followed by a whole indicator on the same line (“产出指标 (50分) 数量指标 … 20 20”) is an
      // indicator row whose labels come first, not a group row that would swallow its values
      if (isGroupText(joined) && !tokens.some((t) => VALUE_TOKEN.test(t))) {
        lastGroup = newDraft('group', joined, l.line);
        applyLabels(state, lastGroup, [{ text: joined, idx: 0 }], -1, 0, isOpen(state, out));
        out.drafts.push(lastGroup);
        continue;
      }
      if (!VALUE_TOKEN.test(tokens[tokens.length - 1]!) && !tokens.some((t) => VALUE_TOKEN.test(t))) {
        pending.push({ text: joined, line: l.line });
        continue;
      }
      const d = readIndicator(tokens, order, pending, state, lastRow, l.line, isOpen(state, out));
      out.drafts.push(d);
      lastRow = d;
      pending = [];
      continue;
    }
    if (mode === 'info' && isFundsHeader(tokens)) {
      fundKeys = tokens.map(headerKey).filter((k): k is PerfKey => k !== null && FUND_KEYS.includes(k));
      tokens.forEach((tk) => {
        const k = headerKey(tk);
        if (k && !out.headers.has(k)) out.headers.set(k, tk);
      });
      out.drafts.push(headerDraft(tokens, l.line));
      mode = 'funds';
      continue;
    }
    if ((mode === 'info' || mode === 'funds') && tokens.length === 1 && FUND_KEYS.includes(headerKey(tokens[0]!)!)) {
      const key = headerKey(tokens[0]!)!;
      fundKeys.push(key); // header words one per line (seed 002)
      out.headers.set(key, tokens[0]!);
      lastHeader = key;
      mode = 'funds';
      continue;
    }
    if (mode === 'funds' && lastHeader && /^[（(].*[）)]$/.test(joined)) {
      out.headers.set(lastHeader, `${out.headers.get(lastHeader)}${tokens.join(' ')}`); // “得分⏎（20 分*执行率）”
      lastHeader = null;
      continue;
    }
    if (isGoalsRow(tokens)) mode = 'goals';
    if (mode === 'funds' && tokens.some((t) => isPlainNumber(t) || isPercent(t) || isDash(t))) {
      out.drafts.push(fundsRow(tokens, fundKeys, pending, l.line));
      pending = [];
      continue;
    }
    if (mode === 'info' && INFO.test(joined)) {
      const d = newDraft('info', tokens[0]!, l.line);
      setCell(d, 'info', tokens.slice(1).join(' | '));
      out.drafts.push(d);
      continue;
    }
    if (mode === 'goals') {
      const d = newDraft('goals', '', l.line);
      setCell(d, 'target', tokens.join(' '));
      out.drafts.push(d);
      continue;
    }
    pending.push({ text: joined, line: l.line });
  }
  return out;
}

const lastRowWasGroup = (out: RowsOut, g: Draft) => out.drafts[out.drafts.length - 1] === g;

/** Is the current 一级's printed points (“产出（40分）”) not yet reached by its rows? Then 成本指标 goes under it. */
function isOpen(state: GroupState, out: RowsOut): boolean {
  const points = parseGroupLabel(state.l1)?.weight;
  if (!points) return false;
  let sum = new Decimal(0);
  for (let i = out.drafts.length - 1; i >= 0; i--) {
    const d = out.drafts[i]!;
    if (d.cells.get('l1') !== undefined && d.cells.get('l1') !== state.l1) break;
    const w = d.block === 'indicator' ? d.cells.get('weight') : undefined;
    if (w && isPlainNumber(w)) sum = sum.plus(new Decimal(w.replace(/,/g, '')));
    if (d.cells.get('l1') === state.l1) break;
  }
  return sum.lt(points);
}

function headerDraft(tokens: readonly string[], line: number): Draft {
  const d = newDraft('header', tokens[0]!, line);
  setCell(d, 'info', tokens.slice(1).join(' | '));
  return d;
}

/** Funds values by token class when cells were dropped: amounts fill 年初/全年/执行 in order, % is 执行率, “—” 分值/得分. */
function fundsRow(tokens: readonly string[], keys: readonly PerfKey[], pending: { text: string }[], line: number): Draft {
  const first = tokens.findIndex((t) => isPlainNumber(t) || isPercent(t) || isDash(t));
  const d = newDraft('funds', [...pending.map((p) => p.text), ...tokens.slice(0, first)].join(''), line);
  const values = tokens.slice(first);
  if (values.length === keys.length) {
    values.forEach((v, i) => setCell(d, keys[i]!, v));
    return d;
  }
  const amountKeys = keys.filter((k) => k === 'initial' || k === 'budget' || k === 'executed');
  const scoreKeys = keys.filter((k) => k === 'weight' || k === 'score');
  for (const v of values) {
    if (isPercent(v)) setCell(d, 'rate', v);
    else if (isDash(v)) setCell(d, scoreKeys.shift() ?? 'extra', v);
    else setCell(d, amountKeys.shift() ?? scoreKeys.shift() ?? 'extra', v);
  }
  d.flags.push('column_ambiguous');
  return d;
}

/** One indicator from its value line and the text lines held before it. */
function readIndicator(
  tokens: readonly string[], order: readonly PerfKey[], pending: { text: string }[], state: GroupState,
  lastRow: Draft | null, line: number, open: boolean,
): Draft {
  const d = newDraft('indicator', '', line);
  const t = [...tokens];
  const labels: { text: string; idx: number }[] = [];
  while (t.length > 1 && isGroupText(t[0]!)) {
    let text = t.shift()!;
    // its printed points on their own token: “产出指标 (50分)”
    if (t.length > 1 && POINTS.test(t[0]!)) text += t.shift()!;
    labels.push({ text, idx: labels.length });
  }
  const hasScore = order.includes('score') && isPlainNumber(t[t.length - 1]!);
  if (hasScore) setCell(d, 'score', t.pop()!);
  let name: string[] = [];
  const weightFirst = order.indexOf('weight') >= 0 && order.indexOf('weight') < order.indexOf('actual');
  if (order.includes('weight') && !weightFirst && t.length >= 3 && isPlainNumber(t[t.length - 1]!)) {
    setCell(d, 'weight', t.pop()!);
    setCell(d, 'actual', t.pop()!);
    setCell(d, 'target', t.pop()!);
    name = t;
  } else if (weightFirst) {
    const w = t.findIndex((x, i) => i >= 1 && isPlainNumber(x));
    if (w >= 1) {
      setCell(d, 'weight', t[w]!);
      setCell(d, 'actual', t.slice(w + 1).join(' '));
      const left = t.slice(0, w);
      name = pending.length > 0 && left.length === 1 ? [] : left.slice(0, 1);
      setCell(d, 'target', left.slice(name.length).join(' '));
    } else d.flags.push('column_ambiguous');
  } else {
    const v = t.findIndex((x) => VALUE_TOKEN.test(x));
    name = t.slice(0, Math.max(v, 0));
    const values = t.slice(Math.max(v, 0));
    const half = Math.ceil(values.length / 2);
    setCell(d, 'target', values.slice(0, half).join(' '));
    setCell(d, 'actual', values.slice(half).join(' '));
  }
  const held = pending.map((p) => p.text);
  if (held.length > 0 && isGroupText(held.join(''))) {
    labels.unshift({ text: held.join(''), idx: 0 });
    held.length = 0;
  }
  if (name.length > 0 && held.length > 0 && lastRow) {
    // the value line names its own indicator: the held lines were the previous row's wrapped 说明
    setCell(lastRow, 'reason', held.join(''));
    d.label = name.join(' ');
  } else d.label = [...held, ...name].join(name.length && held.length ? ' ' : '');
  applyLabels(state, d, labels, -1, 0, open);
  return d;
}
