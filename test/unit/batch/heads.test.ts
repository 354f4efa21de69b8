// DraftStore.heads: who the live drafts are, without restoring their tables (deleted drafts left out).
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { openStore } from '../../../src/store/index.ts';

test('heads lists live drafts with department and year, not deleted ones', async () => {
  const r = await openStore({ name: 'gouji-heads-test' });
  if (!r.ok) throw new Error(r.reason);
  const s = r.store;
  const a = await s.create({ name: '财政局 2024', department: '上海市普陀区财政局', year: 2024 });
  const b = await s.create({ name: '未命名' });
  const c = await s.create({ name: '删掉的', department: 'x', year: 2020 });
  if (!a.ok || !b.ok || !c.ok) throw new Error('create failed');
  await s.remove(c.value.id);
  const heads = (await s.heads()).sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
  expect(heads).toEqual([
    { id: b.value.id, name: '未命名', department: null, year: null },
    { id: a.value.id, name: '财政局 2024', department: '上海市普陀区财政局', year: 2024 },
  ].sort((x, y) => x.name.localeCompare(y.name, 'zh-CN')));
});
