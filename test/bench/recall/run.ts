// `npm run recall [-- --json] [-- --seed N] [-- --max-cells N] [-- --text-every K] [-- FILE...]`: a script, not a
// test. Injects one single-number mistake per copy of each real document into a cell that takes part in an
// identity, checks it as the CLI does and reports recall per document and table kind (see cells.ts and
// inject.ts for exactly what counts). Without files: every real document in test/fixtures (the SYNTHETIC
// copy, which carries injected errors already, is left out).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runDocument, type DocumentRun, type RunOptions } from './document.ts';
import { summarise, formatText } from './summary.ts';

function parseArgs(argv: readonly string[]): { opts: RunOptions; json: boolean; files: string[] } | string {
  const opts = { seed: 15, maxCells: 400, textEvery: 5 };
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = (name: keyof typeof opts) => {
      const v = Number.parseInt(argv[++i] ?? '', 10);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} 需要一个非负整数`);
      opts[name] = v;
    };
    try {
      if (a === '--json') json = true;
      else if (a === '--seed') num('seed');
      else if (a === '--max-cells') num('maxCells');
      else if (a === '--text-every') num('textEvery');
      else if (a.startsWith('--')) return `未知选项 ${a}`;
      else files.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  return { opts, json, files };
}

function defaultFiles(): string[] {
  const dirs = ['test/fixtures/seeds', 'test/fixtures/corpus', 'test/fixtures/budget'];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt') && !f.startsWith('SYNTHETIC')).sort().map((f) => join(d, f)));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`recall：${args}\n用法：npm run recall -- [--json] [--seed N] [--max-cells N] [--text-every K] [FILE...]\n`);
    return 2;
  }
  const files = args.files.length ? args.files : defaultFiles();
  const runs: (DocumentRun | { file: string; error: string })[] = [];
  for (const f of files) {
    const r = await runDocument(f, args.opts);
    runs.push(r);
    if (!args.json) process.stderr.write(`recall：${f} ${'error' in r ? r.error : `${r.trials.length} 次注入，${r.ms} ms`}\n`);
  }
  const summary = summarise(runs, args.opts);
  process.stdout.write(args.json ? JSON.stringify(summary) + '\n' : formatText(summary));
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`recall：内部错误：${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
});
