// The lint boundary keeps the pure core free of UI, storage and grid imports, and of parseFloat on amounts.
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'test/eslint.config.js', cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

test.each([
  ["import { mount } from 'svelte';\nexport const m = mount;", 'src/engine/probe.ts'],
  ["import Handsontable from 'handsontable/base';\nexport const h = Handsontable;", 'src/paste/probe.ts'],
  ["import { openDB } from 'idb';\nexport const o = openDB;", 'src/engine/probe.ts'],
  ["import { x } from '../ui/state.svelte.ts';\nexport const y = x;", 'src/paste/probe.ts'],
])('the pure core may not import UI or storage: %s', async (code, file) => {
  expect(await ruleIds(code, file)).toContain('no-restricted-imports');
});

test('the UI may import svelte and the grid', async () => {
  const ids = await ruleIds("import { mount } from 'svelte';\nexport const m = mount;", 'src/ui/probe.ts');
  expect(ids).not.toContain('no-restricted-imports');
});

test('parseFloat is refused everywhere', async () => {
  expect(await ruleIds("export const v = parseFloat('1.5');", 'src/ui/probe.ts')).toContain('no-restricted-globals');
});
