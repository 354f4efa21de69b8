import { describe, expect, it, test } from 'vitest';
import { isNumeric, numericOrZero, parseAmount, type CellValue } from '../../../src/engine/amount.ts';

function show(v: CellValue): string {
  switch (v.kind) {
    case 'empty': return 'empty';
    case 'number': return `number ${v.value.toFixed()} d${v.decimals}`;
    case 'percent': return `percent ${v.value.toFixed()} d${v.decimals}`;
    case 'placeholder': return `placeholder ${v.text}`;
    case 'text': return `text ${v.text}`;
  }
}

describe('parseAmount', () => {
  it.each([
    ['16,713.19', 'number 16713.19 d2'],
    ['1,819.46 ', 'number 1819.46 d2'],
    ['  2,940.05\t', 'number 2940.05 d2'],
    ['-12.5', 'number -12.5 d1'],
    ['−12.5', 'number -12.5 d1'],
    ['－12.5', 'number -12.5 d1'],
    ['+12.50', 'number 12.5 d2'],
    ['(1,234.00)', 'number -1234 d2'],
    ['（1,234.00）', 'number -1234 d2'],
    ['１２３．４５', 'number 123.45 d2'],
    ['１，２３４．５６', 'number 1234.56 d2'],
    ['0', 'number 0 d0'],
    ['0.00', 'number 0 d2'],
    ['-0.00', 'number 0 d2'],
    ['6,589', 'number 6589 d0'],
    ['2426.10', 'number 2426.1 d2'],
    ['1234567890123.4567', 'number 1234567890123.4567 d4'],
    ['0.123456', 'number 0.123456 d6'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['-', 'placeholder -'],
    ['—', 'placeholder —'],
    ['--', 'placeholder --'],
    ['---', 'placeholder ---'],
    ['－', 'placeholder －'],
    ['96.96%', 'percent 96.96 d2'],
    ['100%', 'percent 100 d0'],
    ['１００％', 'percent 100 d0'],
    ['-3.5%', 'percent -3.5 d1'],
    ['≥35', 'text ≥35'],
    ['有所提升', 'text 有所提升'],
    ['12,34', 'text 12,34'],
    ['1,2345.00', 'text 1,2345.00'],
    ['12.3.4', 'text 12.3.4'],
    ['12.', 'text 12.'],
    ['.5', 'text .5'],
    ['(-5)', 'text (-5)'],
    ['56.00 56.00', 'text 56.00 56.00'],
    ['≤15天', 'text ≤15天'],
    ['\\leq 193.8', 'text \\leq 193.8'],
  ])('%j → %s', (text, expected) => {
    expect(show(parseAmount(text))).toBe(expected);
  });
});

test('a negative zero in brackets is a plain zero', () => {
  const v = parseAmount('(0.00)');
  expect(v.kind === 'number' && v.value.isZero() && !v.value.isNegative()).toBe(true);
});

test('blank is distinct from zero', () => {
  expect(parseAmount('').kind).toBe('empty');
  expect(parseAmount('0').kind).toBe('number');
});

test('percent values are numeric but text and placeholders are not', () => {
  expect(isNumeric(parseAmount('96.96%'))).toBe(true);
  expect(isNumeric(parseAmount('---'))).toBe(false);
  expect(isNumeric(parseAmount('有所提升'))).toBe(false);
});

test('numericOrZero reads blanks and placeholders as zero', () => {
  expect(numericOrZero(parseAmount('')).toFixed()).toBe('0');
  expect(numericOrZero(parseAmount('—')).toFixed()).toBe('0');
  expect(numericOrZero(parseAmount('1,066.51')).toFixed(2)).toBe('1066.51');
});

test('long amounts keep every digit (no binary floats)', () => {
  const v = parseAmount('12,345,678,901,234.57');
  expect(v.kind === 'number' && v.value.toFixed(2)).toBe('12345678901234.57');
});
