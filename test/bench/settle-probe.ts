// Probe for the draft autosave after a 20 MB paste (issue 17): builds the app into its own temporary folder,
// runs the bench's long-task measurement, then — with --profile — a CPU profile of the seconds after the paste's
// highlight (the autosave), summed by function. `npx tsx test/bench/settle-probe.ts [--profile] [--no-build]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { longestTask } from './browser-longtask.ts';
import { tenThousandRows } from './browser-table.ts';

const OUT = process.env.PROBE_OUT ?? join(tmpdir(), 'gouji-settle-probe-dist');
const args = new Set(process.argv.slice(2));
if (!args.has('--no-build')) {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  const file = join(OUT, path === '/' ? 'index.html' : path);
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  if (!args.has('--profile')) {
    console.log(JSON.stringify(await longestTask(browser, url, Number(process.env.PROBE_ROWS ?? 440_000))));
  } else {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.locator('[data-testid="app.root"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="side.tab"][data-panel="findings"]').click();
    const table = tenThousandRows(Number(process.env.PROBE_ROWS ?? 440_000));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const code = table.wrong.code.slice(0, 5);
    // with PROBE_FROM_PASTE the profile covers the paste too, and only samples after a marker function (run at the
    // highlight) are summed
    const fromPaste = process.env.PROBE_FROM_PASTE === '1';
    if (fromPaste) await cdp.send('Profiler.start');
    await page.evaluate(`(({ text }) => { const d = new DataTransfer(); d.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true })); })(${JSON.stringify({ text: table.text })})`);
    const ready = `document.querySelector('[data-testid="progress"]') === null && [...document.querySelectorAll('[data-testid="findings.item"][data-severity="error"]')].some((e) => e.textContent.includes(${JSON.stringify(code)}))`;
    while (!(await page.evaluate(ready))) await new Promise((r) => setTimeout(r, 100));
    if (fromPaste) await page.evaluate('(function probeMarker() { const t = performance.now(); while (performance.now() - t < 20) { /* a visible marker */ } })()');
    else await cdp.send('Profiler.start');
    await page.waitForTimeout(Number(process.env.PROBE_MS ?? 5000));
    const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    const markerAt = fromPaste ? profile.samples.findIndex((s) => byId.get(s)!.callFrame.functionName === 'probeMarker') : 0;
    // the longest run of samples without idle after the marker: the longest task, roughly
    let run = 0;
    let longest = 0;
    profile.samples.forEach((s, i) => {
      if (i < markerAt) return;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const idle = byId.get(s)!.callFrame.functionName === '(idle)';
      run = idle ? 0 : run + dt;
      longest = Math.max(longest, run);
      const name = (id: number) => { const f = byId.get(id)!.callFrame; return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; };
      self.set(name(s), (self.get(name(s)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) { const k = name(id); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } }
    });
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
    console.log(`longest busy run after the marker: ${longest.toFixed(0)} ms`);
    console.log('== self ==\n' + top(self) + '\n== inclusive ==\n' + top(incl));
  }
} finally {
  await browser.close();
  server.close();
}
