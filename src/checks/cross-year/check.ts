// Checks between two linked reports of one department, last year's (`prev`) and this year's (`cur`):
// - this year's 年初结转和结余 = last year's 年末 (T01; T04 per fund; each 基金 科目) — an identity between two
//   printed cells: error beyond the rounding envelope;
// - a “比上年增加（减少）D” statement against last year's figure of the same subject: last year's table cell when
//   the subject is a row of its T01 (error), else the amount last year's narrative states for the same subject,
//   when it states exactly one (warning: the subject is matched by its words);
// - a 基金 科目 with a balance at last year's end that is absent this year (warning).
// Findings are placed on this year's cell or sentence and name last year's document and cell in params.
import { Decimal } from '../../engine/decimal.ts';
import type { CellRef, Finding, Severity } from '../../engine/finding.ts';
import { dec, type StatedFigure, type YearFacts, type YearFigure } from './facts.ts';
import type { NameMatch } from './link.ts';

const CROSS_TABLE = 'cross-year';

function envelope(...halves: string[]): Decimal {
  return halves.reduce((acc, h) => acc.plus(dec(h)), new Decimal(0));
}

function describeRef(r: CellRef): string {
  return [r.table.replace(/@\d+$/, ''), r.code ?? r.label ?? '', r.colNo ? `${r.colNo}栏` : ''].filter(Boolean).join(' ');
}

interface Ctx {
  readonly prev: YearFacts;
  readonly cur: YearFacts;
  readonly match: NameMatch;
  readonly out: Finding[];
}

function push(ctx: Ctx, f: Omit<Finding, 'table' | 'params' | 'tolerance'> & { tolerance: Decimal; params: Record<string, string | number> }): void {
  ctx.out.push({
    ...f,
    table: f.location?.table ?? CROSS_TABLE,
    tolerance: f.tolerance.toString(),
    params: { prevFile: ctx.prev.file, prevYear: ctx.prev.year ?? '', curFile: ctx.cur.file, curYear: ctx.cur.year ?? '',
      nameMatch: ctx.match, ...f.params },
  });
}

function checkCarryOver(ctx: Ctx): void {
  const closing = new Map(ctx.prev.closing.map((f) => [f.key, f]));
  for (const open of ctx.cur.opening) {
    const close = closing.get(open.key);
    if (!close) continue;
    const diff = dec(open.value).minus(dec(close.value));
    if (diff.isZero()) continue;
    const tol = envelope(open.half, close.half);
    const severity: Severity = diff.abs().lte(tol) ? 'info' : 'error';
    push(ctx, {
      ruleId: `Y-CARRY.${open.key}`, code: severity === 'info' ? 'rounding_residue' : 'cross_year_carryover_mismatch', severity,
      location: open.ref, cells: [open.ref], formula: '本年年初结转和结余 = 上年年末结转和结余',
      operands: [{ ref: open.ref, value: open.value }], expected: close.value, actual: open.value,
      difference: diff.toString(), tolerance: tol,
      params: { key: open.key, prevCell: describeRef(close.ref), prevText: close.ref.text ?? close.value },
    });
  }
}

function uniqueStated(figures: readonly StatedFigure[], subject: string): StatedFigure | null {
  const same = figures.filter((f) => f.subject === subject);
  const values = new Set(same.map((f) => dec(f.value).toString()));
  return values.size === 1 ? same[0]! : null;
}

/** Last year's T01 row of the same subject: a printed cell. */
function tableFigure(prev: YearFacts, subject: string): YearFigure | null {
  return prev.rows.find((f) => f.key === `T01:${subject}`) ?? null;
}

function checkYoy(ctx: Ctx): void {
  for (const s of ctx.cur.yoy) {
    const implied = s.direction === 'up' ? dec(s.value).minus(dec(s.delta)) : dec(s.value).plus(dec(s.delta));
    const cell = tableFigure(ctx.prev, s.subject);
    const stated = cell ? null : uniqueStated(ctx.prev.stated, s.subject);
    const prevValue = cell?.value ?? stated?.value;
    if (prevValue === undefined) continue;
    const tol = envelope(s.half, s.deltaHalf, cell?.half ?? stated!.half);
    const diff = implied.minus(dec(prevValue));
    if (diff.abs().lte(tol)) continue;
    const severity: Severity = cell ? 'error' : 'warning';
    push(ctx, {
      ruleId: 'Y-YOY', code: 'cross_year_change_mismatch', severity, location: null, cells: cell ? [cell.ref] : [],
      formula: s.direction === 'up' ? '上年数 = 本年数 − 增加额' : '上年数 = 本年数 + 减少额',
      operands: [], expected: dec(prevValue).toString(), actual: implied.toString(), difference: diff.toString(), tolerance: tol,
      params: { subject: s.subject, sentence: s.sentence, current: s.value, delta: s.delta, direction: s.direction,
        prevSource: cell ? describeRef(cell.ref) : stated!.sentence, bound: cell ? 'table' : 'label' },
    });
  }
}

function checkAbsent(ctx: Ctx): void {
  const present = new Set(ctx.cur.opening.concat(ctx.cur.closing).map((f) => f.key));
  const curHasFundTable = ctx.cur.opening.some((f) => f.key.startsWith('T07:')) || ctx.cur.closing.some((f) => f.key.startsWith('T07:'));
  for (const close of ctx.prev.closing) {
    if (!close.key.startsWith('T07:') || dec(close.value).lte(0) || present.has(close.key)) continue;
    push(ctx, {
      ruleId: 'Y-ABSENT', code: 'cross_year_balance_absent', severity: 'warning', location: null, cells: [],
      formula: '上年年末有结转结余的科目本年应列示年初数', operands: [], expected: close.value, actual: '',
      difference: '', tolerance: new Decimal(0),
      params: { code: close.key.slice(4), prevCell: describeRef(close.ref), fundTable: curHasFundTable ? 1 : 0 },
    });
  }
}

/** Findings of this year's report against last year's. */
export function checkCrossYear(prev: YearFacts, cur: YearFacts, match: NameMatch = 'same'): Finding[] {
  const ctx: Ctx = { prev, cur, match, out: [] };
  checkCarryOver(ctx);
  checkYoy(ctx);
  checkAbsent(ctx);
  return ctx.out;
}
