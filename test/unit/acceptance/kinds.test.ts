// Issue 3 done-when: every table printed in the seeds and corpus documents is recognised with the right kind, in
// order. The expected sequences were read from the documents' own titles (the line numbers say where each is).
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/paste/index.ts';
import { fixtureText } from './helpers.ts';

const SHANGHAI_2024 = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T09', 'T07', 'T08'];

const EXPECTED: ReadonlyArray<readonly [string, readonly string[]]> = [
  // 83 收入支出决算总表 … 700 国有资产占用情况表 (公开07 is the 一般公共预算“三公” table, 08 基金, 09 国资), 964 项目支出绩效自评表,
  // 1685 项目支出绩效评价表 (the 附件 评价 indicator table)
  ['seeds/000_6e1f5d09d8ef42dd.txt', ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T09', 'T07', 'T08', 'T10', 'P_PROJECT', 'P_EVAL']],
  // 77 the untitled 单位 list (序号 | 单位名称 | 预算级次); 104–471 公开01–10表; 631 the untitled per-project 得分 summary
  // (执行率/成本/产出/效益/满意度 得分 → 绩效自评得分); 658, 681 项目支出绩效自评表; 807, 892 …项目部门评价表
  ['seeds/001_c1aab3eb9d979e5d.txt', ['unknown', 'T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10',
    'P_SUMMARY', 'P_PROJECT', 'P_PROJECT', 'P_EVAL', 'P_EVAL']],
  // 56–562 表1–表9 (表7 is 三公, 表8 基金, 表9 国资); 842 部门整体绩效自评表; 1087, 1218 项目绩效自评表
  ['seeds/002_46e3d4cd55e5664f.txt', ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T09', 'T07', 'T08', 'P_DEPT', 'P_PROJECT', 'P_PROJECT']],
  // 概况 and 说明 only: the tables are named in prose (“公开 10 表《国有资产占用情况表》”) but not printed
  ['seeds/003_151e3cc1a638edf9.txt', []],
  // 151 部门（单位）整体支出绩效评价表; 292 自评情况汇总表; 309–400 five 项目支出绩效自评表; 447 项目支出绩效评价表 (附件6-2)
  ['seeds/004_1f8c90973b37444e.txt', ['P_DEPT', 'P_SUMMARY', 'P_PROJECT', 'P_PROJECT', 'P_PROJECT', 'P_PROJECT', 'P_PROJECT', 'P_EVAL']],
  // 上海 2024 order: 一–六, 七 三公, 八 基金, 九 国资 收入支出表
  ['corpus/template_shanghai_2024_bumen_juesuan_muban.txt', SHANGHAI_2024],
  ['corpus/putuo_caizhengju_2024.txt', SHANGHAI_2024],
  ['corpus/putuo_guihuaziyuan_2024.txt', SHANGHAI_2024],
  ['corpus/putuo_shehuigongzuobu_2024.txt', SHANGHAI_2024],
  // the injected-errors copy prints no 支出决算表 (its 目录 lists 三、支出决算表; 收入决算表 at 164 runs into 财政拨款收入支出决算总表 at 191)
  ['corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt', SHANGHAI_2024.filter((k) => k !== 'T03')],
];

describe('every table of every fixture document is recognised with its kind', () => {
  it.each(EXPECTED)('%s', async (path, kinds) => {
    const r = await parseInput({ bytes: new TextEncoder().encode(fixtureText(path)), fileName: path.split('/')[1] });
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.tables.map((t) => t.kind)).toEqual(kinds);
    // every titled table is recognised (an untitled tab table inside the prose, like the 单位 list, is unknown without a warning)
    expect(r.value.problems.filter((p) => p.code === 'unknown_table_kind')).toEqual([]);
  });
});
