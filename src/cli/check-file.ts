// Reads, parses and checks one file for the CLI: its report (tables, findings, parse notes) and its year facts
// for the cross-year checks. Runs in the main thread or in a worker (src/cli/worker.ts) — same code.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { extractYearFacts, type YearFacts } from '../checks/cross-year/index.ts';
import { checkDocument } from '../checks/check-document.ts';
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

export async function checkFile(file: string, ruleTexts: readonly string[]): Promise<CheckedFile> {
  const read = readBytes(file);
  if (!read.ok) return { report: failedReport(file, { code: read.code, severity: 'error', params: read.params }), facts: null, unreadable: true };
  const parsed = await parseInput({ bytes: read.bytes, fileName: basename(file) }, { pdf: nodePdfLoader });
  if (!parsed.ok) return { report: failedReport(file, parsed.reason), facts: null, unreadable: true };
  const { defs } = cliRules(ruleTexts);
  const result = checkDocument(parsed.value, { extraRules: defs });
  const causes = documentProblems(parsed.value, result.findings, { extraRules: defs });
  return { report: fileReport(file, parsed.value, result.findings, causes, result.unchecked), facts: extractYearFacts(file, parsed.value), unreadable: false };
}
