import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, seed001T05Tsv, test } from './fixtures.ts';

const SINGLE = fileURLToPath(new URL('../../dist-single/gouji.html', import.meta.url));

test('the single-file build opened from file:// checks a pasted table', async ({ wb }) => {
  expect(existsSync(SINGLE)).toBe(true);
  await wb.open(pathToFileURL(SINGLE).href);
  await wb.paste({ text: seed001T05Tsv().replace('2,426.10', '2,426.90') });
  await expect(await wb.scrollToCell('2101501', 1)).toHaveAttribute('aria-invalid', 'true');
});
