import { expect, test } from 'vitest';
import { parseRule } from '../../../src/engine/index.ts';
import { ruleSyntaxMessage, t } from '../../../src/ui/i18n.ts';

function reasonOf(text: string) {
  const r = parseRule(text);
  if (r.ok) throw new Error(`expected ${text} to fail`);
  return r.reason;
}

test.each([
  ['1栏=2+', '第 6 个字符', '但规则在此处结束'],
  ['1栏+2栏', '第 6 个字符', '比较符号'],
])('a rule typed wrong (%s) is explained in Chinese with its position', (text, at, words) => {
  const msg = ruleSyntaxMessage('zh', reasonOf(text));
  expect(msg).toContain(at);
  expect(msg).toContain(words);
});

test('a bare number mixing 行 and 栏 asks for the unit', () => {
  const reason = reasonOf('1栏=2行+3');
  expect(reason.code).toBe('ambiguous_unit');
  expect(ruleSyntaxMessage('zh', reason)).toContain('“行”还是“栏”');
});

test('every chrome string exists in English too', () => {
  expect(t('en', 'hint')).toMatch(/^Paste/);
  expect(t('zh', 'explained')).toBe('已说明');
});
