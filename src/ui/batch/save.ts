// A batch report becomes its own draft through the store's public API (create): named from its heading
// (department and year), its tables and narrative stored as the workbench stores them, its counts for the list.
import type { ParsedDocument } from '../../engine/document.ts';
import type { Severity } from '../../engine/finding.ts';
import type { DraftStore } from '../../store/index.ts';
import { draftName, toDraftFields } from '../drafts/codec.ts';
import type { BatchEntry } from './files.ts';

/** The new draft's id, or null when storage failed (the row then says so). */
export async function saveReport(store: DraftStore, doc: ParsedDocument, entry: BatchEntry, counts: Readonly<Record<Severity, number>>): Promise<string | null> {
  const fields = toDraftFields({
    doc, custom: [], disabled: new Set(), notes: new Map(), isSample: false, dataVersion: 0, counts: { ...counts },
  }, {});
  try {
    const r = await store.create({ ...fields, name: draftName(doc, entry.path), source: { kind: 'file', fileName: entry.file.name } });
    return r.ok ? r.value.id : null;
  } catch {
    return null;
  }
}
