// B13 政府采购预算表 (江苏): 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计, nested as
// 合计 → 品目 (一、货物A) → 专项 (专项名称 + 经济科目) → items (物品名称 + 组织形式). Every amount line is one row; its
// level is read from its text (a 品目 enumerator, an 组织形式 word, else a 专项). Names wrapped above or below an
// amount line (“便携式计算机（20万以” / amount / “下）”) join the nearest row of their column that lacks its own name.
// Rows carry `block` (total | category | project | item) and `group` ([品目, 专项]) for the 品目/专项 sum check.
import type { ParseProblem } from '../../engine/document.ts';
import { colNo, makeCell, type Column, type Row, type Table, type TableKind } from '../../engine/table.ts';
import type { PreparedBlock } from './block.ts';
import { FURNITURE, withoutFurniture } from './budget-furniture.ts';
import { splitWords } from './budget-sangong.ts';
import { compactLabel, type Frag, type LayoutLine } from './frags.ts';

export type ProcurementLevel = 'total' | 'category' | 'project' | 'item';

const CATEGORY = /^[一二三四五六七八九十]+[、.．]/;
const ORG = /集中采购|自行组织|自行采购|分散采购|委托|组织形式|采购$/;
const TEXT_HEADERS = ['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式'] as const;
// text column indexes
const CAT = 0, PROJECT = 1, ECON = 2, ITEM = 3, ORGCOL = 4;

interface Draft {
  level: ProcurementLevel;
  line: number;
  index: number;
  texts: string[][];
  amount: string;
}

const textFrags = (l: LayoutLine) => l.frags.filter((f) => f.kind !== 'amount').flatMap(splitWords);

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Whether a block's header is the 江苏 政府采购 table's. */
export function isProcurementTable(body: readonly LayoutLine[]): boolean {
  const head = body.slice(0, 8).map((l) => compactLabel(textFrags(l).map((f) => f.text))).join('');
  return head.includes('采购品目') && head.includes('总计');
}

export function parseProcurementBlock(
  kind: TableKind, title: string, block: PreparedBlock,
): { table: Table; problems: ParseProblem[] } {
  const lines = block.body;
  const first = lines.findIndex((l) => l.frags.some((f) => f.kind === 'amount'));
  const body = first < 0 ? [] : lines.slice(first);
  const drafts: Draft[] = [];
  for (const l of body) {
    const amounts = l.frags.filter((f) => f.kind === 'amount');
    if (amounts.length === 0) continue;
    const texts = textFrags(l);
    const label = compactLabel(texts.map((f) => f.text));
    const level: ProcurementLevel = label === '合计' || label === '总计' ? 'total'
      : CATEGORY.test(label) ? 'category'
      : texts.some((f) => ORG.test(compactLabel([f.text]))) ? 'item' : 'project';
    drafts.push({ level, line: l.line, index: l.index, texts: TEXT_HEADERS.map(() => []), amount: amounts[amounts.length - 1]!.text });
    placeOwnTexts(drafts[drafts.length - 1]!, texts);
  }
  const xs = columnPositions(body, drafts);
  for (const d of drafts) if (d.level === 'project') reassignProject(d, body, xs);
  joinWrapped(body, drafts, xs);
  return { table: assemble(kind, title, block, drafts), problems: [] };
}

function placeOwnTexts(d: Draft, texts: readonly Frag[]): void {
  const words = texts.map((f) => compactLabel([f.text]));
  if (d.level === 'total' || d.level === 'category') d.texts[CAT]!.push(words.join(''));
  else if (d.level === 'item') {
    const org = words.findIndex((w) => ORG.test(w));
    d.texts[ITEM]!.push(...words.slice(0, org));
    d.texts[ORGCOL]!.push(...words.slice(org));
  } else if (words.length >= 2) {
    d.texts[PROJECT]!.push(...words.slice(0, -1));
    d.texts[ECON]!.push(words[words.length - 1]!);
  } else d.texts[PROJECT]!.push(...words); // one word: its column is decided by position (reassignProject)
}

interface Positions { readonly project: number | null; readonly econ: number | null; readonly item: number | null }

/** Left edges of the 专项名称, 经济科目 and 物品名称 columns, from the rows that print them together. */
function columnPositions(body: readonly LayoutLine[], drafts: readonly Draft[]): Positions {
  const at = (d: Draft) => textFrags(body.find((l) => l.index === d.index)!);
  const pairs = drafts.filter((d) => d.level === 'project' && at(d).length >= 2).map(at);
  const items = drafts.filter((d) => d.level === 'item' && at(d).length >= 2).map(at);
  return {
    project: median(pairs.map((fs) => fs[0]!.x0)),
    econ: median(pairs.map((fs) => fs[fs.length - 1]!.x0)),
    item: median(items.map((fs) => fs[0]!.x0)),
  };
}

function nearestColumn(x: number, xs: Positions): number {
  const options = [[PROJECT, xs.project], [ECON, xs.econ], [ITEM, xs.item]] as const;
  let best: number = PROJECT;
  let dist = Infinity;
  for (const [c, p] of options) if (p !== null && Math.abs(x - p) < dist) { best = c; dist = Math.abs(x - p); }
  return best;
}

/**
 * A 专项 line printing one word: 经济科目 when its name wrapped above/below it stands to its left, 专项名称 when the
 * wrapped text stands to its right, else by the nearer column.
 */
function reassignProject(d: Draft, body: readonly LayoutLine[], xs: Positions): void {
  const fs = textFrags(body.find((l) => l.index === d.index)!);
  if (fs.length !== 1) return;
  const x = fs[0]!.x0;
  const wraps = body.filter((l) => Math.abs(l.index - d.index) === 1 && !l.frags.some((f) => f.kind === 'amount'))
    .flatMap((l) => textFrags(l).slice(0, 1).map((f) => f.x0));
  const econ = wraps.some((w) => w < x - 3) ? true : wraps.some((w) => w > x + 3) ? false : nearestColumn(x, xs) === ECON;
  if (!econ) return;
  d.texts[ECON] = d.texts[PROJECT]!;
  d.texts[PROJECT] = [];
}

/** The column a row of this level left empty on its own line (where its wrapped name goes), or null. */
function missingColumn(d: Draft, own: readonly boolean[]): number | null {
  if (d.level === 'item') return own[ITEM] ? null : ITEM;
  if (d.level !== 'project') return null;
  if (!own[PROJECT]) return PROJECT;
  return own[ECON] ? null : ECON;
}

/**
 * Text-only lines join the nearest row (one, else two lines away) that left a column empty on its own line; when
 * rows above and below both qualify, the one whose empty column stands nearer the text. Text with no such row
 * joins the nearest 专项 or item row in the column it stands nearest to.
 */
function joinWrapped(body: readonly LayoutLine[], drafts: readonly Draft[], xs: Positions): void {
  const own = new Map(drafts.map((d) => [d, d.texts.map((t) => t.length > 0)]));
  const positions: Record<number, number | null> = { [PROJECT]: xs.project, [ECON]: xs.econ, [ITEM]: xs.item };
  for (const l of body) {
    const fs = textFrags(l);
    if (fs.length === 0 || l.frags.some((f) => f.kind === 'amount') || FURNITURE.test(compactLabel(fs.map((f) => f.text)))) continue;
    const x = fs[0]!.x0;
    let target: { d: Draft; col: number } | null = null;
    for (const reach of [1, 2]) {
      const near = drafts.filter((d) => Math.abs(d.index - l.index) === reach || (reach === 2 && Math.abs(d.index - l.index) === 1))
        .map((d) => ({ d, col: missingColumn(d, own.get(d)!) }))
        .filter((c): c is { d: Draft; col: number } => c.col !== null);
      if (near.length === 0) continue;
      const dist = (c: { col: number }) => Math.abs(x - (positions[c.col] ?? x));
      target = near.sort((a, b) => Math.abs(a.d.index - l.index) - Math.abs(b.d.index - l.index) || dist(a) - dist(b))[0]!;
      if (near.length > 1 && Math.abs(near[0]!.d.index - l.index) === Math.abs(near[1]!.d.index - l.index)) {
        target = [...near].sort((a, b) => dist(a) - dist(b))[0]!;
      }
      break;
    }
    if (!target) {
      const col = nearestColumn(x, xs);
      const d = drafts.filter((r) => r.level === (col === ITEM ? 'item' : 'project'))
        .sort((a, b) => Math.abs(a.index - l.index) - Math.abs(b.index - l.index))[0];
      if (!d) continue;
      target = { d, col };
    }
    const text = compactLabel(fs.map((f) => f.text));
    if (target.d.index > l.index) target.d.texts[target.col]!.unshift(text); else target.d.texts[target.col]!.push(text);
  }
}

const LABEL_COLUMN: Readonly<Record<ProcurementLevel, number>> = { total: CAT, category: CAT, project: PROJECT, item: ITEM };

function assemble(kind: TableKind, title: string, block: PreparedBlock, drafts: readonly Draft[]): Table {
  const columns: Column[] = [
    ...TEXT_HEADERS.map((h, i) => ({ key: `t${i + 1}`, colNo: null, header: h, role: i === 0 ? 'label' as const : 'text' as const })),
    { key: 'c1', colNo: colNo(1), header: '总计', role: 'amount' },
  ];
  let category = '';
  let project = '';
  const rows: Row[] = drafts.map((d) => {
    const texts = d.texts.map((t) => compactLabel(t));
    if (d.level === 'category') { category = texts[CAT]!; project = ''; }
    if (d.level === 'project') project = texts[PROJECT]! || texts[ECON]!;
    const label = texts[LABEL_COLUMN[d.level]]! || (d.level === 'project' ? texts[ECON]! : '');
    const row: Row = {
      code: null, label, lineNo: null, sourceLine: d.line, block: d.level, group: [category, project],
      cells: [...texts.map((t) => makeCell(t)), makeCell(d.amount)],
    };
    return d.level === 'total' ? { ...row, flags: ['total'] } : row;
  });
  return {
    id: kind, kind, layout: 'B13.JS', title, unit: block.unit, year: null, department: null, columns, rows,
    notes: block.notes.map(withoutFurniture), sourceLines: [block.first, block.last],
  };
}

/**
 * A 政府采购 table continued under a repeated title on the next page (no 合计 row of its own) is the same table:
 * its rows join the table before, under that table's last 品目 and 专项.
 */
export function joinContinuedProcurement(prev: Table | undefined, next: Table): Table | null {
  if (!prev || prev.kind !== 'B13' || next.kind !== 'B13' || prev.layout !== 'B13.JS' || next.layout !== 'B13.JS') return null;
  if (next.rows.some((r) => r.block === 'total') || compactLabel([prev.title]) !== compactLabel([next.title])) return null;
  const last = prev.rows[prev.rows.length - 1]?.group ?? ['', ''];
  let category = last[0] ?? '';
  let project = last[1] ?? '';
  const rows = next.rows.map((r): Row => {
    if (r.block === 'category') category = r.label;
    if (r.block === 'category' || r.block === 'project') project = r.block === 'project' ? r.label : '';
    return { ...r, group: [category, project] };
  });
  const [first] = prev.sourceLines ?? [next.sourceLines?.[0] ?? 0];
  return {
    ...prev,
    rows: [...prev.rows, ...rows],
    notes: [...prev.notes, ...next.notes],
    sourceLines: [first ?? 0, next.sourceLines?.[1] ?? prev.sourceLines?.[1] ?? 0],
  };
}
