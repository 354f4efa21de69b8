// Wording for the engine's finding codes (identities, tolerance, unknown references, rule syntax and cycles).
// Example: `[合计] 1栏(117.81) ≠ 2+3+4+5+6+7栏(117.18)，差 0.63`, `尾数误差 0.01（容差 ±0.02）`.
import type { CellRef, Finding } from '../../engine/finding.ts';
import { TABLE_KIND_NAMES } from '../../engine/table.ts';
import { expectedWords } from '../i18n.ts';
import { defineMessages, type Lang } from './registry.ts';
import { msg, type MessageKey } from '../../messages/index.ts';

const COMPARATOR = /\s*(==|<=|>=|!=|=|＝|≤|≥|≠|<|>)\s*/;

/** The two sides of an instantiated formula: "1栏=2+3栏" → ["1栏", "=", "2+3栏"]. */
export function formulaSides(formula: string): [string, string, string] {
  const m = COMPARATOR.exec(formula);
  if (!m) return [formula, '=', ''];
  return [formula.slice(0, m.index), m[1]!, formula.slice(m.index + m[0].length)];
}

/** A table named for a reviewer, never by its internal id: "表 T03（支出决算表）", or "未识别的表格". */
export function tableWords(id: string, lang: Lang): string {
  const kind = id.split('@')[0]!;
  const name = (TABLE_KIND_NAMES as Readonly<Record<string, string>>)[kind];
  return name && kind !== 'unknown' ? msg(lang, 'common.tableOfKind', { kind, name }) : msg(lang, 'common.unknownTable');
}

/** "T03 2101501 行政运行（行次 12）" — the place a reviewer looks for. */
export function describeCell(ref: CellRef | null, lang: Lang): string {
  if (!ref) return '';
  const parts: string[] = [];
  if (ref.code) parts.push(ref.code);
  if (ref.label) parts.push(ref.label);
  if (parts.length === 0 && ref.row >= 0) parts.push(msg(lang, 'engine.rowNo', { row: ref.row + 1 }));
  if (ref.lineNo != null) parts.push(msg(lang, 'engine.lineNo', { lineNo: ref.lineNo }));
  return parts.join(' ').replace(/ （/g, '（');
}

function prefix(f: Finding, lang: Lang): string {
  const where = describeCell(f.location, lang);
  return where ? `[${where}] ` : '';
}

const OP_WORD: Record<string, string> = { '<': '<', '>': '>', '≤': '≤', '<=': '≤', '≥': '≥', '>=': '≥', '=': '=', '＝': '=', '==': '=' };
const NEGATED: Record<string, string> = { '=': '≠', '≤': '>', '≥': '<', '<': '≥', '>': '≤' };

/** At most this many terms of a side are printed; a longer side reads "a+b+…+z（共 n 项）" (operands in the details). */
const MAX_TERMS = 8;

/** Splits a side at its top-level "+" (not inside brackets). */
function terms(side: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < side.length; i++) {
    const c = side[i]!;
    if ('(（['.includes(c)) depth++;
    else if (')）]'.includes(c)) depth--;
    else if (c === '+' && depth === 0) {
      out.push(side.slice(start, i));
      start = i + 1;
    }
  }
  out.push(side.slice(start));
  return out;
}

/** A long side summarised: the children of the left side's 科目 as "Σ款（24 项）", else "a+b+…+z（共 24 项）". */
export function summariseSide(side: string, lang: Lang, left = ''): string {
  const list = terms(side);
  if (list.length <= MAX_TERMS) return side;
  const parent = CODE.exec(left)?.[1];
  if (parent && list.every((x) => CODE.exec(x)?.[1]?.startsWith(parent))) return childSum(list, lang);
  return msg(lang, 'engine.longSide', { first: list.slice(0, 2).join('+'), last: list.at(-1)!, n: list.length });
}

const CODE = /^\[(\d+)\]/;
const LEVEL: Readonly<Record<number, string>> = { 3: 'class', 5: 'section', 7: 'item' };

/** "Σ款（12 项）": children by their level (the code length of the first child). */
function childSum(list: readonly string[], lang: Lang): string {
  const level = LEVEL[CODE.exec(list[0] ?? '')?.[1]?.length ?? 0];
  return msg(lang, 'engine.children', { level: msg(lang, (level ? `engine.level.${level}` : 'engine.level.other') as MessageKey), n: list.length });
}

function identity(f: Finding, lang: Lang): string {
  const [left, op, right] = formulaSides(f.formula);
  const shown = NEGATED[OP_WORD[op] ?? '='] ?? '≠';
  return msg(lang, 'engine.identity', { where: prefix(f, lang), left: summariseSide(left, lang), actual: f.actual, op: shown,
    right: summariseSide(right, lang, left), expected: f.expected, difference: f.difference }) + proven(f, lang);
}

/** The children of a hierarchy identity, always summarised (the full formula is in the details). */
function children(f: Finding, lang: Lang): string {
  const [, , right] = formulaSides(f.formula);
  return childSum(right ? terms(right) : [], lang);
}

/** Appended when a collapsed row's identity fails under every admissible placement (see uncertainty.ts). */
function proven(f: Finding, lang: Lang): string {
  if (f.params?.['placements'] !== 'all') return '';
  const n = String(f.params['placementCount'] ?? '');
  return msg(lang, 'engine.proven', { n });
}

function param(f: Finding, ...keys: string[]): string {
  for (const k of keys) {
    const v = f.params?.[k];
    if (v !== undefined && v !== '') return String(v);
  }
  return '';
}

export default defineMessages({
  findings: {
    sum_mismatch: identity,
    inequality_violated: identity,
    hierarchy_mismatch: (f, lang) => msg(lang, 'engine.hierarchy', { where: prefix(f, lang), actual: f.actual, children: children(f, lang),
      expected: f.expected, difference: f.difference }) + proven(f, lang),
    rounding_residue: (f, lang) => {
      const [left, , right] = formulaSides(f.formula);
      const values = { where: prefix(f, lang), left: summariseSide(left, lang), right: summariseSide(right, lang, left), actual: f.actual,
        expected: f.expected, difference: f.difference, tolerance: f.tolerance };
      return msg(lang, right ? 'engine.rounding_residue' : 'engine.rounding_residue_alone', values);
    },
    unknown_column: (f, lang) => {
      const col = param(f, 'col', 'colNo', 'column');
      return msg(lang, col ? 'engine.unknown_column' : 'engine.unknown_column_unnamed', { formula: f.formula, col, table: f.table });
    },
    unknown_row: (f, lang) => {
      const row = param(f, 'row', 'key', 'lineNo', 'label');
      return msg(lang, row ? 'engine.unknown_row' : 'engine.unknown_row_unnamed', { formula: f.formula, row, table: f.table });
    },
    unknown_table: (f, lang) => {
      const tb = param(f, 'table', 'kind');
      return msg(lang, tb ? 'engine.unknown_table' : 'engine.unknown_table_unnamed', { formula: f.formula, tb });
    },
    rule_syntax: (f, lang) => {
      const pos = param(f, 'pos');
      const expected = param(f, 'expected');
      const found = param(f, 'found');
      const what = expected ? expectedWords(lang, expected) : '?';
      // a hostile formula can be kilobytes long: name its start, the position says where it fails
      const formula = f.formula.length > 80 ? `${f.formula.slice(0, 80)}…` : f.formula;
      return (found ? msg(lang, 'engine.rule_syntax', { formula, pos: Number.parseInt(pos || '0', 10) + 1, what, found }) : msg(lang, 'engine.rule_syntax_at_end', { formula, pos: Number.parseInt(pos || '0', 10) + 1, what }));
    },
    hierarchy_duplicate_child: (f, lang) => msg(lang, 'engine.hierarchy_duplicate_child', { where: prefix(f, lang), expected: f.expected, actual: f.actual }),
    execution_error: (f, lang) => msg(lang, 'engine.execution_error', { formula: f.formula }),
    rule_cycle: (f, lang) => msg(lang, 'engine.rule_cycle', { formula: f.formula }),
    not_applicable: (f, lang) => msg(lang, 'engine.not_applicable', { formula: f.formula }),
    insufficient_data: (f, lang) => f.params?.['reason'] === 'enumeration_cap'
      ? msg(lang, 'engine.insufficient_data_cap', { prefix: prefix(f, lang), placementCount: String(f.params['placementCount'] ?? ''), formula: f.formula })
      : msg(lang, 'engine.insufficient_data', { prefix: prefix(f, lang), formula: f.formula }),
    not_a_number: (f, lang) => {
      const text = f.location?.text ?? param(f, 'text');
      return (text ? msg(lang, 'engine.not_a_number', { prefix: prefix(f, lang), formula: f.formula, text }) : msg(lang, 'engine.not_a_number_no_text', { prefix: prefix(f, lang), formula: f.formula }));
    },
  },
});
