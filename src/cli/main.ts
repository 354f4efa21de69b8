// `npm run --silent check -- [--format json|text] [--rule EXPR]... FILE...` — the same parser and engine as the
// app, headless. Exit 0: no error findings; 1: error findings; 2: bad usage or a file that could not be read.
// Problems go to stderr as one clear Chinese line each, never as a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkDocument } from '../checks/check-document.ts';
import { documentProblems } from '../checks/problems/index.ts';
import { DEFAULT_MAX_BYTES } from '../paste/decode.ts';
import { parseInput } from '../paste/index.ts';
import { describeArgsError, parseArgs, USAGE } from './args.ts';
import { formatText } from './format-text.ts';
import { failedReport, fileReport, type FileReport } from './report.ts';
import { cliRules, describeRuleError } from './rules.ts';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

function readBytes(file: string): { ok: true; bytes: Uint8Array } | { ok: false; code: string; params: Record<string, string | number> } {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, code: 'file_unreadable', params: { file } };
    if (st.size > DEFAULT_MAX_BYTES) return { ok: false, code: 'too_large', params: { bytes: st.size, maxBytes: DEFAULT_MAX_BYTES } };
    return { ok: true, bytes: new Uint8Array(readFileSync(file)) };
  } catch {
    return { ok: false, code: 'file_unreadable', params: { file } };
  }
}

export async function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    err(`check：${describeArgsError(args.reason)}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.value.help) { out(USAGE); return EXIT_OK; }
  let exit = EXIT_OK;
  const { defs, errors } = cliRules(args.value.rules);
  for (const e of errors) { err(`check：${describeRuleError(e)}`); exit = EXIT_USAGE; }

  const reports: FileReport[] = [];
  for (const file of args.value.files) {
    const read = readBytes(file);
    if (!read.ok) {
      const r = failedReport(file, { code: read.code, severity: 'error', params: read.params });
      err(`check：${file}：${r.error!.message}`);
      reports.push(r);
      exit = EXIT_USAGE;
      continue;
    }
    const parsed = await parseInput({ bytes: read.bytes, fileName: basename(file) });
    if (!parsed.ok) {
      const r = failedReport(file, parsed.reason);
      err(`check：${file}：${r.error!.message}`);
      reports.push(r);
      exit = EXIT_USAGE;
      continue;
    }
    const result = checkDocument(parsed.value, { extraRules: defs });
    const causes = documentProblems(parsed.value, result.findings, { extraRules: defs });
    const report = fileReport(file, parsed.value, result.findings, causes);
    if (exit === EXIT_OK && report.findings.some((f) => f.severity === 'error')) exit = EXIT_FINDINGS;
    reports.push(report);
  }

  if (args.value.format === 'json') out(JSON.stringify({ documents: reports.map(jsonDocument) }));
  else out(formatText(reports));
  return exit;
}

function jsonDocument(r: FileReport): Record<string, unknown> {
  return r.error
    ? { file: r.file, tables: [], findings: [], problems: [], parseNotes: [], error: r.error }
    : { file: r.file, tables: r.tables, findings: r.findings, problems: r.problems, parseNotes: r.parseNotes };
}

const isMain = process.argv[1] !== undefined && /[\\/]cli[\\/]main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'))
    .then((code) => { process.exitCode = code; })
    .catch((e: unknown) => {
      // a programmer error: still no stack trace for the reviewer, but say what broke
      process.stderr.write(`check：内部错误：${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    });
}
