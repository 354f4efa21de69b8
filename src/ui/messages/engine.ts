// Wording for the engine's finding codes (identities, tolerance, unknown references, rule syntax and cycles).
// Example: `[合计] 1栏(117.81) ≠ 2+3+4+5+6+7栏(117.18)，差 0.63`, `尾数误差 0.01（容差 ±0.02）`.
import type { CellRef, Finding } from '../../engine/finding.ts';
import { expectedWords } from '../i18n.ts';
import { defineMessages, t, type Lang } from './registry.ts';

const COMPARATOR = /\s*(==|<=|>=|!=|=|＝|≤|≥|≠|<|>)\s*/;

/** The two sides of an instantiated formula: "1栏=2+3栏" → ["1栏", "=", "2+3栏"]. */
export function formulaSides(formula: string): [string, string, string] {
  const m = COMPARATOR.exec(formula);
  if (!m) return [formula, '=', ''];
  return [formula.slice(0, m.index), m[1]!, formula.slice(m.index + m[0].length)];
}

/** "T03 2101501 行政运行（行次 12）" — the place a reviewer looks for. */
export function describeCell(ref: CellRef | null, lang: Lang): string {
  if (!ref) return '';
  const parts: string[] = [];
  if (ref.code) parts.push(ref.code);
  if (ref.label) parts.push(ref.label);
  if (parts.length === 0 && ref.row >= 0) parts.push(t(lang, `第 ${ref.row + 1} 行`, `row ${ref.row + 1}`));
  if (ref.lineNo != null) parts.push(t(lang, `（行次 ${ref.lineNo}）`, `(line no. ${ref.lineNo})`));
  return parts.join(' ').replace(/ （/g, '（');
}

function prefix(f: Finding, lang: Lang): string {
  const where = describeCell(f.location, lang);
  return where ? `[${where}] ` : '';
}

const OP_WORD: Record<string, string> = { '<': '<', '>': '>', '≤': '≤', '<=': '≤', '≥': '≥', '>=': '≥', '=': '=', '＝': '=', '==': '=' };
const NEGATED: Record<string, string> = { '=': '≠', '≤': '>', '≥': '<', '<': '≥', '>': '≤' };

function identity(f: Finding, lang: Lang): string {
  const [left, op, right] = formulaSides(f.formula);
  const shown = NEGATED[OP_WORD[op] ?? '='] ?? '≠';
  return `${prefix(f, lang)}${left}(${f.actual}) ${shown} ${right}(${f.expected})${t(lang, '，差 ', ', difference ')}${f.difference}${proven(f, lang)}`;
}

/** Appended when a collapsed row's identity fails under every admissible placement (see uncertainty.ts). */
function proven(f: Finding, lang: Lang): string {
  if (f.params?.['placements'] !== 'all') return '';
  const n = String(f.params['placementCount'] ?? '');
  return t(lang, `（该行列位置不确定，但在全部 ${n} 种可能的排列下均不成立）`,
    ` (the row's columns are uncertain, but it fails under all ${n} possible placements)`);
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
    hierarchy_mismatch: (f, lang) =>
      `${prefix(f, lang)}${t(lang, '本级', 'parent')}(${f.actual}) ≠ ${t(lang, '下级科目之和', 'sum of children')}(${f.expected})${t(lang, '，差 ', ', difference ')}${f.difference}` +
      (f.formula ? `（${f.formula}）` : '') + proven(f, lang),
    rounding_residue: (f, lang) => {
      const [left, , right] = formulaSides(f.formula);
      const sides = right ? `${left}(${f.actual}) ≈ ${right}(${f.expected})，` : '';
      return t(lang, `${prefix(f, lang)}${sides}尾数误差 ${f.difference}（容差 ±${f.tolerance}）`,
        `${prefix(f, lang)}${sides.replace('，', ', ')}rounding residue ${f.difference} (tolerance ±${f.tolerance})`);
    },
    unknown_column: (f, lang) => {
      const col = param(f, 'col', 'colNo', 'column');
      return t(lang, `规则 ${f.formula} 引用的${col ? ` ${col}栏` : '栏'}在表 ${f.table} 中不存在`,
        `rule ${f.formula} names column ${col || '?'} which table ${f.table} lacks`);
    },
    unknown_row: (f, lang) => {
      const row = param(f, 'row', 'key', 'lineNo', 'label');
      return t(lang, `规则 ${f.formula} 引用的行${row ? `「${row}」` : ''}在表 ${f.table} 中不存在`,
        `rule ${f.formula} names row ${row || '?'} which table ${f.table} lacks`);
    },
    unknown_table: (f, lang) => {
      const tb = param(f, 'table', 'kind');
      return t(lang, `规则 ${f.formula} 引用的表${tb ? ` ${tb}` : ''}在文档中不存在`, `rule ${f.formula} names table ${tb || '?'} which the document lacks`);
    },
    rule_syntax: (f, lang) => {
      const pos = param(f, 'pos');
      const expected = param(f, 'expected');
      const found = param(f, 'found');
      const what = expected ? expectedWords(lang, expected) : '?';
      // a hostile formula can be kilobytes long: name its start, the position says where it fails
      const formula = f.formula.length > 80 ? `${f.formula.slice(0, 80)}…` : f.formula;
      return t(lang,
        `规则「${formula}」无法解析：第 ${Number.parseInt(pos || '0', 10) + 1} 个字符处应为${what}，实际为「${found || '结尾'}」`,
        `rule "${formula}" does not parse: expected ${what} at character ${Number.parseInt(pos || '0', 10) + 1}, found "${found || 'end'}"`);
    },
    hierarchy_duplicate_child: (f, lang) =>
      `${prefix(f, lang)}${t(lang, '下级科目之和', 'sum of children')}(${f.expected}) ${t(lang, '为本级', 'is twice the parent')}(${f.actual})` +
      t(lang, ` 的两倍：某一下级科目重复填列了本级合计数，请核实`, ': a child restates the parent\'s total; please check'),
    execution_error: (f, lang) => t(lang, `规则 ${f.formula} 执行出错，未核对`, `rule ${f.formula} failed to run: not checked`),
    rule_cycle: (f, lang) => t(lang, `规则 ${f.formula} 循环引用：等式左边的单元格也出现在右边`, `rule ${f.formula} is circular: its left side also appears on the right`),
    not_applicable: (f, lang) => t(lang, `规则 ${f.formula} 不适用于此表的格式`, `rule ${f.formula} does not apply to this table's layout`),
    insufficient_data: (f, lang) => f.params?.['reason'] === 'enumeration_cap'
      ? t(lang, `${prefix(f, lang)}列位置不确定，可能的排列有 ${String(f.params['placementCount'] ?? '')} 种，超出枚举上限，未能核对 ${f.formula}`,
        `${prefix(f, lang)}columns uncertain and ${String(f.params['placementCount'] ?? '')} placements exceed the cap: ${f.formula} not checked`)
      : t(lang, `${prefix(f, lang)}数据不足，无法核对 ${f.formula}（列位置不确定或缺少数值）`, `${prefix(f, lang)}not enough data to check ${f.formula}`),
    not_a_number: (f, lang) => {
      const text = f.location?.text ?? param(f, 'text');
      return t(lang, `${prefix(f, lang)}规则 ${f.formula} 读取的单元格不是数字${text ? `：「${text}」` : ''}`,
        `${prefix(f, lang)}rule ${f.formula} reads a cell that is not a number${text ? `: "${text}"` : ''}`);
    },
  },
});
