// Binding that generalises (issue 15 item 5): numbered or not, paths across line and page breaks, the same 科目
// twice, page numbers that must never glue onto an amount — built by mutating the real 财政局 report.
import { describe, expect, test } from 'vitest';
import { checkNarrative, prepareNarrative } from '../../../src/checks/narrative/index.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { about, docOf, fixture } from './helpers.ts';

const CAIZHENG = fixture('corpus/putuo_caizhengju_2024.txt');

function check(text: string): Finding[] {
  const r = parseReportText(text);
  if (!r.ok) throw new Error(`parse failed: ${r.reason.code}`);
  return checkNarrative(r.value);
}

/** Replaces one exact, unique passage of the report. */
function mutate(text: string, from: string, to: string): string {
  expect(text.split(from).length, `“${from}” occurs once`).toBe(2);
  return text.replace(from, to);
}

const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'error');
const amounts = (text: string) => prepareNarrative(text).sentences.flatMap((s) => s.tokens)
  .filter((t) => t.kind === 'amount').map((t) => t.value.toString());

/** The 项 paragraphs of 五、 without their “1、”…“11、” numbering. */
const unnumbered = CAIZHENG.replace(/^( ?)\d{1,2}、(?=\S+（类）)/gm, '$1');

describe('项 paragraphs with and without numbering', () => {
  test('the real report: the only narrative error is its 0.3 万元 财政拨款收入支出总计', () => {
    expect(errors(check(CAIZHENG)).map((f) => f.params?.indicator)).toEqual(['T04.总计']);
  });

  test('without numbering nothing new is reported: each 决算 is bound to its own 项, not to the 类', () => {
    expect(unnumbered).not.toBe(CAIZHENG);
    expect(errors(check(unnumbered)).map((f) => f.params?.indicator)).toEqual(['T04.总计']);
  });

  test('a changed 项 决算 in an unnumbered paragraph is an error bound by its full path, naming the T05 cell', () => {
    const f = check(mutate(unnumbered, '支出决算为1511.89万', '支出决算为1611.89万'));
    const hit = f.find((x) => x.code === 'narrative_amount_mismatch' && x.actual === '1611.89')!;
    expect(hit.severity).toBe('error');
    expect(hit.params).toMatchObject({ binding: 'path', indicator: 'T05.一般公共服务/财政事务/行政运行' });
    expect(hit.cells[0]).toMatchObject({ code: '2010601' });
    expect(hit.expected).toBe('1511.89');
    // one mistake, one finding: “决算数小于预算数” holds on the table's 1511.89 and is not reported again
    expect(errors(f).map((x) => x.code)).toEqual(['narrative_amount_mismatch', 'narrative_amount_mismatch']);
  });
});

describe('page markers and line breaks', () => {
  const PAGE = (mark: string) => `\n\n\n                 ${mark}\n\f`;

  test.each(['- 12 -', '— 5 —', '─ 7 ─', '第 3 页', '23'])('a page number (%s) between an amount and its unit never glues onto it', (mark) => {
    const text = mutate(CAIZHENG, '支出决算为1511.89万\n元。', `支出决算为1511.89万${PAGE(mark)}元。`);
    const narrative = parseReportText(text);
    if (!narrative.ok) throw new Error('parse failed');
    expect(amounts(narrative.value.narrative.text)).toContain('1511.89');
    expect(errors(checkNarrative(narrative.value)).map((f) => f.params?.indicator)).toEqual(['T04.总计']);
  });

  test('a page number between a number and the rest of its sentence: “增长 3 17.31%” reads 17.31%', () => {
    const p = prepareNarrative(`比上年增加2.55万元，增长${PAGE('3')}1.40%。`);
    expect(p.sentences[0]!.tokens.map((t) => t.text)).toEqual(['2.55万元', '1.40%']);
  });

  test('a 类/款/项 path cut by a page break and a running header is still one path', () => {
    const header = '上海市普陀区财政局2024年度部门决算';
    const broken = `\n\n  - 9 -\n\f${header}\n`;
    const text = mutate(unnumbered, '一般公共服务支出（类）财政事务（款）行政运行（项）',
      `一般公共服务支出（类）财政事务（款）${broken}行政运行（项）`);
    // the header repeats at two more page breaks elsewhere in the narrative
    const beforeLast = (t: string, anchor: string) => {
      const at = t.lastIndexOf(anchor);
      return `${t.slice(0, at)}\n\f${header}\n  ${t.slice(at)}`;
    };
    const withHeaders = beforeLast(beforeLast(text, '二、收入决算情况说明'), '三、支出决算情况说明');
    const f = check(mutate(withHeaders, '支出决算为1511.89万', '支出决算为1611.89万'));
    const hit = f.find((x) => x.actual === '1611.89')!;
    expect(hit.params).toMatchObject({ binding: 'path', indicator: 'T05.一般公共服务/财政事务/行政运行' });
  });

  test('a page break where the 财政局 item 6 tail was printed above its head adds no error (the path is cut: a guess)', () => {
    const head = ' 6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老\n\n';
    for (const mark of [`${head}${PAGE('- 12 -')}`, `${head.slice(0, -1)}${PAGE('- 12 -')}\n`]) {
      const text = mutate(CAIZHENG, head, mark);
      expect(errors(check(text)).map((f) => f.params?.indicator)).toEqual(['T04.总计']);
    }
  });

  test('a row of an unrecognised table left in the narrative is not prose: no “amount without unit” on it', () => {
    const row = '一、财政拨款          15897.44   一、一般公共服务支出       12706.28    一、基本支出        7877.76';
    const f = checkNarrative(docOf(`二、收入决算情况说明\n${row}\n本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%。`));
    expect(f.filter((x) => x.code === 'missing_unit')).toEqual([]);
    // a prose line spaced out by the layout keeps its amounts
    expect(amounts('本年收入合计   2946.25   万元，其中：财政拨款收入2940.05万元。')).toEqual(['2946.25', '2940.05']);
  });

  test('a bare number alone between text lines that are not at a page break is kept', () => {
    expect(amounts('支出决算为\n1511.89\n万元。')).toEqual(['1511.89']);
  });
});

describe('the same 科目 twice', () => {
  const twoPaths = [
    '五、一般公共预算财政拨款支出决算情况说明',
    '1.行政事业单位离退休（类）未归口管理的行政单位离退休支出（项）256.76万元，与上年相比减少1351.75万元，减少84.04%。',
    '2.行政事业单位离退休（类）机关事业单位基本养老保险缴费支出（项）580.01万元，此项支出是今年新增支出。',
    '3.住房改革支出（类）住房公积金（项）572.56万元。',
    '4.住房改革支出（类）提租补贴（项）1549.82万元。',
  ].join('\n');

  test('two different paths under one 类 are two indicators and are never compared (江苏 2018 wording)', () => {
    const f = checkNarrative(docOf(twoPaths));
    expect(f.filter((x) => x.code === 'indicator_two_values')).toEqual([]);
  });

  test('the same full path with two values is an error; the same label path across a line break too', () => {
    const text = `${twoPaths}\n5.住房改革支出（类）提租\n补贴（项）1559.82万元。`;
    const f = checkNarrative(docOf(text)).filter((x) => x.code === 'indicator_two_values');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '1549.82', actual: '1559.82' });
  });
});

describe('年初预算为 X，支出决算为 Y，完成年初预算的 P% bound to the 项 of its paragraph', () => {
  const para = '住房保障支出（类）住房改革支出（款）购房补贴（项）。主要用于：缴纳在职\n人员住房购房补贴。年初预算为 258.50万元，支出决算为258.50万元。决算数与预算\n数基本持平。';
  const base = mutate(unnumbered, para.replace('258.50万元。决算', '258.50万元。决算'), para);

  test('a completion rate that does not recompute is an error; a 决算 that contradicts T05 22102 03 is an error', () => {
    const rate = check(mutate(base, '支出决算为258.50万元。决算数与预算', '支出决算为258.50万元，完成年初预算的90.00%。决算数与预算'));
    expect(rate.find((x) => x.ruleId === 'N-RATE')).toMatchObject({ severity: 'error', expected: '100.00', actual: '90.00' });
    const amount = check(mutate(base, '支出决算为258.50万元。决算数与预算', '支出决算为268.50万元，完成年初预算的103.87%。决算数与预算'));
    const hit = amount.find((x) => x.code === 'narrative_amount_mismatch' && x.actual === '268.5')!;
    expect(hit).toMatchObject({ severity: 'error', params: { binding: 'path' } });
    expect(hit.cells[0]).toMatchObject({ code: '2210203' });
  });

  test('a wrong 决算 whose rate was computed on the table figure is one finding (the amount), not two', () => {
    const f = check(mutate(base, '支出决算为258.50万元。决算数与预算', '支出决算为268.50万元，完成年初预算的100.00%。决算数与预算'));
    expect(about(f, '支出决算为268.50万元').filter((x) => x.severity !== 'info').map((x) => x.code)).toEqual(['narrative_amount_mismatch']);
  });

  test('two 决算 under one path: the second is only a positional guess, a warning at most', () => {
    const text = mutate(base, '支出决算为258.50万元。决算数与预算', '支出决算为258.50万元。支出决算为300.00万元。决算数与预算');
    const hits = about(check(text), '。支出决算为300.00万元。决算数与预算'.slice(1, -6)).filter((x) => x.actual === '300');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((x) => x.severity !== 'error' && x.params?.binding === 'position')).toBe(true);
  });
});

describe('severities', () => {
  test('0 → 0 stated as 0% is no finding at all, not even information', () => {
    const f = checkNarrative(docOf('二、收入决算情况说明\n其他收入0万元，比上年增加0万元，增长0%。“三公”经费支出年初预算为0万元，支出决算为0万元，完成预算的0%。'));
    expect(f).toEqual([]);
  });

  test('a placeholder left in is wording: a warning, one per sentence', () => {
    const f = checkNarrative(docOf('对个人和家庭补助支出0万元，较2020年增加（减少）0万元，增长（下降）0%，主要原因是：没有发生这项费用。'));
    expect(f.map((x) => [x.code, x.severity])).toEqual([['placeholder_left', 'warning']]);
  });

  test('contradictory direction words (增加 … 下降) are wording: a warning', () => {
    const f = checkNarrative(docOf('机关运行经费支出184.65万元，比2023年度增加2.55万元，下降1.40%。'));
    expect(f.map((x) => [x.code, x.severity])).toEqual([['direction_word_mismatch', 'warning']]);
  });

  test('a rate that holds on the head amount of its sentence is not reported against the aside (“其中…”)', () => {
    const f = checkNarrative(docOf('本部门2021年度收入总计428.59万元，其中年初结转和结余0万元，较2020年增加25.66万元，增长6.37%。'));
    expect(f.filter((x) => x.severity !== 'info')).toEqual([]);
  });
});

describe('SYNTHETIC: every narrative error injected into the 财政局 report is still found', () => {
  const f = check(fixture('corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt'));
  const real = check(CAIZHENG);
  const has = (fs: readonly Finding[], part: string, code: string) => about(fs, part).filter((x) => x.code === code);

  test.each([
    ['上海市普陀区XX局2024年度部门决算表', 'placeholder_left', 'warning'],
    ['第三部分上海市普陀区财政局2023年度部门决算情况说明', 'year_mismatch', 'error'],
    ['收入支出总计0万元', 'narrative_amount_mismatch', 'error'],
    ['决算数大于预算数的主要原因：人员进出及退休变化', 'direction_word_mismatch', 'error'],
    ['决算数大于预算数的主要原因：预算按周全保障测算', 'direction_word_mismatch', 'error'],
    ['决算数等于预算数的主要原因', 'direction_word_mismatch', 'error'],
    ['截至2023年12月31日', 'year_mismatch', 'error'],
  ])('%s → %s (%s), absent from the real report', (part, code, severity) => {
    expect(has(f, part, code).map((x) => x.severity)).toContain(severity);
    expect(has(real, part.replace('XX', '财政').replace('2023', '2024'), code)).toEqual([]);
  });

  test('the 0 万元 total is one mistake: the rate of the next sentence holds on the table figure and is not reported', () => {
    expect(has(f, '收入支出总计减少56.95万元，下降1.87%', 'yoy_percent_mismatch')).toEqual([]);
  });
});

test('the message of a positionally bound finding says what could not be confirmed', async () => {
  const { describeFinding } = await import('../../../src/ui/messages/index.ts');
  const text = mutate(unnumbered, '支出决算为258.50万元。决算数与预算', '支出决算为258.50万元。支出决算为300.00万元。决算数与预算');
  const hit = check(text).find((x) => x.actual === '300' && x.params?.binding === 'position')!;
  expect(describeFinding(hit, 'zh')).toContain('按位置推断，未能确认');
  const exact = check(CAIZHENG).find((x) => x.params?.indicator === 'T04.总计')!;
  expect(describeFinding(exact, 'zh')).not.toContain('未能确认');
});

test('a level stated as last year’s (“（2016年度…为 8,648.07 万元），增加 498.72 万元，增长 5.77%”) is the base itself', () => {
  const s = '2017年度部门支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元，增长5.77%。';
  expect(checkNarrative(docOf(s)).filter((x) => x.severity !== 'info')).toEqual([]);
  // the same numbers as this year's level recompute to 6.12%: still reported
  const t = '2017年度部门支出预算安排为8,648.07万元，与2016年度相比增加498.72万元，增长5.77%。';
  expect(checkNarrative(docOf(t)).map((x) => x.code)).toEqual(['yoy_percent_mismatch']);
});
