// `npm run --silent check -- [--format json|text] [--rule EXPR]... FILE...` — the same parser and engine as the
// app, headless. Exit 0: no error findings; 1: error findings; 2: bad usage or a file that could not be read.
// Problems go to stderr as one clear Chinese line each, never as a stack trace.
import { describeProblem } from '../ui/messages/index.ts';
import { describeArgsError, parseArgs, USAGE } from './args.ts';
import { msg } from '../messages/index.ts';
import type { CheckedFile } from './check-file.ts';
import { checkJobs, expandInputs } from './files.ts';
import { pairByContent } from './content-pairs.ts';
import { formatText } from './format-text.ts';
import { checkFiles, defaultJobs } from './pool.ts';
import type { FileReport } from './report.ts';
import { cliRules, describeRuleError } from './rules.ts';
import { applyCrossYear, summaryRows } from './summary.ts';
import { formatSummary } from './summary-text.ts';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    err(`${msg('zh', 'cli.error', { message: describeArgsError(args.reason) })}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.value.help) { out(USAGE); return EXIT_OK; }
  let exit = EXIT_OK;
  const { errors } = cliRules(args.value.rules);
  for (const e of errors) { err(msg('zh', 'cli.error', { message: describeRuleError(e) })); exit = EXIT_USAGE; }
  const rules = args.value.rules; // invalid ones are skipped where they are compiled, the others still run

  const { files, skipped } = expandInputs(args.value.files);
  for (const s of skipped) err(msg('zh', 'cli.fileError', { file: s.file, message: describeProblem({ code: s.reason, severity: 'info' }, 'zh') }));
  const jobs = checkJobs(files);
  const results: CheckedFile[][] = new Array(jobs.length);
  await checkFiles(jobs, rules, args.value.jobs || defaultJobs(), (i, r) => { results[i] = r; });
  const checked = await pairByContent(results.flat(), rules);
  for (const c of checked) if (c.unreadable) { err(msg('zh', 'cli.fileError', { file: c.report.file, message: c.report.error!.message })); exit = EXIT_USAGE; }

  const reports: FileReport[] = checked.map((c) => c.report);
  const facts = checked.map((c) => c.facts);
  const links = applyCrossYear(reports, facts);
  if (exit === EXIT_OK && reports.some((r) => r.findings.some((f) => f.severity === 'error'))) exit = EXIT_FINDINGS;
  const summary = args.value.summary ? summaryRows(reports, facts, links) : null;

  if (args.value.format === 'json') {
    out(JSON.stringify({
      documents: reports.map(jsonDocument),
      ...(summary ? { summary, links: links.links, duplicates: links.duplicates, skipped } : {}),
    }));
  } else out(formatText(reports) + (summary ? `\n${formatSummary(summary, links, skipped)}` : ''));
  return exit;
}

function jsonDocument(r: FileReport): Record<string, unknown> {
  return r.error
    ? { file: r.file, kind: r.kind, scope: r.scope, tables: [], findings: [], problems: [], parseNotes: [], unchecked: [], error: r.error }
    : { file: r.file, ...(r.companion ? { companion: r.companion } : {}), kind: r.kind, scope: r.scope, tables: r.tables, findings: r.findings, problems: r.problems, parseNotes: r.parseNotes, unchecked: r.unchecked };
}

const isMain = process.argv[1] !== undefined && /[\\/]cli[\\/]main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'))
    .then((code) => { process.exitCode = code; })
    .catch((e: unknown) => {
      // a programmer error: still no stack trace for the reviewer, but say what broke
      process.stderr.write(`${msg('zh', 'cli.internalError', { message: e instanceof Error ? e.message : String(e) })}\n`);
      process.exitCode = EXIT_USAGE;
    });
}
