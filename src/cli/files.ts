// Expands the CLI's FILE arguments: a folder is read recursively; inside a folder only files the checker reads
// are taken, the rest are listed as skipped (a file named explicitly is always tried, so its problem is reported).
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { companionPairs } from '../checks/companion.ts';
import type { CheckJob } from './check-file.ts';

export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.tsv', '.csv', '.html', '.htm', '.xlsx', '.xlsm', '.pdf', '.docx']);

export interface SkippedFile {
  readonly file: string;
  readonly reason: 'not_a_report_file' | 'folder_unreadable';
}

export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly skipped: readonly SkippedFile[];
}

export function expandInputs(paths: readonly string[]): ExpandedInputs {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try { names = readdirSync(dir).sort(); } catch { skipped.push({ file: dir, reason: 'folder_unreadable' }); return; }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      let isDir: boolean;
      try { isDir = statSync(p).isDirectory(); } catch { skipped.push({ file: p, reason: 'folder_unreadable' }); continue; }
      if (isDir) walk(p);
      else if (REPORT_EXTENSIONS.has(extname(name).toLowerCase())) files.push(p);
      else skipped.push({ file: p, reason: 'not_a_report_file' });
    }
  };
  for (const p of paths) {
    let isDir = false;
    try { isDir = p !== '-' && statSync(p).isDirectory(); } catch { /* reported when read */ }
    if (isDir) walk(p); else files.push(p);
  }
  return { files, skipped };
}

/** The files as jobs: a tables file given with its 说明 file (`X_tables.pdf` + `X.pdf`) goes with it, in the 说明's place. */
export function checkJobs(files: readonly string[]): CheckJob[] {
  const pairs = companionPairs(files);
  const companionOf = new Map([...pairs].map(([tables, narrative]) => [narrative, tables]));
  return files.filter((f) => !pairs.has(f)).map((f) => (companionOf.has(f) ? { file: f, companion: companionOf.get(f)! } : { file: f }));
}
