// Wording of findings and problems (src/ui/messages), shared by the UI and the CLI.
import { describe, expect, it, test } from 'vitest';
import type { Finding } from '../../../src/engine/finding.ts';
import { describeFinding, describeProblem } from '../../../src/ui/messages/index.ts';
import { parseArgs } from '../../../src/cli/args.ts';
import { cliRules, describeRuleError, displayWidth } from '../../../src/cli/rules.ts';

function finding(over: Partial<Finding>): Finding {
  const location = { table: 't1', row: 0, col: 2, label: '合计', colNo: 1 };
  return {
    ruleId: 'T02.col.1', code: 'sum_mismatch', severity: 'error', table: 't1', location, cells: [location],
    formula: '1栏=2+3+4+5+6+7栏', operands: [], expected: '117.18', actual: '117.81', difference: '0.63', tolerance: '0.035',
    ...over,
  };
}

describe('describeFinding', () => {
  it.each([
    ['sum_mismatch', {}, '[合计] 1栏(117.81) ≠ 2+3+4+5+6+7栏(117.18)，差 0.63'],
    ['rounding_residue', { code: 'rounding_residue', severity: 'info', expected: '27655.81', actual: '27655.80', difference: '-0.01', tolerance: '0.02', formula: '1栏=2+3+4栏' },
      '[合计] 1栏(27655.80) ≈ 2+3+4栏(27655.81)，尾数误差 -0.01（容差 ±0.02）'],
    ['inequality_violated', { code: 'inequality_violated', formula: '[30217]≤T09.[公务接待费]2栏', expected: '70.00', actual: '73.39', difference: '3.39' },
      '[合计] [30217](73.39) > T09.[公务接待费]2栏(70.00)，差 3.39'],
    ['a code nobody registered', { code: 'made_up_code', formula: 'x=y' }, 'made_up_code x=y：期望 117.18，实际 117.81，差 0.63'],
  ])('%s', (_, over, expected) => {
    expect(describeFinding(finding(over as Partial<Finding>), 'zh')).toBe(expected);
  });

  test('English wording exists for the same finding', () => {
    expect(describeFinding(finding({}), 'en')).toBe('[合计] 1栏(117.81) ≠ 2+3+4+5+6+7栏(117.18), difference 0.63');
  });

  test('a row without label or code is named by its position and printed 行次', () => {
    const location = { table: 't1', row: 4, col: 1, lineNo: 27, colNo: 1 };
    expect(describeFinding(finding({ location }), 'zh')).toMatch(/^\[第 5 行（行次 27）\]/);
  });
});

describe('describeProblem', () => {
  it.each([
    [{ code: 'too_large', severity: 'error', params: { bytes: 31457280, maxBytes: 20971520 } }, '输入过大：30.0 MB，上限 20.0 MB'],
    [{ code: 'column_ambiguous', severity: 'warning', line: 12 }, '空白单元格被省略，数值无法确定归属哪一栏；涉及该行的勾稽关系按所有可能的排列核对，只有都不成立时才报错误（第 12 行）'],
    [{ code: 'unparsed_lines', severity: 'warning', line: 40, endLine: 42 }, '表格中有未能解析的行（第 40–42 行）'],
    [{ code: 'encoding_unsupported', severity: 'error' }, '无法识别文字编码：可读取 UTF-8、UTF-16（带 BOM）和 GBK/GB18030'],
  ] as const)('%o', (problem, expected) => {
    expect(describeProblem(problem, 'zh')).toBe(expected);
  });
});

describe('CLI arguments and --rule', () => {
  it.each([
    [['--format', 'json', '--rule', '1栏=2+3', 't.tsv'], { format: 'json', rules: ['1栏=2+3'], files: ['t.tsv'] }],
    [['--format=text', '-r', '27行=（1+2）行', 'a.txt', 'b.txt'], { format: 'text', rules: ['27行=（1+2）行'], files: ['a.txt', 'b.txt'] }],
    [['--', '--odd-name.tsv'], { format: 'text', rules: [], files: ['--odd-name.tsv'] }],
  ])('%o', (argv, expected) => {
    const r = parseArgs(argv);
    expect(r.ok && { format: r.value.format, rules: r.value.rules, files: r.value.files }).toEqual(expected);
  });

  it.each([
    [['--rule'], 'missing_value'],
    [['--format', 'xml', 'a'], 'bad_format'],
    [['--verbose', 'a'], 'unknown_option'],
    [[], 'no_files'],
  ])('%o is %s', (argv, code) => {
    const r = parseArgs(argv);
    expect(r.ok ? null : r.reason.code).toBe(code);
  });

  test('a caret lines up under wide characters', () => {
    expect(displayWidth('1栏=（2+')).toBe(8);
    const { defs, errors } = cliRules(['1栏=2+3', '1栏=（2+']);
    expect(defs.map((d) => [d.id, d.origin])).toEqual([['cli.1', 'cli']]);
    const [, shown, caret] = describeRuleError(errors[0]!).split('\n');
    expect(caret!.indexOf('^') - 2).toBe(displayWidth(shown!.slice(2, 2 + errors[0]!.error.pos)));
  });
});
