import { describe, expect, test } from 'vitest';
import { parseInput } from '../../../../src/paste/index.ts';
import { cellAt, fixtureLines, SEED_001 } from './fixtures.ts';

const T02 = fixtureLines(SEED_001, 151, 201);

function bigTsv(rows: number): string {
  const out = ['项目\t合计\t基本支出\t项目支出', '\t1\t2\t3'];
  for (let i = 0; i < rows; i++) out.push(`行${i}\t3.00\t1.00\t2.00`);
  return out.join('\n');
}

describe('parseInput dispatch', () => {
  test('a pasted TSV table becomes one table', async () => {
    const r = await parseInput({ text: T02 });
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.tables.map((t) => [t.id, t.kind, t.rows.length])).toEqual([['T02@1', 'T02', 37]]);
    expect([r.value.department, r.value.year, r.value.unit]).toEqual(['赣州市医疗保障局', 2023, '万元']);
  });

  test('two tables copied out of a report together are read as two tables (not one grid)', async () => {
    const r = await parseInput({ text: fixtureLines(SEED_001, 203, 300) });
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.tables.map((t) => [t.kind, t.rows.length])).toEqual([['T03', 33], ['T04', 64]]);
  });

  test('a table copied with the next table\'s title under it keeps that title out of its rows', async () => {
    // putuo 财政局 2024 lines 127–169: 收入支出决算总表, then the title 收入决算表 with nothing of its table after it
    const r = await parseInput({ text: fixtureLines('corpus/putuo_caizhengju_2024.txt', 127, 169) });
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.tables.map((t) => t.kind)).toEqual(['T01']);
    expect(r.value.tables[0]!.rows.at(-1)!.label).toBe('总计');
  });

  test('clipboard HTML wins over its text/plain twin and keeps the prose as narrative', async () => {
    const html = '<p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>1.00</td></tr></table><p>说明文字</p>';
    const r = await parseInput({ html, text: 'ignored' });
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.tables).toHaveLength(1);
    expect(r.value.narrative.text).toBe('单位：万元\n说明文字');
    expect(r.value.narrative.lineMap).toHaveLength(2);
  });

  test('a .csv file is read with commas', async () => {
    const csv = '项目,合计,基本支出,项目支出\n行政运行,"1,511.89","1,503.52",8.37\n';
    const r = await parseInput({ bytes: new TextEncoder().encode(csv), fileName: 'a.csv' });
    if (!r.ok) throw new Error(r.reason.code);
    expect(cellAt(r.value.tables[0]!, '行政运行', 2)).toBe('1,503.52');
  });

  test('a GBK-encoded file is decoded and parsed', async () => {
    // "项目\t合计\n合计\t1.00" in GBK: 项 CFEE, 目 C4BF, 合 BACF, 计 BCC6
    const bytes = Uint8Array.from([0xcf, 0xee, 0xc4, 0xbf, 0x09, 0xba, 0xcf, 0xbc, 0xc6, 0x0a, 0xba, 0xcf, 0xbc, 0xc6, 0x09, 0x31, 0x2e, 0x30, 0x30]);
    const r = await parseInput({ bytes, fileName: 'gbk.txt' });
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.tables[0]!.rows[0]!.label).toBe('合计');
    expect(r.value.problems.map((p) => p.code)).toContain('encoding_detected');
  });

  test('whole-report text goes to the report parser', async () => {
    const r = await parseInput({ text: fixtureLines(SEED_001, 1, 120) });
    expect(r.ok && r.value.narrative.text.length > 0).toBe(true);
  });

  test.each([
    ['empty text', { text: '  \n ' }, 'empty_input'],
    ['a binary file', { bytes: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]), fileName: 'a.pdf' }, 'binary_input'],
    ['a legacy .xls file', { bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), fileName: 'a.xls' }, 'legacy_office'],
  ])('%s is refused with %s', async (_, input, code) => {
    const r = await parseInput(input);
    expect(r.ok ? null : r.reason.code).toBe(code);
  });

  test('input over maxBytes is too_large', async () => {
    const r = await parseInput({ text: T02 }, { maxBytes: 100 });
    expect(r.ok ? null : r.reason.code).toBe('too_large');
  });
});

describe('big pastes', () => {
  test('progress is reported while a large table is read', async () => {
    const text = bigTsv(50_000);
    const seen: number[] = [];
    const r = await parseInput({ text }, { onProgress: (done, total) => { expect(total).toBe(text.length); seen.push(done); } });
    expect(r.ok && r.value.tables[0]!.rows.length).toBe(50_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(text.length);
  });

  test('aborting during the read returns cancelled', async () => {
    const controller = new AbortController();
    const r = await parseInput({ text: bigTsv(50_000) }, { signal: controller.signal, onProgress: () => controller.abort() });
    expect(r.ok ? null : r.reason.code).toBe('cancelled');
  });

  test('an already aborted signal returns cancelled at once', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await parseInput({ text: T02 }, { signal: controller.signal });
    expect(r.ok ? null : r.reason.code).toBe('cancelled');
  });
});

test('tables from one paste get distinct ids, also when they start on the same line', async () => {
  const table = '<table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>1.00</td></tr></table>';
  const r = await parseInput({ html: table + '<p>第二张</p>' + table });
  expect(r.ok && r.value.tables.map((t) => t.id)).toEqual(['unknown@1', 'unknown@1#2']);
});
