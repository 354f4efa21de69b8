// A batch report becomes its own draft through the store's public API (create): named from its heading
// (department and year), its tables and narrative stored as the workbench stores them, its counts for the list.
import type { DraftStore } from '../../store/index.ts';
import type { BatchEntry } from './files.ts';
import type { ProcessedReport } from './process.ts';
import type { BatchRow } from './rows.ts';
import type { Lang } from '../i18n.ts';
import { bt } from '../messages/batch-text.ts';

/** The new draft's id, or null when storage failed (the row then says so). */
export async function saveReport(store: DraftStore, report: ProcessedReport, entry: BatchEntry): Promise<string | null> {
  try {
    const r = await store.create({ ...report.fields, name: report.name, source: { kind: 'file', fileName: entry.file.name } });
    return r.ok ? r.value.id : null;
  } catch {
    return null;
  }
}

/** The summary row of a read report (saved as `draftId`, or not saved: the row says so). */
export function reportRow(out: ProcessedReport, entry: BatchEntry, draftId: string | null, lang: Lang): BatchRow {
  return {
    key: entry.path, draftId, department: out.facts.department, year: out.facts.year, kind: out.facts.kind,
    recognised: out.recognised, tables: out.tables, base: out.counts, baseProblems: out.problems, unchecked: out.unchecked,
    read: draftId ? 'ok' : 'not_saved', reason: draftId ? null : bt(lang, 'storageFailed'),
  };
}
