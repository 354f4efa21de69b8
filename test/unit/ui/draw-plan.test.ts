// The findings panel draws a big list a slice at a time (src/ui/findings/draw-plan.ts): a budget of findings is
// spent in list order, each group stops at its page, and the plan says when everything is drawn.
import { expect, test } from 'vitest';
import { drawPlan } from '../../../src/ui/findings/draw-plan.ts';

const entry = (findings: number) => ({ findings: Array.from({ length: findings }, (_, i) => i) });
const group = (...sizes: number[]) => ({ entries: sizes.map(entry) });

test('the budget is spent in order: whole problems, then part of the one it runs out in', () => {
  const groups = [group(2, 3, 4), group(5)];
  const p = drawPlan(groups, [Infinity, Infinity], 7);
  expect(p.groups).toEqual([{ entries: 3, lastFindings: 2 }, { entries: 0, lastFindings: Infinity }]);
  expect(p.complete).toBe(false);
});

test('a budget as large as the list draws it all; a group stops at its page', () => {
  const groups = [group(1, 1, 1, 1), group(2, 2)];
  expect(drawPlan(groups, [Infinity, Infinity], 100)).toEqual({ groups: [{ entries: 4, lastFindings: Infinity }, { entries: 2, lastFindings: Infinity }], complete: true });
  expect(drawPlan(groups, [2, Infinity], 100).groups[0]).toEqual({ entries: 2, lastFindings: Infinity });
  expect(drawPlan(groups, [2, Infinity], 100).complete).toBe(true);
});

test('a problem without findings still costs one, so the plan always ends; no groups are complete at once', () => {
  expect(drawPlan([group(0, 0, 0)], [Infinity], 2)).toEqual({ groups: [{ entries: 2, lastFindings: Infinity }], complete: false });
  expect(drawPlan([], [], 0)).toEqual({ groups: [], complete: true });
});

test('growing the budget step by step reaches the whole list', () => {
  const groups = [group(30, 1, 1), group(90), group(1)];
  let budget = 20;
  let steps = 0;
  while (!drawPlan(groups, [Infinity, Infinity, Infinity], budget).complete) { budget += 20; steps++; }
  expect(budget).toBeGreaterThanOrEqual(123);
  expect(steps).toBeLessThan(10);
});
