// `--rule` texts → RuleDefs checked on every table, and a caret picture for each one that does not parse:
//   1栏=2+
//         ^ 应为 …
import { parseRule, type RuleDef, type RuleSyntaxError } from '../engine/index.ts';

export interface RuleTextError {
  readonly text: string;
  readonly error: RuleSyntaxError;
}

export function cliRules(texts: readonly string[]): { defs: RuleDef[]; errors: RuleTextError[] } {
  const defs: RuleDef[] = [];
  const errors: RuleTextError[] = [];
  texts.forEach((text, i) => {
    const parsed = parseRule(text);
    if (!parsed.ok) errors.push({ text, error: parsed.reason });
    else defs.push({ id: `cli.${i + 1}`, expr: text, severity: 'error', origin: 'cli', source: '--rule' });
  });
  return { defs, errors };
}

/** Terminal columns a string takes: CJK and full-width characters are two columns wide. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

// the parser names what it expected with short tokens; say them the way a reviewer writes rules
const EXPECTED_ZH: Readonly<Record<string, string>> = {
  term: '数字、栏/行引用或括号', comparison: '比较符号（= ≤ ≥ < >）', rparen: '右括号', ')': '右括号', ']': '右方括号 ]',
  INT: '数字', int: '数字', 'INT|[key]': '数字或 [行名称/科目编码]', 'ascending INT': '更大的数字', 'range end': '范围终点',
  'number before range': '范围前的数字', unit: '单位（栏或行）', '栏|行': '“栏”或“行”', '行|栏': '“行”或“栏”',
  end: '规则结尾', eof: '规则结尾', token: '可识别的符号', '+': '加号 +',
  'nesting limit': '不超过 16 层的括号（括号嵌套过深）', 'range limit': '不超过 1000 项的范围（范围过大）',
};

export function describeRuleError(e: RuleTextError): string {
  const { pos, expected, found } = e.error;
  const before = e.text.slice(0, pos);
  const what = e.error.code === 'ambiguous_unit'
    ? '未写单位的数字既可能是行也可能是栏，请写明「行」或「栏」'
    : `此处应为${EXPECTED_ZH[expected] ?? (expected || '?')}，实际为「${found || '结尾'}」`;
  return [
    `规则无法解析（第 ${pos + 1} 个字符）：`,
    `  ${e.text}`,
    `  ${' '.repeat(displayWidth(before))}^ ${what}`,
  ].join('\n');
}
