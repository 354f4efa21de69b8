// Every table of every corpus document against its hand-written expected structure: kind, layout,
// unit, columns, row count and sampled cells by code/label (test/golden/structure/corpus).
import { describe, expect, test } from 'vitest';
import { parseLayoutBlock } from '../../../../src/paste/layout/index.ts';
import { corpusBlocks } from './blocks.ts';
import { cellText, findRow, readGolden } from './golden.ts';

const DOCUMENTS = [
  'putuo_caizhengju_2024',
  'putuo_guihuaziyuan_2024',
  'putuo_shehuigongzuobu_2024',
  'template_shanghai_2024_bumen_juesuan_muban',
  'SYNTHETIC_putuo_caizhengju_2024_injected_errors',
];

describe.each(DOCUMENTS)('%s', (doc) => {
  const golden = readGolden(doc);
  const blocks = corpusBlocks(doc);

  test('has exactly the expected tables, in order', () => {
    expect(blocks.map((b) => b.kind)).toEqual(golden.tables.map((t) => t.kind));
  });

  test.each(golden.tables.map((t) => [t.kind, t] as const))('%s matches its expected structure', (kind, want) => {
    const block = blocks.find((b) => b.kind === kind)!;
    const { table, problems } = parseLayoutBlock(block.lines, block.kind, block.title);
    expect(table.kind).toBe(want.kind);
    expect(table.layout).toBe(want.layout);
    expect(table.unit).toBe(want.unit);
    expect(table.columns.map((c) => c.key)).toEqual(want.columns);
    expect(table.rows).toHaveLength(want.rowCount);
    for (const [ref, key, text] of want.cells) {
      const row = findRow(table, ref);
      expect(row, `row ${ref}`).toBeDefined();
      expect(cellText(table, row!, key), `${ref} ${key}`).toBe(text);
    }
    for (const [ref, label] of want.labels ?? []) expect(findRow(table, ref)?.label, ref).toBe(label);
    for (const note of want.notes ?? []) expect(table.notes.join('\n')).toContain(note);
    expect(problems).toEqual([]);
  });
});
