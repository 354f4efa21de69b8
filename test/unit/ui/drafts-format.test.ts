// Formatting for the drafts list: modified times, storage sizes and backup file names.
import { expect, test } from 'vitest';
import { backupFileName, formatBytes, formatTime } from '../../../src/ui/drafts/format.ts';

const at = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

test('a draft modified today shows only its time; an older one its date too', () => {
  const now = at(2024, 5, 1, 18, 0);
  expect(formatTime(at(2024, 5, 1, 9, 5), now)).toBe('09:05');
  expect(formatTime(at(2024, 4, 30, 23, 59), now)).toBe('2024-04-30 23:59');
});

test.each([
  [null, '?'],
  [512, '512 B'],
  [1536, '1.5 KB'],
  [5 * 1024 * 1024, '5.0 MB'],
  [3 * 1024 ** 3, '3.0 GB'],
])('storage use %s reads as %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test.each([
  ['赣州市医疗保障局 2023', '勾稽-赣州市医疗保障局 2023-20240501-0905.json'],
  ['预算/决算: "对比"?', '勾稽-预算_决算_ _对比_-20240501-0905.json'],
  ['  ', '勾稽-drafts-20240501-0905.json'],
])('a backup of %s is saved as %s', (name, file) => {
  expect(backupFileName(name, at(2024, 5, 1, 9, 5))).toBe(file);
});
