// `npx tsx test/bench/edit-trace.ts [--no-build] [--again] [--plain] [--dist DIR] [--rounds N]`: where the milliseconds of one grid edit go. A script, not
// a test: the built app in Chromium, the 10,000-row table of the browser bench pasted, its wrong cell edited as the
// bench does, with a Chromium trace (timeline + sampled JavaScript) recorded over the edits. Prints, summed over the
// measured windows (Enter → the error mark changed, between the page's performance marks), the browser's own work by
// kind (layout, style, paint, …) and the JavaScript functions by self time, grouped by source module.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { build, editsToHighlight, PASTE_AND_WAIT, serve } from './browser-bench.ts';
import { tenThousandRows } from './browser-table.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute',
  'disabled-by-default-v8.cpu_profiler'].join(',');

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown>; id?: string }
interface ProfileNode { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number } }

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const TRACE = join(tmpdir(), 'gouji-edit-trace.json');
if (flag('--again')) {
  // the last trace analysed again (the analysis changed, not the app)
  const saved = JSON.parse(readFileSync(TRACE, 'utf8')) as { times: number[]; traceEvents: TraceEvent[] };
  report(saved.times, saved.traceEvents);
  process.exit(0);
}
// --dist DIR: an app built before (A/B runs alternate two builds); else a fresh unminified build, so the
// functions keep their names; --plain: the edits timed without a trace; --rounds N: N pages, 20 edits each
const out = join(tmpdir(), 'gouji-trace-dist');
const root = option('--dist') ?? (flag('--no-build') && existsSync(join(out, 'index.html')) ? out : build(out, ['--minify', 'false']));
const server = await serve(root);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  for (let round = 0; round < Number(option('--rounds') ?? 1); round++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.locator('[data-testid="app.root"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const table = tenThousandRows();
    const paste = await page.evaluate(`(${PASTE_AND_WAIT})(${JSON.stringify({ text: table.text, code: table.wrong.code.slice(0, 5) })})`) as number;
    await page.waitForTimeout(2_000);
    if (flag('--plain')) {
      const times = await editsToHighlight(page, table.wrong);
      const sorted = [...times].sort((a, b) => a - b);
      console.log(`${root}: paste→highlight ${Math.round(paste)} ms; edits median ${Math.round((sorted[9]! + sorted[10]!) / 2)} ms; ${times.map((t) => Math.round(t)).join(' ')}`);
    } else {
      await browser.startTracing(page, { categories: CATEGORIES.split(',') });
      const times = await editsToHighlight(page, table.wrong);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      writeFileSync(TRACE, JSON.stringify({ times, traceEvents: trace.traceEvents }));
      report(times, trace.traceEvents);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

function report(times: number[], events: TraceEvent[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`edits (ms): ${times.map((t) => Math.round(t)).join(' ')}; median ${Math.round((sorted[9]! + sorted[10]!) / 2)}`);
  const enter = events.filter((e) => e.name === 'gouji.edit.enter').map((e) => e.ts).sort((a, b) => a - b);
  const done = events.filter((e) => e.name === 'gouji.edit.done').map((e) => e.ts).sort((a, b) => a - b);
  const windows = enter.map((t) => [t, done.find((d) => d > t) ?? t] as const).filter(([a, b]) => b > a);
  const inside = (ts: number) => windows.some(([a, b]) => ts >= a && ts <= b);
  const main = mainThread(events);
  const total = windows.reduce((n, [a, b]) => n + (b - a), 0);
  console.log(`${windows.length} windows, ${Math.round(total / 1000 / windows.length * 10) / 10} ms each on average`);
  const byKind = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== main.tid || e.pid !== main.pid || !e.dur) continue;
    if (!['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'FunctionCall', 'EventDispatch', 'TimerFire',
      'FireAnimationFrame', 'RunMicrotasks', 'HitTest', 'UpdateLayer', 'ParseHTML', 'Commit', 'IntersectionObserverController::computeIntersections', 'ScheduleStyleRecalculation'].includes(e.name)) continue;
    const overlap = windows.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e.ts + e.dur!) - Math.max(a, e.ts)), 0);
    if (overlap > 0) byKind.set(e.name, (byKind.get(e.name) ?? 0) + overlap);
  }
  console.log('\nbrowser work inside the windows (ms per edit; nested kinds overlap: FunctionCall/EventDispatch contain JS):');
  for (const [k, v] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${(v / 1000 / windows.length).toFixed(2)}`);
  selfTimes(events, main, inside, windows.length);
}

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const named = events.find((e) => e.name === 'thread_name' && e.args?.['name'] === 'CrRendererMain' && events.some((m) => m.name === 'gouji.edit.enter' && m.pid === e.pid));
  return { pid: named!.pid, tid: named!.tid };
}

/** Self time of the sampled JavaScript inside the windows, by function and by module. */
function selfTimes(events: TraceEvent[], main: { pid: number; tid: number }, inside: (ts: number) => boolean, n: number): void {
  const nodes = new Map<number, ProfileNode>();
  const samples: { node: number; ts: number }[] = [];
  let ts = 0;
  const profile = events.find((e) => e.name === 'Profile' && e.pid === main.pid);
  if (profile) ts = Number((profile.args?.['data'] as { startTime?: number } | undefined)?.startTime ?? 0);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || (profile && e.id !== profile.id)) continue;
    const data = (e.args?.['data'] as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }) ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((id, i) => { ts += deltas[i] ?? 0; samples.push({ node: id, ts }); });
  }
  const self = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (let i = 0; i + 1 < samples.length; i++) {
    const s = samples[i]!;
    if (!inside(s.ts)) continue;
    const dt = Math.min(samples[i + 1]!.ts - s.ts, 2_000);
    const f = nodes.get(s.node)?.callFrame;
    if (!f) continue;
    const file = (f.url ?? '').split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byModule.set(file, (byModule.get(file) ?? 0) + dt);
  }
  console.log('\nJavaScript self time by file (ms per edit):');
  for (const [k, v] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${k.padEnd(40)} ${(v / 1000 / n).toFixed(2)}`);
  console.log('\nJavaScript self time by function (ms per edit, top 40):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${k.padEnd(70)} ${(v / 1000 / n).toFixed(2)}`);
}
