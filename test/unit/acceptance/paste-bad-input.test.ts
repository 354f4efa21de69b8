// Issue 3 acceptance through `parseInput`, the one entry point the UI and the CLI share: a 50 MB paste reports
// progress and can be cancelled half-way, hostile HTML stays inert text, binary data is refused, and tables with no
// numbers, mixed units or an unknown title stay usable with a problem saying so.
import { describe, expect, it, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { ParsedDocument, ParseResult } from '../../../src/engine/document.ts';
import { htmlTableReader, parseHtmlTables } from '../../../src/paste/grid/html.ts';
import { parseInput, type PasteInput } from '../../../src/paste/index.ts';
import { fixtureLineArray, fixtureText, SEED_000, SEED_001 } from './helpers.ts';

const FIFTY_MB = 50 * 1024 * 1024;

function doc(r: ParseResult<ParsedDocument>): ParsedDocument {
  if (!r.ok) throw new Error(`parse failed: ${r.reason.code}`);
  return r.value;
}

/** Repeats the text until it is at least `size` characters long. */
function repeatTo(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length));
}

/** Repeats the bytes until there are at least `size` of them. */
function repeatBytesTo(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(size / bytes.length) * bytes.length);
  for (let at = 0; at < out.length; at += bytes.length) out.set(bytes, at);
  return out;
}

/** Parses with a progress callback that aborts at its `abortAt`-th call; returns the result and what progress said. */
async function parseAndAbort(input: PasteInput, abortAt: number) {
  const controller = new AbortController();
  const seen: Array<[number, number]> = [];
  const result = await parseInput(input, {
    signal: controller.signal,
    onProgress: (done, total) => { seen.push([done, total]); if (seen.length === abortAt) controller.abort(); },
  });
  return { result, seen };
}

describe('a 50 MB paste', { timeout: 300_000 }, () => {
  const T05_ROWS = fixtureLineArray(SEED_001, 315, 342).filter((l) => /^\d/.test(l)).join('\n') + '\n';

  it.each([
    ['TSV copied from Excel', () => ({ text: repeatTo(T05_ROWS, FIFTY_MB) })],
    ['a whole report copied from a PDF viewer', () => ({ text: repeatTo(fixtureText(SEED_000), FIFTY_MB) })],
    ['clipboard HTML from Excel', () => ({ html: '<table>' + repeatTo(T05_ROWS.split('\n').filter(Boolean).map((l) => `<tr><td>${l.split('\t').join('</td><td>')}</td></tr>`).join('\n') + '\n', FIFTY_MB) + '</table>' })],
    ['a .txt file of 50 MB', () => ({ bytes: repeatBytesTo(new TextEncoder().encode(fixtureText(SEED_000) + '\n'), FIFTY_MB), fileName: 'big.txt' })],
  ])('%s reports progress more than once and aborting mid-way returns cancelled', async (_, make) => {
    const input: PasteInput = make();
    const { result, seen } = await parseAndAbort(input, 3);
    expect(result.ok ? 'parsed' : result.reason.code).toBe('cancelled');
    expect(seen).toHaveLength(3); // nothing more is reported once cancelled
    const [lastDone, total] = seen[2]!;
    // progress counts characters of the (decoded) text
    const chars = input.text?.length ?? input.html?.length ?? new TextDecoder().decode(input.bytes).length;
    expect(total).toBe(chars);
    expect(chars).toBeGreaterThanOrEqual(input.bytes ? FIFTY_MB / 3 : FIFTY_MB);
    expect(lastDone).toBeLessThan(total);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
  });
});

test('HTML read in chunks gives the same grid as HTML read in one piece; zero-width spaces are dropped so amounts stay amounts', () => {
  // a prime chunk size puts boundaries inside tags, attributes, entities, surrogate pairs and CJK text
  const row = (i: number) => `<tr><td>${i}&nbsp;医疗保障&amp;经办𠀋事务</td><td x:num="${i}">1,${String(i % 1000).padStart(3, '0')}.25</td><td>${'&#8203;'.repeat(i % 5)}0.5</td></tr>`;
  const html = '<p>收入决算表</p><table>' + Array.from({ length: 5_000 }, (_, i) => row(i)).join('\n') + '</table><p>注：完</p>';
  const whole = parseHtmlTables(html);
  for (const size of [7, 4099, 65_537]) {
    const reader = htmlTableReader();
    for (let at = 0; at < html.length; at += size) reader.write(html.slice(at, at + size));
    expect(reader.finish()).toEqual(whole);
  }
  if (!whole.ok) throw new Error(whole.reason.code);
  expect(whole.value.tables[0]!.rows[3]).toEqual(['3 医疗保障&经办𠀋事务', '1,003.25', '0.5']);
});

describe('hostile HTML', () => {
  const HOSTILE = [
    '<p>收入决算表</p><p>金额单位：万元</p>',
    '<script>globalThis.__goujiPwned = "script"</script>',
    '<table onmouseover="globalThis.__goujiPwned = \'table\'">',
    '<tr><td>项目</td><td>本年收入合计<img src=x onerror="globalThis.__goujiPwned = \'img\'"></td><td>财政拨款收入</td></tr>',
    '<tr><td><a href="javascript:globalThis.__goujiPwned=\'link\'">合计</a></td><td>14,663.29<iframe src="javascript:alert(1)"></iframe></td><td>14,002.76</td></tr>',
    '<tr><td>住房保障支出<object data="https://evil.example/x.swf"><param name=a value=b>fallback</object></td><td>810.48</td><td>810.48<svg onload="alert(1)"><script>alert(2)</script></svg></td></tr>',
    '<tr><td><embed src="https://evil.example/e">其他支出</td><td>57.51</td><td style="background:url(javascript:alert(3))"></td></tr>',
    '</table><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
  ].join('\n');

  test('no script, handler, link or embedded object runs, and none of their markup reaches a cell or the narrative', async () => {
    const d = doc(await parseInput({ html: HOSTILE }));
    expect((globalThis as Record<string, unknown>)['__goujiPwned']).toBeUndefined();
    const cells = d.tables.flatMap((t) => t.rows.flatMap((r) => [r.label, r.code ?? '', ...r.cells.map((c) => c.text)]));
    const texts = [...cells, ...d.tables.flatMap((t) => [t.title, ...t.columns.map((c) => c.header), ...t.notes]), d.narrative.text];
    for (const text of texts) expect(text).not.toMatch(/<|>|javascript:|onerror|onload|onmouseover|alert|evil\.example|__goujiPwned|fallback/i);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.rows.map((r) => [r.label, ...r.cells.filter((c) => c.value.kind !== 'text').map((c) => c.text)]))
      .toEqual([['合计', '14,663.29', '14,002.76'], ['住房保障支出', '810.48', '810.48'], ['其他支出', '57.51', '']]);
  });

  test('what was removed is reported as one html_stripped problem with its counts', async () => {
    const d = doc(await parseInput({ html: HOSTILE }));
    const stripped = d.problems.filter((p) => p.code === 'html_stripped');
    expect(stripped).toHaveLength(1);
    expect(stripped[0]!.params).toMatchObject({ scripts: expect.any(Number), handlers: expect.any(Number), remote: expect.any(Number) });
    const { scripts, handlers, remote } = stripped[0]!.params as Record<string, number>;
    expect(scripts).toBeGreaterThanOrEqual(5); // 2 scripts, iframe, object, embed
    expect(handlers).toBe(3); // onmouseover, onerror, onload
    expect(remote).toBeGreaterThanOrEqual(5);
  });

  test('the same hostile markup in a saved .html file is treated the same way', async () => {
    const bytes = new TextEncoder().encode(`<!doctype html><html><body>${HOSTILE}</body></html>`);
    const d = doc(await parseInput({ bytes, fileName: 'page.html' }));
    expect(d.problems.map((p) => p.code)).toContain('html_stripped');
    expect(JSON.stringify(d.tables)).not.toMatch(/javascript:|onerror|<script|evil\.example/i);
  });
});

describe('binary data', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);

  it.each([
    ['a PNG image', png, 'image.png', 'png'],
    ['a PNG pasted as a .txt file', png, 'notes.txt', 'png'],
    ['a zip that is not a workbook', zip, 'archive.zip', 'zip'],
    ['a zip named .xlsx', zip, 'report.xlsx', null],
    ['random bytes', noise, 'data.bin', 'unknown'],
    ['random bytes without a name', noise, undefined, 'unknown'],
  ])('%s is refused with a problem, not parsed into junk', async (_, bytes, fileName, format) => {
    const r = await parseInput(fileName === undefined ? { bytes } : { bytes, fileName });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    if (format === null) expect(r.reason.code).toBe('xlsx_unreadable');
    else expect(r.reason).toMatchObject({ code: 'binary_input', severity: 'error', params: { format } });
  });

  test('binary junk pasted as text keeps no table and says what it dropped', async () => {
    const junk = String.fromCharCode(...Array.from(noise.slice(0, 2048)));
    const r = await parseInput({ text: junk });
    if (r.ok) {
      expect(r.value.tables).toEqual([]);
      expect(r.value.problems.length + (r.value.narrative.text.trim() === '' ? 0 : 1)).toBeGreaterThan(0);
    } else {
      expect(['binary_input', 'not_a_report']).toContain(r.reason.code);
    }
  });
});

describe('tables that are odd but real', () => {
  test('a table with no numbers (the 单位 list of seed 001 without its 序号) is kept as unknown and says it has no numbers', async () => {
    const rows = fixtureLineArray(SEED_001, 77, 98).filter((l) => l.includes('\t')).map((l) => l.split('\t').slice(1).join('\t'));
    expect(rows[0]).toBe('单位名称\t预算级次');
    const d = doc(await parseInput({ text: rows.join('\n') }));
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.kind).toBe('unknown');
    expect(t.rows).toHaveLength(20);
    expect(t.rows.map((r) => r.label)).toContain('赣州市医疗保障局石城分局');
    expect(t.columns.map((c) => [c.role, c.header])).toEqual([['label', '单位名称'], ['text', '预算级次']]);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(['赣州市医疗保障局', '二级']);
    expect(d.problems).toContainEqual(expect.objectContaining({ code: 'no_numbers', table: t.id }));
  });

  test('mixed units in one report: the 元 table keeps its unit and a mixed_units problem names both units', async () => {
    const lines = fixtureText(SEED_001).split('\n');
    const t05Unit = lines.findIndex((l, i) => i > 300 && l.trim() === '金额单位：万元');
    expect(t05Unit).toBe(308); // line 309 of the document: the unit of 公开05表
    lines[t05Unit] = '金额单位：元';
    const d = doc(await parseInput({ text: lines.join('\n') }));
    const units = new Map(d.tables.filter((t) => t.unit).map((t) => [t.kind, t.unit]));
    expect(units.get('T05')).toBe('元');
    expect(units.get('T02')).toBe('万元');
    const mixed = d.problems.filter((p) => p.code === 'mixed_units');
    expect(mixed).toHaveLength(1);
    expect(String(mixed[0]!.params?.['units'])).toMatch(/万元/);
    expect(String(mixed[0]!.params?.['units'])).toMatch(/(^|[^万])元/);
  });

  test('a title the recogniser does not know leaves the table usable as unknown, and custom rules run on it', async () => {
    // seed 001 公开05表 under a made-up title; 行政运行's 本年支出合计 mistyped 2,426.10 → 2,436.10
    const block = fixtureLineArray(SEED_001, 309, 343).map((l) => l.replace('2,426.10', '2,436.10'));
    const text = ['医疗保障专项资金使用明细表', '', ...block].join('\n');
    const d = doc(await parseInput({ text }));
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.kind).toBe('unknown');
    expect(d.problems).toContainEqual(expect.objectContaining({ code: 'unknown_table_kind', table: t.id }));
    expect(t.columns.filter((c) => c.role === 'amount').map((c) => c.colNo)).toEqual([1, 2, 3]);
    const result = checkDocument(d, { extraRules: [{ id: 'custom.1', expr: '1栏=2+3', severity: 'error', origin: 'custom' }] });
    const errors = result.findings.filter((f) => f.ruleId === 'custom.1' && f.severity === 'error');
    expect(errors.map((f) => [f.location?.code, f.location?.label, f.difference])).toEqual([['2101501', '行政运行', '10.00']]);
  });
});
