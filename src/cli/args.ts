// Command-line arguments of `check`: [--format json|text] [--rule EXPR]... FILE...  Usage errors are values.
import { msg } from '../messages/index.ts';

export type OutputFormat = 'json' | 'text';

export interface CliArgs {
  readonly format: OutputFormat;
  readonly rules: readonly string[];
  readonly files: readonly string[];
  readonly help: boolean;
  /** add the per-report summary (JSON `summary`, a table in the text report) */
  readonly summary: boolean;
  /** parallel workers; 0 = one per core (at most 4) */
  readonly jobs: number;
}

export type ArgsResult =
  | { readonly ok: true; readonly value: CliArgs }
  | { readonly ok: false; readonly reason: { readonly code: 'missing_value' | 'bad_format' | 'bad_jobs' | 'unknown_option' | 'no_files'; readonly option: string } };

export function parseArgs(argv: readonly string[]): ArgsResult {
  let format: OutputFormat = 'text';
  const rules: string[] = [];
  const files: string[] = [];
  let help = false;
  let summary = false;
  let jobs = 0;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyFiles || a === '-' || !a.startsWith('-')) { files.push(a); continue; }
    if (a === '--') { onlyFiles = true; continue; }
    if (a === '-h' || a === '--help') { help = true; continue; }
    if (a === '--summary') { summary = true; continue; }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (name !== '--format' && name !== '--rule' && name !== '-f' && name !== '-r' && name !== '--jobs' && name !== '-j') return { ok: false, reason: { code: 'unknown_option', option: a } };
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined) return { ok: false, reason: { code: 'missing_value', option: name } };
    if (name === '--format' || name === '-f') {
      if (value !== 'json' && value !== 'text') return { ok: false, reason: { code: 'bad_format', option: value } };
      format = value;
    } else if (name === '--jobs' || name === '-j') {
      if (!/^\d{1,2}$/.test(value)) return { ok: false, reason: { code: 'bad_jobs', option: value } };
      jobs = Number(value);
    } else rules.push(value);
  }
  if (!help && files.length === 0) return { ok: false, reason: { code: 'no_files', option: '' } };
  return { ok: true, value: { format, rules, files, help, summary, jobs } };
}

export const USAGE = msg('zh', 'cli.usage');

export function describeArgsError(reason: Extract<ArgsResult, { ok: false }>['reason']): string {
  return msg('zh', `cli.args.${reason.code}`, { option: reason.option });
}
