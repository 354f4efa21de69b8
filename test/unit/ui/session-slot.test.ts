// The workbench's incremental checker after a full check made off the page (src/ui/model/session-slot.ts): built
// when the page is idle for an ordinary workbook, left for the first edit of a very big one, never for a workbook
// that was replaced in the meantime.
import { expect, test } from 'vitest';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { IDLE_SESSION_CELLS, SessionSlot } from '../../../src/ui/model/session-slot.ts';

async function tableOf(rows: number): Promise<ParsedDocument> {
  const row = '2010101\t行政运行\t1,234.56\t1,000.00\t234.56\n';
  const r = await parseInput({ text: '科目编码\t科目名称\t合计\t基本支出\t项目支出\n' + row.repeat(rows) });
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
}

const idle = () => new Promise((r) => setTimeout(r, 20));
const rules = () => ({ custom: [], disabled: new Set<string>() });

test('an ordinary workbook gets its checker while the page is idle', async () => {
  const slot = new SessionSlot(rules);
  slot.empty(await tableOf(10), () => true);
  expect(slot.current).toBeNull();
  await idle();
  expect(slot.current).not.toBeNull();
  expect(slot.current!.findings().filter((f) => f.severity === 'error')).toEqual([]);
});

test('a very big workbook waits for its first edit; a replaced one gets none', async () => {
  const slot = new SessionSlot(rules);
  const big = await tableOf(Math.ceil(IDLE_SESSION_CELLS / 5) + 1);
  slot.empty(big, () => true);
  await idle();
  expect(slot.current).toBeNull();
  expect(slot.fill(big)).toBe(slot.current);
  slot.empty(await tableOf(10), () => false);
  await idle();
  expect(slot.current).toBeNull();
});
