// One report's bytes → what the batch keeps: parsed, checked with the same checkDocument as the CLI, its year
// facts extracted and its tables turned into the stored draft fields. Plain data only (no Decimal objects), so it
// runs in the batch worker and crosses postMessage as it is; the main thread runs it too when no worker starts.
import { checkDocument } from '../../checks/check-document.ts';
import { documentProblems } from '../../checks/problems/index.ts';
import { extractYearFacts, type YearFacts } from '../../checks/cross-year/index.ts';
import type { ParseProblem } from '../../engine/document.ts';
import type { Severity } from '../../engine/finding.ts';
import { parseInput } from '../../paste/index.ts';
import { joinCompanion, joinRefusal } from '../../checks/companion.ts';
import { pairProfile, type PairProfile } from '../../checks/companion-evidence.ts';
import { draftName, toDraftFields, type DraftFields } from '../drafts/codec.ts';
import { countSeverities } from './rows.ts';

/** A document with fewer characters of prose than this and no table is not a report (as for a single file). */
const MIN_NARRATIVE_CHARS = 200;

export interface ProcessedReport {
  readonly kind: 'report';
  readonly name: string;
  readonly fields: DraftFields;
  readonly counts: Record<Severity, number>;
  /** root-cause problems the report's findings make, and what could not be checked (未能核对) */
  readonly problems: number;
  readonly unchecked: number;
  readonly facts: YearFacts;
  readonly recognised: number;
  readonly tables: number;
  /** the tables file of this 说明 (X_tables beside X): joined into this report, or refused and read on its own */
  readonly companion?: { readonly path: string; readonly joined: boolean };
  /** a file read alone: what pairing by content needs (src/checks/companion-evidence.ts) */
  readonly profile?: PairProfile;
}

/** The tables file published apart from a 说明 file (src/checks/companion.ts). */
export interface CompanionBytes {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly path: string;
  /** paired by what the two print, not by name (companion-evidence.ts): joined as they are, saying why */
  readonly evidence?: Readonly<Record<string, string | number>>;
}

export type ProcessOutcome =
  | { readonly kind: 'skipped'; readonly reason: 'not_a_report_file' | 'no_report_content' }
  | { readonly kind: 'failed'; readonly problem: ParseProblem }
  | { readonly kind: 'cancelled' }
  | ProcessedReport;

export async function processBytes(bytes: Uint8Array, fileName: string, path: string, signal?: AbortSignal, companion?: CompanionBytes): Promise<ProcessOutcome> {
  const parsed = await parseInput({ bytes, fileName }, { signal });
  if (!parsed.ok && parsed.reason.code === 'not_a_report') return { kind: 'skipped', reason: 'no_report_content' };
  if (!parsed.ok) return parsed.reason.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', problem: parsed.reason };
  let doc = parsed.value;
  const profile = companion ? null : pairProfile(path, doc);
  let joined: ProcessedReport['companion'];
  if (companion) {
    const other = await parseInput({ bytes: companion.bytes, fileName: companion.fileName }, { signal });
    if (!other.ok && other.reason.code === 'cancelled') return { kind: 'cancelled' };
    const refusal = !other.ok ? 'unreadable' : companion.evidence ? null : joinRefusal(doc, other.value);
    if (other.ok && refusal === null) doc = joinCompanion(doc, other.value, companion.fileName, companion.evidence);
    else doc = { ...doc, problems: [...doc.problems, { code: 'companion_not_joined', severity: 'warning', params: { file: companion.fileName, reason: refusal ?? '' } }] };
    joined = { path: companion.path, joined: refusal === null };
  }
  if (doc.tables.length === 0 && doc.narrative.text.trim().length < MIN_NARRATIVE_CHARS) return { kind: 'skipped', reason: 'no_report_content' };
  try {
    const checked = checkDocument(doc);
    const counts = countSeverities(checked.findings);
    const problems = documentProblems(doc, checked.findings).problems.length;
    const fields = toDraftFields({ doc, custom: [], disabled: new Set(), notes: new Map(), isSample: false, dataVersion: 0, counts: { ...counts } }, {});
    return {
      kind: 'report', name: draftName(doc, path), fields, counts, problems, unchecked: checked.unchecked.length, facts: extractYearFacts(path, doc),
      recognised: doc.tables.filter((t) => t.kind !== 'unknown').length, tables: doc.tables.length, ...(joined ? { companion: joined } : {}),
      ...(profile && profile.role !== 'none' ? { profile } : {}),
    };
  } catch (e) {
    return { kind: 'failed', problem: { code: 'check_failed', severity: 'error', params: { reason: e instanceof Error ? e.message : String(e) } } };
  }
}
