// Reads, parses and checks one file for the CLI: its report (tables, findings, parse notes) and its year facts
// for the cross-year checks. Runs in the main thread or in a worker (src/cli/worker.ts) — same code.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { extractYearFacts, type YearFacts } from '../checks/cross-year/index.ts';
import { checkDocument } from '../checks/check-document.ts';
import { joinCompanion, joinRefusal } from '../checks/companion.ts';
import { pairProfile, type PairProfile } from '../checks/companion-evidence.ts';
import type { ParsedDocument } from '../engine/document.ts';
import { documentProblems } from '../checks/problems/index.ts';
import { DEFAULT_MAX_BYTES } from '../paste/decode.ts';
import { parseInput } from '../paste/index.ts';
import { failedReport, fileReport, type FileReport } from './report.ts';
import { nodePdfLoader } from './pdf-node.ts';
import { cliRules } from './rules.ts';

export interface CheckedFile {
  readonly report: FileReport;
  readonly facts: YearFacts | null;
  /** the file could not be read or parsed */
  readonly unreadable: boolean;
  /** what pairing by content needs (a file checked alone: src/checks/companion-evidence.ts) */
  readonly profile?: PairProfile;
}

type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; code: string; params: Record<string, string | number> };

function readBytes(file: string): ReadResult {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, code: 'file_unreadable', params: { file } };
    if (st.size > DEFAULT_MAX_BYTES) return { ok: false, code: 'too_large', params: { bytes: st.size, maxBytes: DEFAULT_MAX_BYTES } };
    return { ok: true, bytes: new Uint8Array(readFileSync(file)) };
  } catch {
    return { ok: false, code: 'file_unreadable', params: { file } };
  }
}

type Parsed = { ok: true; doc: ParsedDocument } | { ok: false; failed: CheckedFile };

async function parseFile(file: string): Promise<Parsed> {
  const read = readBytes(file);
  if (!read.ok) return { ok: false, failed: { report: failedReport(file, { code: read.code, severity: 'error', params: read.params }), facts: null, unreadable: true } };
  const parsed = await parseInput({ bytes: read.bytes, fileName: basename(file) }, { pdf: nodePdfLoader });
  if (!parsed.ok) return { ok: false, failed: { report: failedReport(file, parsed.reason), facts: null, unreadable: true } };
  return { ok: true, doc: parsed.value };
}

function checkParsed(file: string, doc: ParsedDocument, ruleTexts: readonly string[], companion?: string): CheckedFile {
  const { defs } = cliRules(ruleTexts);
  const result = checkDocument(doc, { extraRules: defs });
  const causes = documentProblems(doc, result.findings, { extraRules: defs });
  const report = fileReport(file, doc, result.findings, causes, result.unchecked);
  return { report: companion ? { ...report, companion } : report, facts: extractYearFacts(file, doc), unreadable: false };
}

export async function checkFile(file: string, ruleTexts: readonly string[]): Promise<CheckedFile> {
  const parsed = await parseFile(file);
  return parsed.ok ? { ...checkParsed(file, parsed.doc, ruleTexts), profile: pairProfile(file, parsed.doc) } : parsed.failed;
}

/** One job of the CLI: a file, or a 说明 file and its tables file (`X.pdf` + `X_tables.pdf`, src/checks/companion.ts)
 *  checked as one document — or each alone, saying why, when what they state contradicts the pairing. */
export async function checkJob(job: CheckJob, ruleTexts: readonly string[]): Promise<CheckedFile[]> {
  if (!job.companion) return [await checkFile(job.file, ruleTexts)];
  const [a, b] = [await parseFile(job.file), await parseFile(job.companion)];
  if (job.evidence && a.ok && b.ok) {
    return [checkParsed(job.file, joinCompanion(a.doc, b.doc, basename(job.companion), job.evidence), ruleTexts, job.companion)];
  }
  if (!a.ok || !b.ok) {
    return [a.ok ? checkParsed(job.file, a.doc, ruleTexts) : a.failed, b.ok ? checkParsed(job.companion, b.doc, ruleTexts) : b.failed];
  }
  const refusal = joinRefusal(a.doc, b.doc);
  if (refusal === null) return [checkParsed(job.file, joinCompanion(a.doc, b.doc, basename(job.companion)), ruleTexts, job.companion)];
  const note = (doc: ParsedDocument, other: string): ParsedDocument =>
    ({ ...doc, problems: [...doc.problems, { code: 'companion_not_joined', severity: 'warning', params: { file: basename(other), reason: refusal } }] });
  return [checkParsed(job.file, note(a.doc, job.companion), ruleTexts), checkParsed(job.companion, note(b.doc, job.file), ruleTexts)];
}

export interface CheckJob {
  readonly file: string;
  /** the tables file published apart from this 说明 file */
  readonly companion?: string;
  /** set when the two were paired by what they print, not by name: why (joined as they are, without refusal) */
  readonly evidence?: Readonly<Record<string, string | number>>;
}
