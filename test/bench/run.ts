// `npm run bench [-- --json] [-- --quick] [-- --no-browser] [-- --paste-only] [-- --browser-only]`: a script, not a
// test. Prints a readable table; with --json the last line is one JSON object (a part left out by a flag reads null).
// Targets are ratios measured side by side in this one run (see README).
import { benchBrowser, type BrowserFigures } from './browser-bench.ts';
import { benchEngine, type EngineFigures } from './engine-bench.ts';
import { round } from './measure.ts';
import { benchPaste, benchReports } from './paste-bench.ts';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
/** only the paste throughput and whole-report parts (engine and browser left out) */
const pasteOnly = args.has('--paste-only');
const noBrowser = pasteOnly || args.has('--no-browser');
/** only the browser part (engine and parsing figures null) */
const browserOnly = args.has('--browser-only');
const log = (s = '') => process.stdout.write(s + '\n');

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a == null || b == null || b === 0 ? null : round(a / b, 2);
}

async function main() {
  const sizes = pasteOnly || browserOnly ? [] : quick ? [1_000, 100_000] : [1_000, 100_000, 1_000_000];
  const engine: EngineFigures[] = [];
  log('== engine: generated T03-shaped tables (1栏=2+3+4+5+6 on every row, 层级 in every column) ==');
  log('full = first check of a table the engine has not seen; recheck = the same Table again (caches warm)');
  log('cells      rows      full(ms)   recheck    incr(ms)   HF(ms)     raw(ms)    HF/full    full/raw   full/incr  heap(MB)');
  for (const n of sizes) {
    const f = benchEngine(n, { hyperformula: true });
    engine.push(f);
    log([f.cells, f.rows, round(f.full_check_ms, 1), round(f.recheck_ms, 1), round(f.incremental_ms, 3), round(f.hyperformula_ms, 0), round(f.raw_loop_ms, 2),
      ratio(f.hyperformula_ms, f.full_check_ms), ratio(f.full_check_ms, f.raw_loop_ms), ratio(f.full_check_ms, f.incremental_ms), f.heap_mb]
      .map((x) => String(x).padEnd(10)).join(' '));
  }
  log('\n== paste parsing throughput ==');
  const paste = browserOnly ? [] : await benchPaste();
  for (const p of paste) log(`${p.format.padEnd(9)} ${p.mb} MB in ${p.ms} ms = ${p.mb_per_s} MB/s; peak heap +${p.peak_heap_mb} MB (${p.heap_ratio}× text); with ArrayBuffers ${p.heap_and_buffers_ratio}× (${p.peak_array_buffers_mb} MB of them)`);
  log('\n== whole report: split + parse + check ==');
  const reports = browserOnly ? [] : await benchReports();
  for (const r of reports) log(`${r.file.padEnd(56)} ${String(r.kb).padStart(4)} KB  ${String(r.tables).padStart(2)} tables  ${String(r.findings).padStart(3)} findings  ${r.ms} ms`);
  log('\n== browser (built app, system Chromium) ==');
  let browser: BrowserFigures | null = null;
  if (noBrowser) log('left out (--no-browser / --paste-only)');
  else try {
    browser = await benchBrowser();
    log(`paste→highlight, 10,000-row table: ${browser.paste_to_highlight_ms} ms; edit→highlight: median ${browser.edit_to_highlight_ms} ms of 20 (max ${browser.edit_to_highlight_max_ms}); initial JS gzip: ${browser.initial_js_gzip_kb} KB`);
    log(`${browser.paste_20mb_mb} MB TSV paste: error listed after ${browser.paste_20mb_to_highlight_ms} ms; longest main-thread task ${browser.longest_task_ms} ms (${browser.long_tasks} tasks over 50 ms, ${browser.long_task_total_ms} ms in all); after it, ${browser.longest_task_settle_ms} ms (autosave)`);
  } catch (e) {
    log(`browser part not measured: ${e instanceof Error ? e.message : String(e)}`);
  }
  const largest: EngineFigures | undefined = engine[engine.length - 1];
  const worstReport = reports.length > 0 ? Math.max(...reports.map((r) => r.ms)) : null;
  const tsv = paste.find((p) => p.format === 'tsv');
  const targets = {
    hyperformula_over_full_ge_10: ratio(largest?.hyperformula_ms ?? null, largest?.full_check_ms ?? null),
    full_over_raw_le_5: ratio(largest?.full_check_ms ?? null, largest?.raw_loop_ms ?? null),
    full_over_incremental_ge_100: ratio(largest?.full_check_ms ?? null, largest?.incremental_ms ?? null),
    paste_to_highlight_le_1000_ms: browser?.paste_to_highlight_ms ?? null,
    edit_to_highlight_le_50_ms: browser?.edit_to_highlight_ms ?? null,
    longest_task_20mb_paste_le_100_ms: browser?.longest_task_ms ?? null,
    worst_whole_report_le_100_ms: worstReport,
    peak_heap_over_text_le_10: paste.length > 0 ? Math.max(...paste.map((p) => p.heap_and_buffers_ratio)) : null,
    tsv_mb_per_s_ge_20: tsv?.mb_per_s ?? null,
  };
  log('\n== targets (ratios in this run) ==');
  for (const [k, v] of Object.entries(targets)) log(`${k.padEnd(32)} ${v}`);
  const summary = {
    machine: `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores, node ${process.version}`,
    cells: largest?.cells ?? null,
    full_check_ms: largest ? round(largest.full_check_ms, 2) : null,
    incremental_ms: largest ? round(largest.incremental_ms, 4) : null,
    hyperformula_ms: round(largest?.hyperformula_ms ?? null, 1),
    raw_loop_ms: largest ? round(largest.raw_loop_ms, 2) : null,
    ratios: {
      hyperformula_over_full: ratio(largest?.hyperformula_ms ?? null, largest?.full_check_ms ?? null),
      full_over_raw: ratio(largest?.full_check_ms ?? null, largest?.raw_loop_ms ?? null),
      full_over_incremental: ratio(largest?.full_check_ms ?? null, largest?.incremental_ms ?? null),
      recheck_over_raw: ratio(largest?.recheck_ms ?? null, largest?.raw_loop_ms ?? null),
    },
    recheck_ms: largest ? round(largest.recheck_ms, 2) : null,
    targets,
    engine,
    paste,
    reports,
    browser,
  };
  if (json) log(JSON.stringify(summary));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
