// The unlisted-codes sentence names its first 20 codes (the finding keeps all, and the sentence gives their count):
// a pasted table of 20,000 generated codes once put all of them in one line of the findings panel.
import { expect, test } from 'vitest';
import { specialFinding } from '../../../src/rules/special/finding.ts';
import { describeFinding } from '../../../src/ui/messages/index.ts';

const unlisted = (n: number) => {
  const codes = Array.from({ length: n }, (_, i) => String(2_010_101 + i));
  return { codes, f: specialFinding('special.subject_names', 'subject_code_unlisted', 'info', 'T03', null, { codes: codes.join('、'), count: n, year: 2023, dictionary: 'functional' }) };
};

test('up to 20 codes are all named', () => {
  const { codes, f } = unlisted(20);
  const s = describeFinding(f, 'zh');
  expect(s).toContain(codes.join('、'));
  expect(s).not.toContain('…');
});

test('of 20,983 codes the sentence names the first 20 and the count', () => {
  const { codes, f } = unlisted(20_983);
  for (const lang of ['zh', 'en'] as const) {
    const s = describeFinding(f, lang);
    expect(s).toContain(`${codes.slice(0, 20).join('、')}、…`);
    expect(s).not.toContain(codes[20]!);
    expect(s).toContain('20983');
    expect(s.length).toBeLessThan(400);
  }
  expect(f.params?.['codes']).toBe(codes.join('、'));
});
