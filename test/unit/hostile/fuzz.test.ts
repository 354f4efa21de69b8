// Property-based tests (fast-check, fixed seed, bounded runs so the suite takes seconds): the amount parser, the
// rule grammar, the delimited/HTML/report parsers and the draft codec never throw on arbitrary input, report
// failures as values with positions, account for every input line, and round-trip where a round trip exists.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAmount, parseRule } from '../../../src/engine/index.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { readDelimited } from '../../../src/paste/grid/delimited.ts';
import { parseHtmlTables } from '../../../src/paste/grid/html.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { blankDraft, restoreDraft } from '../../../src/store/index.ts';
import { fromDraft, toDraftFields } from '../../../src/ui/drafts/codec.ts';

const RUNS = { seed: 20261205, numRuns: 200 } as const;
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const pick = (chars: string) => fc.constantFrom(...[...chars]);

describe('parseAmount', () => {
  test('never throws, on any text', () => {
    fc.assert(fc.property(anyText, (s) => { parseAmount(s); }), RUNS);
  });

  test('an amount printed with thousands separators and d decimals reads back to the same value and decimals', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), (n, d) => {
      const neg = n < 0n;
      const digits = (neg ? -n : n).toString().padStart(d + 1, '0');
      const int = digits.slice(0, digits.length - d).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      const text = `${neg ? '-' : ''}${int}${d > 0 ? `.${digits.slice(digits.length - d)}` : ''}`;
      const v = parseAmount(text);
      expect(v.kind).toBe('number');
      if (v.kind !== 'number') return;
      expect(v.decimals).toBe(d);
      expect(v.value.toFixed(d)).toBe(text.replace(/,/g, '') === '-0' ? '0' : text.replace(/,/g, '').replace(/^-(0(\.0+)?)$/, '$1'));
    }), RUNS);
  });
});

describe('rule grammar', () => {
  const ruleChars = pick('0123456789栏行=＝≤≥<>+-－（）()[]|>…~～.各层级T01P_ ,合计');
  const checkResult = (s: string) => {
    const r = parseRule(s);
    if (!r.ok) {
      expect(r.reason.code).toMatch(/^(rule_syntax|ambiguous_unit)$/);
      expect(r.reason.pos).toBeGreaterThanOrEqual(0);
      expect(r.reason.pos).toBeLessThanOrEqual(s.length);
    }
  };

  test('any text parses to a rule or a syntax error value with a position inside the text', () => {
    fc.assert(fc.property(anyText, checkResult), RUNS);
  });

  test('text from the notation alphabet (deep brackets, huge ranges included) never throws', () => {
    fc.assert(fc.property(fc.string({ unit: ruleChars, maxLength: 120 }), checkResult), { ...RUNS, numRuns: 1000 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.nat(), (depth, end) => {
      checkResult(`1栏=${'（'.repeat(depth)}2${'）'.repeat(depth)}栏`);
      checkResult(`1行=2+3+…+${end}行`);
    }), { ...RUNS, numRuns: 50 });
  });
});

describe('delimited reader', () => {
  const cell = fc.string({ unit: pick('ab1.,合计 "'), maxLength: 8 });

  test('a grid without quotes reads back cell for cell, one row per line, each with its line number', () => {
    const plain = fc.string({ unit: pick('ab1.,合计 '), maxLength: 8 });
    fc.assert(fc.property(fc.array(fc.array(plain, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }), fc.boolean(), (rows, crlf) => {
      const text = rows.map((r) => r.join('\t')).join(crlf ? '\r\n' : '\n');
      const grid = readDelimited(text, { delimiter: '\t' });
      const expected = rows.map((r) => (r.length === 1 && r[0] === '' ? [''] : r));
      // a final empty line is no row
      const trimmed = text.endsWith('\n') || text === '' ? expected.slice(0, -1) : expected;
      expect(grid.rows).toEqual(trimmed);
      expect(grid.lines).toEqual(grid.rows.map((_, i) => i + 1));
    }), RUNS);
  });

  test('any text, quotes included: no throw, and row lines rise and stay within the text', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 20 }), (rows) => {
      const text = rows.map((r) => r.join('\t')).join('\n');
      const grid = readDelimited(text, { delimiter: '\t' });
      const lineCount = text.split('\n').length;
      for (let i = 1; i < grid.lines.length; i++) expect(grid.lines[i]!).toBeGreaterThan(grid.lines[i - 1]!);
      for (const l of grid.lines) expect(l).toBeLessThanOrEqual(lineCount);
      // every character of the input is in some cell, a delimiter or a line end
      const cells = grid.rows.flat().join('').replace(/"/g, '').length;
      expect(cells).toBeLessThanOrEqual(text.replace(/"/g, '').length);
    }), RUNS);
  });
});

describe('HTML reader', () => {
  const word = fc.string({ unit: pick('甲乙丙丁123.'), minLength: 1, maxLength: 6 });

  test('any text: a result or a problem value, never an exception', () => {
    const tag = fc.constantFrom('<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td colspan=99 rowspan=99>', '<p>', '<br>', '<script>', '</script>', '<!--', '-->', '&amp;', '&#x10FFFF;');
    fc.assert(fc.property(fc.array(fc.oneof(tag, anyText), { maxLength: 40 }), (parts) => { parseHtmlTables(parts.join('')); }), RUNS);
  });

  test('every word of paragraphs and table cells comes out, in the narrative or in a cell', () => {
    const para = word.map((w) => ({ html: `<p>${w}</p>`, words: [w] }));
    const table = fc.array(fc.array(word, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 })
      .map((rows) => ({ html: `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`, words: rows.flat() }));
    fc.assert(fc.property(fc.array(fc.oneof(para, table), { minLength: 1, maxLength: 8 }), (blocks) => {
      const r = parseHtmlTables(blocks.map((b) => b.html).join(''));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const out = [...r.value.narrative, ...r.value.tables.flatMap((t) => [...t.before, ...t.rows.flat()])].join('\n');
      for (const w of blocks.flatMap((b) => b.words)) expect(out).toContain(w);
    }), RUNS);
  });
});

describe('report parser', () => {
  const line = fc.oneof(
    fc.string({ unit: pick('收入支出合计一二、（）：。 0123456789.,%'), maxLength: 30 }),
    fc.constantFrom('收入决算表', '公开02表', '单位：万元', '项目\t1\t2', '合计\t1.00\t2.00', '201\t一般公共服务支出\t3.00', '注：1栏=2+3'),
  );

  test('no throw, and every non-blank line lands in a table, the narrative or a problem', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
      const text = lines.join('\n');
      const r = parseReportText(text);
      if (!r.ok) { expect(text.trim()).toBe(''); return; }
      const doc: ParsedDocument = r.value;
      const covered = new Set(doc.narrative.lineMap);
      for (const t of doc.tables) {
        if (t.sourceLines) for (let n = t.sourceLines[0]; n <= t.sourceLines[1]; n++) covered.add(n);
        for (const row of t.rows) if (row.sourceLine) covered.add(row.sourceLine);
      }
      for (const p of doc.problems) if (p.line) for (let n = p.line; n <= (p.endLine ?? p.line); n++) covered.add(n);
      lines.forEach((l, i) => { if (l.trim() !== '') expect(covered, `line ${i + 1}: ${l}`).toContain(i + 1); });
    }), RUNS);
  });
});

describe('draft codec', () => {
  test('a workbook → draft record (stored as JSON) → workbook keeps every cell text, note and switched-off rule', async () => {
    const amount = fc.bigInt({ min: 0n, max: 10n ** 9n }).map((n) => `${n / 100n}.${String(n % 100n).padStart(2, '0')}`);
    const label = fc.string({ unit: pick('甲乙丙丁行政运行'), minLength: 1, maxLength: 6 });
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(label, amount, amount), { minLength: 1, maxLength: 12 }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 40 }), { maxKeys: 4 }),
      fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 4 }),
      async (rows, notes, disabled) => {
        const tsv = ['项目\t合计\t基本支出', ...rows.map(([l, a, b]) => `${l}\t${a}\t${b}`)].join('\n');
        const parsed = await parseInput({ text: tsv });
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const refs = { doc: parsed.value, custom: [], disabled: new Set(disabled), notes: new Map(Object.entries(notes)),
          isSample: false, dataVersion: 1, counts: { error: 0, warning: 0, info: 0 } };
        const stored = restoreDraft(JSON.parse(JSON.stringify({ ...blankDraft({ id: 'd' }), ...toDraftFields(refs, {}) })));
        expect(stored.ok).toBe(true);
        if (!stored.ok) return;
        const back = fromDraft(stored.value);
        const texts = (d: ParsedDocument) => d.tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)]));
        expect(texts(back.doc)).toEqual(texts(parsed.value));
        expect(back.doc.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.value))))
          .toEqual(parsed.value.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.value))));
        expect(Object.fromEntries(back.notes)).toEqual(notes);
        expect([...back.disabled].sort()).toEqual([...disabled].sort());
      }), RUNS);
  });
});
