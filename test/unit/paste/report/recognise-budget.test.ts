import { expect, test } from 'vitest';
import { recogniseKind } from '../../../../src/paste/report/recognise.ts';
test('budget and final titles are recognised by name; 预算 titles never become 决算 kinds', () => {
  const m: Record<string,string> = {
    '收支预算总表':'B01','收入预算总表':'B02','支出预算总表':'B03','财政拨款收支预算总表':'B04','财政拨款支出预算表（功能科目）':'B05',
    '财政拨款基本支出预算表（经济科目）':'B06','一般公共预算支出预算表（功能科目）':'B07','一般公共预算基本支出预算表（经济科目）':'B08',
    '“三公”经费、会议费、培训费支出预算表（一般公共预算）':'B09','财政拨款政府性基金支出预算表':'B10','政府性基金预算财政拨款支出预算表':'B10',
    '一般公共预算机关运行经费支出预算表':'B12','2019年政府采购预算表':'B13','政府采购支出预算表':'B13',
    '收入支出决算总表':'T01','财政拨款收入支出决算总表':'T04','“三公”经费支出决算表':'T09','一般公共预算财政拨款支出决算表':'T05','政府性基金预算财政拨款收入支出决算表':'T07',
  };
  for (const [t,k] of Object.entries(m)) expect([t, recogniseKind(t).kind]).toEqual([t,k]);
});
