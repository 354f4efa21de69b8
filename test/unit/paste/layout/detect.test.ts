// isLayoutText tells `pdftotext -layout` output (columns by character offsets) from the other text
// shapes of the fixtures: tab-separated and space-separated PDF copies.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { isLayoutText } from '../../../../src/paste/layout/index.ts';
import { toSourceLines } from '../../../../src/paste/source-line.ts';
import { corpusBlock, corpusLines } from './blocks.ts';

const seedLines = (name: string) =>
  toSourceLines(readFileSync(fileURLToPath(new URL(`../../../fixtures/seeds/${name}.txt`, import.meta.url)), 'utf8'));

test.each([
  'putuo_caizhengju_2024',
  'putuo_guihuaziyuan_2024',
  'putuo_shehuigongzuobu_2024',
  'template_shanghai_2024_bumen_juesuan_muban',
  'SYNTHETIC_putuo_caizhengju_2024_injected_errors',
])('the table part of corpus document %s is layout text', (doc) => {
  const lines = corpusLines(doc);
  const start = lines.findIndex((l) => l.text.trim() === '收入决算表');
  expect(isLayoutText(lines.slice(start, start + 60))).toBe(true);
});

test.each(['T02', 'T03', 'T05', 'T06'] as const)('a single %s block of 财政局 is layout text', (kind) => {
  expect(isLayoutText(corpusBlock('putuo_caizhengju_2024', kind).lines)).toBe(true);
});

test('tab-separated PDF text (seeds/001) is not layout text', () => {
  expect(isLayoutText(seedLines('001_c1aab3eb9d979e5d').slice(0, 400))).toBe(false);
});

test('space-separated PDF text with dropped blanks (seeds/000) is not layout text', () => {
  expect(isLayoutText(seedLines('000_6e1f5d09d8ef42dd').slice(0, 400))).toBe(false);
});

test('two lines are too few to tell', () => {
  expect(isLayoutText(toSourceLines('201   06   01   行政运行      1,511.89\n208   05   社会保障   2.00'))).toBe(false);
});
