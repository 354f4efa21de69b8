// `--rule` texts → RuleDefs checked on every table, and a caret picture for each one that does not parse:
//   1栏=2+
//         ^ 应为 …
import { parseRule, type RuleDef, type RuleSyntaxError } from '../engine/index.ts';
import { isMessageKey, msg, type Lang } from '../messages/index.ts';

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

/** The parser's short token names ("INT|[key]") the way a reviewer writes rules ('cli.expected.*'). */
function expectedWords(expected: string, lang: Lang): string {
  const key = `cli.expected.${expected}`;
  return isMessageKey(key) ? msg(lang, key) : expected || '?';
}

export function describeRuleError(e: RuleTextError, lang: Lang = 'zh'): string {
  const { pos, expected, found } = e.error;
  const before = e.text.slice(0, pos);
  const what = e.error.code === 'ambiguous_unit'
    ? msg(lang, 'cli.ruleAmbiguousUnit')
    : msg(lang, 'cli.ruleExpected', { what: expectedWords(expected, lang), found: found || msg(lang, 'cli.ruleEnd') });
  return [
    msg(lang, 'cli.ruleError', { at: pos + 1 }),
    `  ${e.text}`,
    `  ${' '.repeat(displayWidth(before))}^ ${what}`,
  ].join('\n');
}
