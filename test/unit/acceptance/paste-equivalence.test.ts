// Issue 3 item 5: the same table given as TSV (Excel/WPS), as clipboard HTML and as PDF text (space-separated, as a
// PDF viewer copies it) parses to the same logical table: kind, codes, labels, 栏 numbers and cell values.
import { describe, expect, test } from 'vitest';
import type { ParsedDocument, ParseResult } from '../../../src/engine/document.ts';
import type { Table } from '../../../src/engine/table.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { fixtureLineArray, fixtureText, SEED_000, SEED_001 } from './helpers.ts';

function tableOf(r: ParseResult<ParsedDocument>, kind: string): Table {
  if (!r.ok) throw new Error(`parse failed: ${r.reason.code}`);
  const found = r.value.tables.filter((t) => t.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** What a reviewer checks: each row's code and label, and per 栏 the printed text and the parsed value. */
function logical(t: Table) {
  const amounts = t.columns.flatMap((c, i) => (c.role === 'amount' ? [[i, c.colNo] as const] : []));
  return {
    kind: t.kind, unit: t.unit,
    colNos: amounts.map(([, n]) => n),
    rows: t.rows.map((r) => ({
      code: r.code, label: r.label, flags: r.flags ?? [],
      cells: amounts.map(([i, n]) => [n, r.cells[i]!.text, JSON.stringify(r.cells[i]!.value)]),
    })),
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Clipboard HTML of a tab-separated block: the lines without tabs above the table become paragraphs. */
function htmlOf(lines: readonly string[]): string {
  const before = lines.filter((l) => l.trim() !== '' && !l.includes('\t') && !l.startsWith('注'));
  const rows = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t'));
  return before.map((l) => `<p>${esc(l)}</p>`).join('') +
    '<table>' + rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n') + '</table>';
}

describe('seed 001 公开02表 收入决算表 (printed with tabs)', () => {
  const SEED = fixtureText(SEED_001).split('\n');
  const BLOCK = fixtureLineArray(SEED_001, 151, 201);
  const spaced = (lines: readonly string[]) => lines.map((l) => l.replace(/\t+/g, ' ').trim());

  test('TSV, HTML and PDF text of the whole report give the same logical table', async () => {
    const viaTsv = tableOf(await parseInput({ text: BLOCK.join('\n') }), 'T02');
    const viaHtml = tableOf(await parseInput({ html: htmlOf(BLOCK) }), 'T02');
    // the report as a PDF viewer copies it: the tab block replaced by its space-separated twin
    const pdfReport = [...SEED.slice(0, 150), ...spaced(BLOCK), ...SEED.slice(201)].join('\n');
    const viaPdf = tableOf(await parseInput({ text: pdfReport }), 'T02');
    expect(logical(viaTsv).rows).toHaveLength(37);
    expect(logical(viaHtml)).toEqual(logical(viaTsv));
    expect(logical(viaPdf)).toEqual(logical(viaTsv));
    expect(logical(viaTsv).colNos).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('the PDF text of the table alone says where it had to assume columns, and keeps every code, label and 栏', async () => {
    // alone, “合计 14,663.29 14,002.76 660.53” cannot tell which of 栏3–7 holds 660.53; the whole report (siblings) can
    const r = await parseInput({ text: spaced(BLOCK).join('\n') });
    const alone = logical(tableOf(r, 'T02'));
    const tsv = logical(tableOf(await parseInput({ text: BLOCK.join('\n') }), 'T02'));
    expect(alone.colNos).toEqual(tsv.colNos);
    expect(alone.rows.map((x) => [x.code, x.label])).toEqual(tsv.rows.map((x) => [x.code, x.label]));
    const assumed = r.ok ? r.value.problems.filter((p) => p.code === 'columns_assumed' || p.code === 'column_ambiguous') : [];
    expect(assumed.length).toBeGreaterThan(0);
    // rows whose values all sit in 栏1–2 are the same either way
    const early = (x: (typeof tsv.rows)[number]) => x.cells.every(([n, text]) => text === '' || (n as number) <= 2);
    expect(alone.rows.filter(early)).toEqual(tsv.rows.filter(early));
  });
});

describe('seed 000 公开02表 收入决算表 (printed with spaces, blanks collapsed)', () => {
  // the TSV a reviewer derives by reading the printed table: code, name, then 栏1–7 with the empty 栏 left blank
  const PRINTED = fixtureLineArray(SEED_000, 161, 212);
  const ROW = /^(?:(\d{3,7})\s+)?(\S+)\s+([\d,]+\.\d{2})\s+([\d,]+\.\d{2})\s*$/;
  const derivedTsv = (): string[] => {
    const out = ['收入决算表', '公开02表', '编制单位：江西省医疗保障局 2020年度 金额单位：万元',
      ['支出功能分类科目编码', '科目名称', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].join('\t'),
      ['类 款 项', '', '1', '2', '3', '4', '5', '6', '7'].join('\t')];
    for (const line of PRINTED) {
      const m = ROW.exec(line.trim());
      if (m) out.push([m[1] ?? '', m[2]!, m[3]!, m[4]!, '', '', '', '', ''].join('\t'));
    }
    return out;
  };

  test('the derived TSV has every printed row (合计 and 17 coded rows)', () => {
    expect(derivedTsv().filter((l) => /\d\.\d\d/.test(l))).toHaveLength(18);
  });

  test('the real space-separated table in its report, the derived TSV and its HTML give the same logical table', async () => {
    const viaPdf = tableOf(await parseInput({ text: fixtureText(SEED_000) }), 'T02');
    const viaTsv = tableOf(await parseInput({ text: derivedTsv().join('\n') }), 'T02');
    const viaHtml = tableOf(await parseInput({ html: htmlOf(derivedTsv()) }), 'T02');
    expect(logical(viaPdf).rows).toHaveLength(18);
    expect(logical(viaTsv)).toEqual(logical(viaPdf));
    expect(logical(viaHtml)).toEqual(logical(viaPdf));
  });

  test('the space-separated table pasted alone gives the same logical table', async () => {
    const alone = tableOf(await parseInput({ text: PRINTED.join('\n') }), 'T02');
    const viaTsv = tableOf(await parseInput({ text: derivedTsv().join('\n') }), 'T02');
    expect(logical(alone)).toEqual(logical(viaTsv));
  });
});
