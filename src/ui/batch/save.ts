// A batch report becomes its own draft through the store's public API (create): named from its heading
// (department and year), its tables and narrative stored as the workbench stores them, its counts for the list.
import type { DraftStore } from '../../store/index.ts';
import type { BatchEntry } from './files.ts';
import type { ProcessedReport } from './process.ts';

/** The new draft's id, or null when storage failed (the row then says so). */
export async function saveReport(store: DraftStore, report: ProcessedReport, entry: BatchEntry): Promise<string | null> {
  try {
    const r = await store.create({ ...report.fields, name: report.name, source: { kind: 'file', fileName: entry.file.name } });
    return r.ok ? r.value.id : null;
  } catch {
    return null;
  }
}
