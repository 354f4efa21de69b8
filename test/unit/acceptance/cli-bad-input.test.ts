// Issue 2 acceptance through the `check` CLI as a reviewer runs it: every bad input named in the issue gets a clear
// message, the run goes on where it can, and nothing crashes or prints a stack trace; plus the done-when run.
import { truncateSync } from 'node:fs';
import { afterAll, describe, expect, it, test } from 'vitest';
import { encodeGbk, fixtureLineArray, jsonDocuments, removeTempFiles, runCheck, SEED_001, STACK_TRACE, tempFile } from './helpers.ts';

afterAll(removeTempFiles);

// seed 001 公开02表 收入决算表 as the reviewer copied it (tabs): 7 amount 栏
const T02_TEXT = fixtureLineArray(SEED_001, 151, 201).join('\n');
const T02_CLOSES = '1栏=2+3+4+5+6+7';

describe('issue 2 done-when', { timeout: 120_000 }, () => {
  test('a three-column TSV with one wrong row and --rule 1栏=2+3 prints exactly one error finding naming that row', () => {
    // three rows of seed 001 公开05表 (支出合计 | 基本支出 | 项目支出); 医疗保障经办事务 is typed 10.00 too high
    const tsv = ['项目\t本年支出合计\t基本支出\t项目支出', '行政运行\t2,426.10\t2,417.01\t9.09',
      '医疗保障经办事务\t1,291.83\t1,261.83\t20.00', '事业运行\t5,575.87\t5,570.76\t5.11'].join('\n');
    const r = runCheck('--format', 'json', '--rule', '1栏=2+3', tempFile('t.tsv', tsv));
    expect(r.code).toBe(1);
    const [doc] = jsonDocuments(r);
    const errors = doc!.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'sum_mismatch', location: { label: '医疗保障经办事务', colNo: 1 }, sourceLine: 3 });
    expect(errors[0]!.message).toContain('医疗保障经办事务');
    expect(doc!.findings.filter((f) => f.severity !== 'error')).toEqual([]);
  });
});

describe('issue 2 bad input: rules', { timeout: 120_000 }, () => {
  it.each([
    ['1栏=2+', 6, '数字、栏/行引用或括号'],
    ['（1+2栏=3栏', 6, '右括号'],
    ['27行=（1+2+…）行', 11, '加号 +'],
    ['abc', 1, '可识别的符号'],
  ])('malformed %s: caret under character %i, exit 2, the good rule still runs', (rule, pos, expected) => {
    const r = runCheck('--format', 'json', '--rule', rule, '--rule', T02_CLOSES, tempFile('t02-malformed.txt', T02_TEXT));
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`check：规则无法解析（第 ${pos} 个字符）：`);
    expect(lines[1]).toBe(`  ${rule}`);
    // the caret sits under the character, counting CJK characters as two terminal columns
    const before = [...rule].slice(0, pos - 1).reduce((w, ch) => w + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
    expect(lines[2]).toMatch(new RegExp(`^  ${' '.repeat(before)}\\^ 此处应为`));
    expect(lines[2]).toContain(expected);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const [doc] = jsonDocuments(r);
    expect(doc!.tables.map((t) => t.kind)).toEqual(['T02']);
    expect(doc!.findings.some((f) => f.ruleId.startsWith('cli.') && f.code === 'rounding_residue')).toBe(true);
  });

  test('9栏 in the 7-栏 收入决算表 is an unknown_column finding; the other rules run and nothing crashes', () => {
    const r = runCheck('--format', 'json', '--rule', '9栏=1+2', '--rule', T02_CLOSES, tempFile('t02-9.txt', T02_TEXT));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [doc] = jsonDocuments(r);
    const unknown = doc!.findings.filter((f) => f.code === 'unknown_column');
    expect(unknown).toEqual([expect.objectContaining({ ruleId: 'cli.1', severity: 'warning', table: 'T02@1' })]);
    expect(unknown[0]!.message).toContain('9栏');
    expect(doc!.findings.filter((f) => f.ruleId === 'cli.2').map((f) => f.code)).toEqual(Array(4).fill('rounding_residue'));
  });

  it.each(['1栏=1+2', '[210]1栏=[21015]1栏+[210]1栏', '[合计]1栏=[合计]1栏+[201]1栏'])('a rule with a cycle (%s) is a rule_cycle finding, not a hang or a crash', (rule) => {
    const r = runCheck('--format', 'json', '--rule', rule, '--rule', T02_CLOSES, tempFile('t02-cycle.txt', T02_TEXT));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [doc] = jsonDocuments(r);
    const cycle = doc!.findings.filter((f) => f.ruleId === 'cli.1');
    expect(cycle).toEqual([expect.objectContaining({ code: 'rule_cycle', severity: 'warning' })]);
    expect(cycle[0]!.message).toContain('循环引用');
    expect(doc!.findings.filter((f) => f.ruleId === 'cli.2')).toHaveLength(4);
  });

  test('the text report names the unknown 栏 and the cycle in Chinese', () => {
    const r = runCheck('--rule', '9栏=1+2', '--rule', '1栏=1+2', tempFile('t02-text.txt', T02_TEXT));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('识别的表格（1）');
    expect(r.stdout).toContain('引用的 9栏在表 公开02表 收入决算表 中不存在');
    expect(r.stdout).toContain('循环引用');
  });
});

describe('issue 2 bad input: files', { timeout: 600_000 }, () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  // a zip local-file header whose entry is not a workbook
  const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0x61, 0x2e, 0x74, 0x78, 0x74]);

  test('empty, blank, PNG, zip and NUL-filled files each get one clear line; the good file after them is still checked', () => {
    const r = runCheck('--format', 'json', '--rule', T02_CLOSES,
      tempFile('empty.txt', ''), tempFile('blank.txt', ' \n\t\n\u3000\n'), tempFile('image.png', PNG), tempFile('archive.zip', ZIP),
      tempFile('nul.txt', new Uint8Array(4096)), tempFile('good.txt', T02_TEXT));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/empty\.txt：输入为空/),
      expect.stringMatching(/blank\.txt：输入为空/),
      expect.stringMatching(/image\.png：.*二进制文件（PNG）/),
      expect.stringMatching(/archive\.zip：.*二进制文件/),
      expect.stringMatching(/nul\.txt：.*二进制文件/),
    ]);
    const docs = jsonDocuments(r);
    expect(docs.map((d) => d.error?.code ?? null)).toEqual(['empty_input', 'empty_input', 'binary_input', 'binary_input', 'binary_input', null]);
    expect(docs[5]!.tables.map((t) => t.kind)).toEqual(['T02']);
  });

  test('a GBK-encoded 收入决算表 is decoded and checked exactly like its UTF-8 twin', () => {
    const gbk = encodeGbk(T02_TEXT);
    expect(new TextDecoder('gbk').decode(gbk)).toBe(T02_TEXT); // the test's own encoder round-trips
    const viaGbk = runCheck('--format', 'json', '--rule', T02_CLOSES, tempFile('t02-gbk.txt', gbk));
    const viaUtf8 = runCheck('--format', 'json', '--rule', T02_CLOSES, tempFile('t02-utf8.txt', T02_TEXT));
    expect(viaGbk.code).toBe(0);
    const [g] = jsonDocuments(viaGbk);
    const [u] = jsonDocuments(viaUtf8);
    expect(g!.tables).toEqual(u!.tables);
    expect(g!.tables[0]).toMatchObject({ kind: 'T02', title: '收入决算表', rows: 37 });
    expect(g!.findings).toEqual(u!.findings);
    expect(g!.parseNotes.map((p) => p.code)).toEqual(['encoding_detected', ...u!.parseNotes.map((p) => p.code)]);
    expect(g!.parseNotes[0]!.message).toMatch(/GB18030|GBK/i);
  });

  test('a 30 MB table completes with a result: its one wrong row out of a million is the one error', () => {
    const rows = ['项目\t本年支出合计\t基本支出\t项目支出'];
    let bytes = 0;
    for (let n = 0; bytes < 30 * 1024 * 1024; n++) {
      const base = 100 + (n % 9000);
      const extra = n % 7;
      const row = n === 500_000 ? `行${n}\t${base + extra + 1}.25\t${base}.20\t${extra}.05` : `行${n}\t${base + extra}.25\t${base}.20\t${extra}.05`;
      rows.push(row);
      bytes += Buffer.byteLength(row) + 1;
    }
    const r = runCheck('--format', 'json', '--rule', '1栏=2+3', tempFile('big.tsv', rows.join('\n')));
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(1);
    const [doc] = jsonDocuments(r);
    expect(doc!.tables[0]!.rows).toBe(rows.length - 1);
    expect(doc!.findings.map((f) => [f.code, f.location?.label])).toEqual([['sum_mismatch', '行500000']]);
  });

  test('30 MB of binary data is refused as binary, a file over the size limit as too large', () => {
    const noise = new Uint8Array(30 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24; // spread over all byte values, NULs included
    const huge = tempFile('huge.txt', '');
    truncateSync(huge, 80 * 1024 * 1024); // sparse: the CLI refuses it by its size before reading
    const r = runCheck('--format', 'json', tempFile('noise.dat', noise), huge);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(jsonDocuments(r).map((d) => d.error?.code)).toEqual(['binary_input', 'too_large']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/huge\.txt：.*(过大|超过)/);
  });
});

describe('issue 16 hostile input through the CLI: a clear line or a result, never 内部错误 or a stack trace', { timeout: 300_000 }, () => {
  const noCrash = (r: ReturnType<typeof runCheck>) => {
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain('内部错误');
  };

  it.each([
    ['nested 2,000 deep', `1栏=${'（'.repeat(2000)}2${'）'.repeat(2000)}栏`, '嵌套过深'],
    ['a range to 99999999', '1栏=2+3+…+99999999栏', '范围过大'],
  ])('a formula %s printed under the table is a rule_syntax warning; the table is still checked', (_, formula, words) => {
    const r = runCheck('--format', 'json', tempFile('t02-hostile-formula.txt', `${T02_TEXT}\n注：${formula}\n`));
    noCrash(r);
    expect(r.code).toBe(0);
    const [doc] = jsonDocuments(r);
    const syntax = doc!.findings.filter((f) => f.code === 'rule_syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.message).toContain(words);
    expect(doc!.tables.map((t) => t.kind)).toEqual(['T02']);
  });

  test('the same formulas given with --rule get a caret and the reason, exit 2', () => {
    const r = runCheck('--rule', `1栏=${'（'.repeat(2000)}2${'）'.repeat(2000)}栏`, '--rule', '1栏=2+3+…+99999999栏', tempFile('t02-rule.txt', T02_TEXT));
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('嵌套过深');
    expect(r.stderr).toContain('范围过大');
  });

  test('a 1 MB tab-separated row is read as a table', () => {
    const row = `项目\t${Array.from({ length: 200_000 }, (_, i) => String(i % 1000)).join('\t')}`;
    const r = runCheck('--format', 'json', tempFile('wide.tsv', `${row}\n合计\t${Array.from({ length: 200_000 }, () => '1').join('\t')}\n`));
    noCrash(r);
    expect(jsonDocuments(r)[0]!.tables).toHaveLength(1);
  });

  test('a 2.7 KB colspan/rowspan bomb is refused as too large in one line', () => {
    const html = `<table>${`<tr>${'<td colspan=1000 rowspan=1000>x</td>'.repeat(8)}</tr>`.repeat(9)}</table>`;
    const r = runCheck('--format', 'json', tempFile('bomb.html', html));
    noCrash(r);
    expect(r.code).toBe(2);
    expect(jsonDocuments(r)[0]!.error).toMatchObject({ code: 'too_large' });
    expect(r.stderr).toMatch(/bomb\.html：表格展开后的单元格超过 4000000 个的上限/);
  });

  test('a file of 200,000 short numeric lines completes: numbers alone are refused as not a report', () => {
    const r = runCheck('--format', 'json', tempFile('short-lines.txt', Array.from({ length: 200_000 }, (_, i) => String(i % 100)).join('\n')));
    noCrash(r);
    expect(r.code).toBe(2);
    expect(jsonDocuments(r).map((d) => d.error?.code)).toEqual(['not_a_report']);
  });

  test('a 1,048,576-row workbook and a 410 KB shared-strings bomb each get one too-large line', async () => {
    const { part, rowsSheet, SHEET_HEAD, SHEET_TAIL, stringsPart, workbookParts, zip } = await import('../hostile/xlsx-bombs.ts');
    const rows = zip(workbookParts(await rowsSheet(1_048_576)));
    const sheet = part('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_TAIL}`);
    const bomb = zip(workbookParts(sheet, await stringsPart(10_000_000)));
    const r = runCheck('--format', 'json', tempFile('rows.xlsx', rows), tempFile('bomb.xlsx', bomb));
    noCrash(r);
    expect(r.code).toBe(2);
    expect(jsonDocuments(r).map((d) => d.error?.code)).toEqual(['too_large', 'too_large']);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/rows\.xlsx：工作表（sheet1）的行数超过 100000 行的上限/);
    expect(lines[1]).toMatch(/bomb\.xlsx：工作簿解压后超过 128\.0 MB 的上限/);
  });
});
