// Merging what a page that went away left in the journal (journal.ts) into the store. An edit log is replayed on
// the draft it was made from — the same edits the grid made, through the workbench's own withCell — and saved
// over it when the draft is still at that revision, else kept in its history. An entry leaves the journal only
// once what it holds is stored; a "lost" marker leaves once the reviewer has been told.
import { newId, slices, storeTableSliced, type DraftRecord, type DraftStore } from '../../store/index.ts';
import type { Table } from '../../engine/table.ts';
import { withCell, withKind } from '../model/table-edit.ts';
import { fromDraftSliced } from './codec.ts';
import { mergeWhole, type EditsEntry, type Journal, type KeyedEntry, type MergeOutcome } from './journal.ts';

export async function mergeEntry(store: DraftStore, journal: Journal, e: KeyedEntry): Promise<MergeOutcome> {
  let outcome: MergeOutcome;
  if (e.kind === 'lost') outcome = 'lost';
  else if (e.kind === 'edits') outcome = await mergeEdits(store, e);
  else outcome = await mergeWhole(store, e);
  if (outcome !== 'failed') journal.drop(e.key);
  return outcome;
}

/** The draft with the logged edits made again on its tables. */
export async function replayed(d: DraftRecord, e: EditsEntry): Promise<DraftRecord> {
  const sl = slices();
  const w = await fromDraftSliced(d, sl);
  const tables = new Map<string, Table>(w.doc.tables.map((t) => [t.id, t]));
  const touched = new Set<string>();
  for (const change of e.changes) {
    for (const [id, kind] of Object.entries(change.kinds)) {
      const t = tables.get(id);
      if (t) { tables.set(id, withKind(t, kind)); touched.add(id); }
    }
    for (const c of change.cells) {
      const t = tables.get(c.table);
      if (!t || c.row < 0 || c.col < 0) continue;
      tables.set(c.table, withCell(t, c.row, c.col, c.text));
      touched.add(c.table);
    }
  }
  const stored = [];
  for (const s of d.tables) {
    const t = tables.get(s.id);
    stored.push(t && touched.has(s.id) ? await storeTableSliced(t, sl) : s);
  }
  return { ...d, ...e.fields, tables: stored };
}

async function mergeEdits(store: DraftStore, e: EditsEntry): Promise<MergeOutcome> {
  const got = await store.get(e.draftId);
  // the draft the edits were made on is gone for good: nothing to make them on (the entry stays, and is said)
  if (!got) return 'failed';
  const record = await replayed(got, e);
  if (got.deletedAt === null && got.revision === e.baseRevision) {
    return (await store.save({ ...record, revision: e.baseRevision })).ok ? 'merged' : 'failed';
  }
  if (got.deletedAt === null) return (await store.snapshot(record, 'conflict')).ok ? 'kept_in_history' : 'failed';
  // deleted meanwhile: the edited workbook becomes a draft of its own
  return (await store.create({ ...record, id: newId(), deletedAt: null })).ok ? 'merged' : 'failed';
}
