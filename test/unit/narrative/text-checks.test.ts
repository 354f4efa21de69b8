// Checks that need only the narrative: real sentences that hold and ones that do not.
import { describe, expect, it, test } from 'vitest';
import { checkNarrative } from '../../../src/checks/narrative/index.ts';
import { about, codes, docOf, narrativeOf } from './helpers.ts';

const run = (file: string, year: number | null = null) => checkNarrative(docOf(narrativeOf(file), [], year));
const SHEHUI = run('corpus/putuo_shehuigongzuobu_2024.txt');
const GUIHUA = run('corpus/putuo_guihuaziyuan_2024.txt');
const CAIZHENG = run('corpus/putuo_caizhengju_2024.txt');
const SYNTHETIC = run('corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt', 2024);
// the same text without the document's year: the year is inferred from the text, so a contradiction is a warning
const SYNTHETIC_NO_YEAR = run('corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt');
const S000 = run('seeds/000_6e1f5d09d8ef42dd.txt');
const S001 = run('seeds/001_c1aab3eb9d979e5d.txt');
const S002 = run('seeds/002_46e3d4cd55e5664f.txt');
const S003 = run('seeds/003_151e3cc1a638edf9.txt');

describe('sentences that do not hold', () => {
  it.each([
    ['shehuigongzuobu: 增加 307.82 万元，增长 100.00% on a zero base', SHEHUI, '收入支出总计增加307.82万元，增长100.00%', 'zero_base_percent', 'error'],
    ['shehuigongzuobu: 机关运行经费 founded this year', SHEHUI, '机关运行经费支出10.23万元，比2023年度增加10.23万元', 'zero_base_percent', 'error'],
    ['shehuigongzuobu: 完成年初预算 computed on 全年预算', SHEHUI, '完成年初预算的95.89%', 'rate_basis_mismatch', 'warning'],
    ['guihuaziyuan: 增长 13.95。 without %', GUIHUA, '增长13.95。', 'missing_percent_sign', 'warning'],
    ['guihuaziyuan: 下降（增长）27.78% placeholder (wording)', GUIHUA, '下降（增长）27.78%', 'placeholder_left', 'warning'],
    ['guihuaziyuan: 95.45% where 9746.50/10210.34 = 95.46%', GUIHUA, '完成年初预算的95.45%', 'percent_mismatch', 'warning'],
    ['caizhengju: 71.73% where 2106.66/2940.05 = 71.65%', CAIZHENG, '占71.73%', 'percent_mismatch', 'warning'],
    ['SYNTHETIC: 2023 in the 2024 heading', SYNTHETIC, '2023年度部门决算情况说明', 'year_mismatch', 'error'],
    ['SYNTHETIC: 截至 2023年12月31日', SYNTHETIC, '截至2023年12月31日', 'year_mismatch', 'error'],
    ['SYNTHETIC without the document year: 截至 2023年12月31日', SYNTHETIC_NO_YEAR, '截至2023年12月31日', 'year_mismatch', 'warning'],
    ['SYNTHETIC: 大于 where 1511.89 < 1560.05', SYNTHETIC, '决算数大于预算数的主要原因：人员进出', 'direction_word_mismatch', 'error'],
    ['SYNTHETIC: 等于 where 60.99 < 62.29', SYNTHETIC, '决算数等于预算数', 'direction_word_mismatch', 'error'],
    ['000: 增长-30404.39% on a negative base, bound after a “其中” aside (a guess)', S000, '增长-30404.39%', 'zero_base_percent', 'warning'],
    ['000: 公务接待 完成预算的 60.47% where 4.00/6.40 = 62.50%', S000, '完成预算的60.47%', 'percent_mismatch', 'error'],
    ['000: 公务用车购置 budget 0, 完成预算的 100%', S000, '公务用车购置年初预算数为0万元', 'zero_base_percent', 'error'],
    ['000: 降低 37.73% computed on the wrong base', S000, '降低37.73%', 'yoy_percent_mismatch', 'error'],
    ['001: 1 个项目 but two names listed', S001, '组织对1个项目开展了部门评价', 'project_count_mismatch', 'error'],
    ['002: 增加(减少) left from the template (wording)', S002, '增加（减少）0万元', 'placeholder_left', 'warning'],
    ['003: 完成年初预算的 106.74% where 428.59/207.31 = 206.74%', S003, '完成年初预算的106.74%', 'percent_mismatch', 'error'],
    ['003: 下降 26.75% where the base is 62.11', S003, '减少26.26万元，下降26.75%', 'yoy_percent_mismatch', 'error'],
  ])('%s', (_name, findings, part, code, severity) => {
    const hit = about(findings, part).filter((f) => f.code === code);
    expect(hit.length).toBeGreaterThan(0);
    expect(hit[0]!.severity).toBe(severity);
    expect(hit[0]!.table).toBe('N');
  });
});

describe('sentences that hold', () => {
  it.each([
    ['001: 201.74/696.04 = 28.98%', S001, '占授予中小企业合同金额的28.98%'],
    ['001: 完成全年预算的 57.90% and 下降 11.55%', S001, '完成全年预算的57.90%'],
    ['001: 增长 13.90% recomputes within rounding (185.84/1336.50 = 13.905)', S001, '增长13.90%'],
    ['001: 本年收入的具体构成 against 本年收入合计 stated earlier', S001, '财政拨款收入14002.76万元，占95.50%'],
    ['000: 剔除上年结余结转资金 23.55 then 40.87% (its 增长 47.87% is a separate error)', S000, '完成预算的40.87%', 'N-RATE'],
    ['000: 68.15% of the 政府采购 total', S000, '占政府采购支出总额的68.15%'],
    ['002: one-decimal shares of the head total', S002, '占0.5%'],
    ['002: 收、支总计各增加 842.28 万元，增长 86.2%', S002, '增长86.2%'],
    ['caizhengju: 减少 56.95，下降 1.87% against the previous sentence', CAIZHENG, '下降1.87%'],
    ['caizhengju: 三公 完成预算的 0%', CAIZHENG, '“三公”经费财政拨款支出年初预算为0.95万元'],
    ['guihuaziyuan: 39 个 = 39 优 + 0 + 0 + 0', GUIHUA, '绩效自评的2024年度项目39个'],
    ['guihuaziyuan: 政府采购 and 机关运行经费 下降 8.65%', GUIHUA, '下降8.65%'],
    ['003: 增加 25.66，增长 6.37% after “其中年初结转和结余0万元” is the 收入总计\'s change (25.66/402.93)', S003, '年初结转和结余0万元，较2020年增加25.66万元'],
  ])('%s', (_name, findings, part, ruleId?: string) => {
    const sentences = about(findings, part).filter((f) => f.severity !== 'info' && (!ruleId || f.ruleId === ruleId));
    expect(codes(sentences)).toEqual([]);
  });
});

test('without tables, the real 财政局 narrative shows only its mis-stated class share, once', () => {
  // 71.73% (2106.66/2940.05 = 71.65%) is why the shares add up to 100.07%: one mistake, one finding
  expect(codes(CAIZHENG.filter((f) => f.severity !== 'info'))).toEqual(['percent_mismatch']);
});

test('a share sum off only by the shares already reported adds no second finding', () => {
  const f = checkNarrative(docOf('本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占21.51%。'));
  expect(codes(f.filter((x) => x.severity !== 'info'))).toEqual(['percent_mismatch']);
  const g = checkNarrative(docOf('本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；其他0万元，占1.00%。'));
  expect(codes(g.filter((x) => x.severity !== 'info'))).toEqual(['percent_mismatch']);
});

test('政府采购 251.25 against 4.79 + 0 + 246.47 = 251.26 is a rounding residue (info)', () => {
  const [f] = about(CAIZHENG, '政府采购金额（以合同签订为准）为251.25万元');
  expect(f).toMatchObject({ code: 'rounding_residue', severity: 'info', expected: '251.26', actual: '251.25' });
});

test('a sentence broken across lines and pages is still checked as one (SYNTHETIC: 大于 split from 决算)', () => {
  const flipped = SYNTHETIC.filter((f) => f.code === 'direction_word_mismatch');
  expect(flipped).toHaveLength(3);
  for (const f of flipped) expect(f.expected).toBe('小于');
});

test('each finding carries the sentence span in the narrative text and the quoted sentence', () => {
  const text = narrativeOf('seeds/003_151e3cc1a638edf9.txt');
  for (const f of S003) {
    const [a, b] = f.span!;
    const original = text.slice(a, b).replace(/\s/g, '');
    const quoted = String(f.params!.sentence);
    expect(original.slice(0, 4)).toBe(quoted.slice(0, 4));
    expect(original.length).toBeGreaterThanOrEqual(quoted.length - 2);
  }
});

test('0/0 stated as 0% is not a finding at all', () => {
  expect(about(S001, '外事接待费决算数0万元').filter((f) => f.code === 'zero_base_percent')).toEqual([]);
});

test('a template keeps every placeholder sentence flagged', () => {
  const t = run('corpus/template_shanghai_2024_bumen_juesuan_muban.txt');
  expect(about(t, '收入支出总计XXX万元').map((f) => f.code)).toContain('placeholder_left');
  expect(t.every((f) => f.code !== 'yoy_percent_mismatch')).toBe(true);
});

test('a count in 万人 is a count, not an amount without its unit (000: 参保人数达 38.13 万人)', async () => {
  const { readFileSync } = await import('node:fs');
  const { parseReportText } = await import('../../../src/paste/report/index.ts');
  const parsed = parseReportText(readFileSync(new URL('../../fixtures/seeds/000_6e1f5d09d8ef42dd.txt', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason.code);
  const findings = checkNarrative(parsed.value);
  expect(parsed.value.narrative.text).toContain('38.13');
  expect(findings.filter((f) => f.code === 'missing_unit' && f.actual === '38.13')).toEqual([]);
});
