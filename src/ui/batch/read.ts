// One file of a batch: read, parsed and checked with the same checkDocument as the CLI, its year facts
// extracted. The parsed document is handed back to be stored as a draft and then dropped, so a batch holds
// only summary rows and year facts, never all documents at once.
import { checkDocument } from '../../checks/check-document.ts';
import { extractYearFacts, type YearFacts } from '../../checks/cross-year/index.ts';
import type { ParsedDocument, ParseProblem } from '../../engine/document.ts';
import type { Finding } from '../../engine/finding.ts';
import { DEFAULT_MAX_BYTES } from '../../paste/decode.ts';
import { parseInput } from '../../paste/index.ts';
import { isReportFile, type BatchEntry } from './files.ts';

/** A document with fewer characters of prose than this and no table is not a report (as for a single file). */
const MIN_NARRATIVE_CHARS = 200;

export type ReadOutcome =
  | { readonly kind: 'skipped'; readonly reason: 'not_a_report_file' | 'no_report_content' }
  | { readonly kind: 'failed'; readonly problem: ParseProblem }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'report'; readonly doc: ParsedDocument; readonly findings: readonly Finding[]; readonly facts: YearFacts };

export async function readEntry(entry: BatchEntry, signal: AbortSignal): Promise<ReadOutcome> {
  if (!isReportFile(entry.file.name)) return { kind: 'skipped', reason: 'not_a_report_file' };
  if (entry.file.size > DEFAULT_MAX_BYTES) {
    return { kind: 'failed', problem: { code: 'too_large', severity: 'error', params: { bytes: entry.file.size, maxBytes: DEFAULT_MAX_BYTES } } };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await entry.file.arrayBuffer());
  } catch {
    return { kind: 'failed', problem: { code: 'file_unreadable', severity: 'error', params: { file: entry.path } } };
  }
  if (signal.aborted) return { kind: 'cancelled' };
  const parsed = await parseInput({ bytes, fileName: entry.file.name }, { signal });
  if (!parsed.ok) return parsed.reason.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', problem: parsed.reason };
  const doc = parsed.value;
  if (doc.tables.length === 0 && doc.narrative.text.trim().length < MIN_NARRATIVE_CHARS) return { kind: 'skipped', reason: 'no_report_content' };
  try {
    const { findings } = checkDocument(doc);
    return { kind: 'report', doc, findings, facts: extractYearFacts(entry.path, doc) };
  } catch (e) {
    return { kind: 'failed', problem: { code: 'check_failed', severity: 'error', params: { reason: e instanceof Error ? e.message : String(e) } } };
  }
}
