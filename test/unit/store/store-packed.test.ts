// Schema v3's packed tables: a large table is stored as joined texts and typed arrays, restored with every text,
// placement and row field; packing and loading run in slices; a damaged packed record is listed, never dropped;
// sealed drafts and backups keep working.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { toColumnar } from '../../../src/engine/columnar/index.ts';
import { makeCell, placedCell, type Row, type Table } from '../../../src/engine/table.ts';
import { withCell } from '../../../src/ui/model/table-edit.ts';
import {
  exportBackup, loadTable, loadTableSliced, openStore, parseBackup, storeTable, storeTableSliced, type DraftRecord, type LockableStore,
  type Slices, type StoredTable,
} from '../../../src/store/index.ts';
import { decodeValue, encodeValue } from '../../../src/store/binary.ts';

let n = 0;
const dbName = () => `gouji-packed-${++n}`;

async function store(name = dbName()): Promise<LockableStore> {
  const r = await openStore({ name });
  if (!r.ok) throw new Error(r.reason);
  return r.store;
}

/** A 支出决算表 of `rows` rows with every kind of row field and cell the stored form must keep. */
function bigTable(rows = 2500): Table {
  const out: Row[] = Array.from({ length: rows }, (_, i) => {
    const cells = [makeCell(String(2010101 + i)), makeCell(`项目${i}`), makeCell(`${i},${String(i % 1000).padStart(3, '0')}.0${i % 10}`),
      i % 7 === 3 ? placedCell('12.5', 'ambiguous') : makeCell(i % 5 === 0 ? '' : '-'), makeCell(i % 11 === 0 ? '12.3%' : '0.00')];
    // a row shorter than the table: its last cells are absent, not blank
    if (i % 101 === 7) cells.length = 3;
    return {
      code: i % 50 === 0 ? null : String(2010101 + i), label: `项目${i}`, lineNo: i % 3 === 0 ? null : i + 1, cells,
      ...(i === 0 ? { flags: ['header' as const] } : {}), ...(i % 9 === 0 ? { sourceLine: i * 2 } : {}),
      ...(i % 400 === 1 ? { pane: 1, block: 'item', group: ['一级', ''] } : {}),
    };
  });
  return {
    id: 't3', kind: 'T03', layout: null, title: '支出决算表', unit: '万元', year: 2023, department: '测试局', notes: ['注'],
    columns: [
      { key: 'code', colNo: null, header: '科目编码', role: 'code' }, { key: 'label', colNo: null, header: '科目名称', role: 'label' },
      { key: 'c1', colNo: 1 as never, header: '合计', role: 'amount' }, { key: 'c2', colNo: 2 as never, header: '基本', role: 'amount' },
      { key: 'c3', colNo: 3 as never, header: '项目', role: 'amount' },
    ],
    rows: out, sourceLines: [3, 9000], printedNo: '公开03表',
  };
}

/** Everything a row carries, as one comparable line per row. */
const lines = (t: Table, padded = false) => t.rows.map((r) => JSON.stringify([r.code, r.label, r.lineNo, r.flags, r.sourceLine, r.pane, r.block, r.group,
  (padded ? t.columns.map((_, j) => r.cells[j] ?? makeCell('')) : r.cells).map((c) => [c.text, c.placement ?? '', c.value.kind])]));

/** A slicer that says every check is due, counting the pauses. */
function always(): Slices & { pauses: number } {
  const s = { pauses: 0, due: () => true, pause: async () => { s.pauses++; } };
  return s;
}

test('a large table is stored packed and loads back with every text, placement, absent cell and row field', () => {
  const t = toColumnar(bigTable()).table;
  const s = storeTable(t);
  expect(s.rows).toEqual([]);
  expect(s.packed!.count).toBe(2500);
  const back = loadTable(s);
  expect(lines(back)).toEqual(lines(bigTable()));
  expect(back.sourceLines).toEqual([3, 9000]);
  expect(back.printedNo).toBe('公开03表');
  // the same table stored a StoredRow per row (the v2 form) loads the same
  expect(lines(loadTable(storeTable(t, { packFrom: Infinity })))).toEqual(lines(back));
});

test('a table edited after it was parsed (rows of the parsed table plus an edited row) packs the edit', () => {
  const t = withCell(toColumnar(bigTable()).table, 1200, 2, '9.99');
  const back = loadTable(storeTable(t));
  expect(back.rows[1200]!.cells[2]!.text).toBe('9.99');
  expect(lines(back)).toEqual(lines(t));
});

test('packing and loading in slices pause between blocks and give the same table', async () => {
  const t = toColumnar(bigTable(9000)).table;
  const s1 = always();
  const sliced = await storeTableSliced(t, s1);
  expect(s1.pauses).toBeGreaterThan(2);
  expect(sliced).toEqual(storeTable(t));
  const s2 = always();
  const back = await loadTableSliced(sliced, s2);
  expect(s2.pauses).toBeGreaterThan(2);
  expect(lines(back)).toEqual(lines(t));
});

test('a save reads only the revision index while the draft is as this store wrote it, and still sees another tab\'s save', async () => {
  const name = dbName();
  const a = await store(name);
  const b = await store(name);
  const d = await a.create({ name: '大', tables: [storeTable(toColumnar(bigTable()).table)] });
  if (!d.ok) throw new Error('create');
  const again = await a.save({ ...d.value, name: '二' });
  expect(again.ok).toBe(true);
  if (!again.ok) return;
  const theirs = await b.save({ ...(await b.get(d.value.id))!, name: '别的页签' });
  expect(theirs.ok).toBe(true);
  const mine = await a.save({ ...again.value, name: '三' });
  expect(mine.ok).toBe(false);
  expect(!mine.ok && mine.reason).toBe('conflict');
  expect((await a.get(d.value.id))!.name).toBe('别的页签');
});

test('a draft with a packed table is written as schema 3 and read back equal; without one it stays schema 2', async () => {
  const name = dbName();
  const s = await store(name);
  const big = await s.create({ name: '大', tables: [storeTable(toColumnar(bigTable()).table)] });
  const small = await s.create({ name: '小', tables: [storeTable(toColumnar(bigTable(20)).table)] });
  if (!big.ok || !small.ok) throw new Error('create');
  const db = await openDB(name);
  expect(((await db.get('drafts', big.value.id)) as DraftRecord).schemaVersion).toBe(3);
  expect(((await db.get('drafts', small.value.id)) as DraftRecord).schemaVersion).toBe(2);
  db.close();
  expect(lines(loadTable((await s.get(big.value.id))!.tables[0]!))).toEqual(lines(bigTable()));
});

test('a damaged packed table makes its draft unreadable: listed with its raw data, never dropped or overwritten', async () => {
  const name = dbName();
  const s = await store(name);
  const d = await s.create({ name: '大', tables: [storeTable(toColumnar(bigTable()).table)] });
  if (!d.ok) throw new Error('create');
  const db = await openDB(name);
  const raw = (await db.get('drafts', d.value.id)) as DraftRecord;
  // another writer's partial write (a Gouji save always bumps the revision): the second column's texts lost their tail
  const col = raw.tables[0]!.packed!.columns[1]!;
  await db.put('drafts', { ...raw, revision: raw.revision + 1, tables: [{ ...raw.tables[0]!, packed: { ...raw.tables[0]!.packed!, columns: [raw.tables[0]!.packed!.columns[0], { ...col, texts: col.texts.slice(0, 100) }, ...raw.tables[0]!.packed!.columns.slice(2)] } }] });
  db.close();
  expect(await s.get(d.value.id)).toBeNull();
  const bad = await s.unreadable();
  expect(bad.map((b) => [b.id, b.reason])).toEqual([[d.value.id, 'damaged']]);
  expect((await s.save({ ...d.value, name: '覆盖' })).ok).toBe(false);
  expect((await s.save({ ...d.value, revision: raw.revision + 1, name: '覆盖' })).ok).toBe(false);
  const { exportRaw } = await import('../../../src/store/index.ts');
  // the raw export keeps the arrays as numbers
  expect(JSON.parse(exportRaw(bad)).records[0].raw.tables[0].packed.columns[0].lens.slice(0, 2)).toEqual([7, 7]);
});

test('with the lock on, a packed draft is sealed (no text in clear) and opens equal', async () => {
  const name = dbName();
  const s = await store(name);
  expect((await s.enableLock('口令', 1000)).ok).toBe(true);
  const d = await s.create({ name: '机密局', tables: [storeTable(toColumnar(bigTable()).table)] });
  if (!d.ok) throw new Error('create');
  await s.snapshot(d.value, 'manual', '快照');
  const db = await openDB(name);
  const raw = JSON.stringify(await db.getAll('drafts')) + JSON.stringify(await db.getAll('snapshots'));
  db.close();
  expect(raw).not.toContain('项目1');
  expect(raw).not.toContain('机密局');
  const other = await store(name);
  expect(await other.unlock('口令')).toBe(true);
  expect(lines(loadTable((await other.get(d.value.id))!.tables[0]!))).toEqual(lines(bigTable()));
  expect(lines(loadTable((await other.snapshots(d.value.id))[0]!.draft.tables[0]!))).toEqual(lines(bigTable()));
  // and the lock comes off again with the table intact
  expect((await other.removeLock()).ok).toBe(true);
  expect(lines(loadTable((await other.get(d.value.id))!.tables[0]!))).toEqual(lines(bigTable()));
});

test('a backup of a packed draft is JSON with a StoredRow per row (v2) and imports back equal (absent cells blank, as v2 restores them)', async () => {
  const s = await store();
  const d = await s.create({ name: '大', tables: [storeTable(toColumnar(bigTable()).table)] });
  if (!d.ok) throw new Error('create');
  const text = exportBackup([d.value]);
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  expect(parsed.value.drafts[0]!.schemaVersion).toBe(2);
  expect(parsed.value.drafts[0]!.tables[0]!.rows).toHaveLength(2500);
  const r = await s.importDrafts(parsed.value.drafts);
  if (!r.ok) throw new Error(r.reason);
  const back: StoredTable = (await s.get(r.value[0]!.id))!.tables[0]!;
  expect(back.packed?.count).toBe(2500);
  expect(lines(loadTable(back), true)).toEqual(lines(bigTable(), true));
});

test('the sealing container keeps typed arrays and long strings exactly, lone surrogates included; small values stay plain JSON', async () => {
  const long = `${'金额'.repeat(3000)}\ud800${'x'.repeat(5000)}`;
  const v = { a: new Uint32Array([1, 2, 3]), b: new Float64Array([NaN, 1.5]), c: new Int32Array([-1]), d: new Uint8Array([9]), s: long, t: 'short' };
  const bytes = await encodeValue(v, always());
  const back = decodeValue(bytes) as typeof v;
  expect(back.s).toBe(long);
  expect([...back.a]).toEqual([1, 2, 3]);
  expect(Number.isNaN(back.b[0])).toBe(true);
  expect([...back.c, ...back.d]).toEqual([-1, 9]);
  expect(new TextDecoder().decode(await encodeValue({ x: 'gouji-lock-v1' }))).toBe('{"x":"gouji-lock-v1"}');
  expect(decodeValue(bytes.slice(0, bytes.length - 8))).toBeUndefined();
});
