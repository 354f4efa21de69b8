// 批量打开: a 说明 and a tables file not named as a pair (人大常委会 2019 说明 + 人大办公厅 2019 tables) become one row and
// one draft after the batch is read, the row saying why; the two drafts made for them alone are removed (undoably);
// files that only might belong together keep their rows, each saying why they were not joined.
import { expect, test } from 'vitest';
import type { PairProfile } from '../../../src/checks/companion-evidence.ts';
import type { YearFacts } from '../../../src/checks/cross-year/index.ts';
import type { DraftStore } from '../../../src/store/index.ts';
import { pairBatchByContent } from '../../../src/ui/batch/content-pairs.ts';
import { EntryReader } from '../../../src/ui/batch/read.ts';
import type { BatchRow } from '../../../src/ui/batch/rows.ts';
import { reportRow } from '../../../src/ui/batch/save.ts';
import { budgetFixture } from '../budget/helpers.ts';

const N = 'jiangsu_renda_changweihui_2019.txt';
const T = 'jiangsu_renda_bangongting_2019_tables.txt';

function fakeStore() {
  const made: { id: string; fields: { doc?: unknown; problems?: unknown } & Record<string, unknown> }[] = [];
  const removed: string[] = [];
  let n = 0;
  const store = {
    create: async (fields: Record<string, unknown>) => { const id = `d${++n}`; made.push({ id, fields }); return { ok: true, value: { id } }; },
    remove: async (id: string) => { removed.push(id); return { ok: true, value: { id } }; },
  } as unknown as DraftStore;
  return { store, made, removed };
}

async function readAlone(files: Record<string, string>) {
  const { store, made, removed } = fakeStore();
  const reader = new EntryReader(new AbortController().signal);
  const entries = new Map(Object.entries(files).map(([name, text]) => [`d/${name}`, { path: `d/${name}`, file: new File([text], name) }]));
  const state = { rows: [] as BatchRow[], facts: [] as YearFacts[], created: [] as string[] };
  const profiles: PairProfile[] = [];
  for (const entry of entries.values()) {
    const out = await reader.read(entry);
    if (out.kind !== 'report') throw new Error(out.kind);
    const id = (await store.create({})) as unknown as { value: { id: string } };
    state.created.push(id.value.id);
    state.rows.push(reportRow(out, entry, id.value.id, 'zh'));
    state.facts.push(out.facts);
    if (out.profile) profiles.push(out.profile);
  }
  await pairBatchByContent({ reader, store, lang: 'zh', entries }, profiles, state);
  return { state, made, removed };
}

test('the two files become one row and one draft with all twelve tables', { timeout: 60_000 }, async () => {
  const { state, made, removed } = await readAlone({ [N]: budgetFixture(N), [T]: budgetFixture(T) });
  expect(state.rows.map((r) => [r.key, r.tables, r.department, r.year])).toEqual([[`d/${N}`, 12, '江苏省人大常委会办公厅', 2019]]);
  expect(removed).toEqual(['d1', 'd2']);
  expect(state.created).toEqual(['d3']);
  expect(made[2]!.fields).toMatchObject({ department: '江苏省人大常委会办公厅', year: 2019 });
  expect(state.rows[0]!.reason).toMatch(/文件名不成对.*江苏省人大常委会办公厅.*18330\.37 万元/);
  expect(state.facts.map((f) => f.file)).toEqual([`d/${N}`]);
});

test('a stated total that differs: two rows, each saying why they were not joined', { timeout: 60_000 }, async () => {
  const text = budgetFixture(N).replace('18330.37万元，与上年相比收、支预算总计', '18330.38万元，与上年相比收、支预算总计');
  const { state, made, removed } = await readAlone({ [N]: text, [T]: budgetFixture(T) });
  expect(state.rows.map((r) => r.tables)).toEqual([0, 12]);
  expect(removed).toEqual([]);
  expect(made).toHaveLength(2);
  expect(state.rows.map((r) => r.reason)).toEqual([expect.stringMatching(/可能.*18330\.38 万元.*18330\.37 万元.*未合并核对/), expect.stringMatching(/可能/)]);
});
