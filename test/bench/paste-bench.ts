// Paste benchmark: parsing throughput (MB/s) for TSV, HTML and PDF text, peak heap against the raw text size,
// and whole-report split+parse+check time for each real document in test/fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../../src/checks/check-document.ts';
import { parseInput } from '../../src/paste/index.ts';
import { gc, median } from './measure.ts';

const FIXTURES = ['test/fixtures/seeds', 'test/fixtures/corpus'];

/** Distinct amounts on every row (a paste of one repeated row would flatter any per-text sharing). */
function amounts(i: number): [string, string, string] {
  const a = (i * 7919) % 9_000_000 + 100;
  const b = (i * 104_729) % 90_000 + 1;
  const money = (c: number) => `${Math.floor(c / 100).toLocaleString('en-US')}.${String(c % 100).padStart(2, '0')}`;
  return [money(a + b), money(a), money(b)];
}

function bigTsv(rows: number): string {
  const out = ['科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出', '栏次\t\t1\t2\t3'];
  for (let i = 0; i < rows; i++) out.push(`${2010000 + i}\t行政运行${i}\t${amounts(i).join('\t')}`);
  return out.join('\r\n');
}

function bigHtml(rows: number): string {
  const cells = (xs: string[]) => `<tr>${xs.map((x) => `<td style="mso-number-format:'\\#\\,\\#\\#0\\.00'">${x}</td>`).join('')}</tr>`;
  const body = [cells(['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'])];
  for (let i = 0; i < rows; i++) body.push(cells([String(2010000 + i), `行政运行${i}`, ...amounts(i)]));
  return `<html><body><table>${body.join('')}</table></body></html>`;
}

/** A whole report repeated until it reaches the size wanted (PDF text as copied from a viewer). */
function bigPdfText(bytes: number): string {
  const one = readFileSync('test/fixtures/seeds/000_6e1f5d09d8ef42dd.txt', 'utf8');
  return one.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(one))));
}

export interface ThroughputFigure {
  format: string;
  mb: number;
  ms: number;
  mb_per_s: number;
  /** peak of the JS heap (heapUsed) over the text; typed arrays' buffers are not in it */
  peak_heap_mb: number;
  heap_ratio: number;
  /** ArrayBuffers held at that peak (typed arrays: offsets, columns, string tables) */
  peak_array_buffers_mb: number;
  /** peak of the JS heap plus ArrayBuffers over the text: what the target is measured on */
  heap_and_buffers_ratio: number;
}

async function throughput(format: string, text: string, input: { text?: string; html?: string }): Promise<ThroughputFigure> {
  const mb = Buffer.byteLength(text) / 1048576;
  gc();
  const m0 = process.memoryUsage();
  let peak = 0;
  let peakAll = 0;
  let buffersAtPeak = 0;
  const sample = () => {
    const m = process.memoryUsage();
    const heap = m.heapUsed - m0.heapUsed;
    const buffers = m.arrayBuffers - m0.arrayBuffers;
    peak = Math.max(peak, heap);
    if (heap + buffers > peakAll) { peakAll = heap + buffers; buffersAtPeak = buffers; }
  };
  const t0 = performance.now();
  const r = await parseInput(input, { onProgress: sample, maxBytes: 200 * 1048576 });
  const ms = performance.now() - t0;
  sample();
  if (!r.ok) throw new Error(`${format}: ${r.reason.code}`);
  const peakMb = peak / 1048576;
  return {
    format, mb: +mb.toFixed(2), ms: +ms.toFixed(1), mb_per_s: +(mb / (ms / 1000)).toFixed(2), peak_heap_mb: +peakMb.toFixed(1), heap_ratio: +(peakMb / mb).toFixed(2),
    peak_array_buffers_mb: +(buffersAtPeak / 1048576).toFixed(1), heap_and_buffers_ratio: +(peakAll / 1048576 / mb).toFixed(2),
  };
}

export async function benchPaste(): Promise<ThroughputFigure[]> {
  const tsv = bigTsv(400_000);
  const html = bigHtml(100_000);
  const pdf = bigPdfText(10 * 1048576);
  return [
    await throughput('tsv', tsv, { text: tsv }),
    await throughput('html', html, { html }),
    await throughput('pdf-text', pdf, { text: pdf }),
  ];
}

export interface ReportFigure {
  file: string;
  kb: number;
  tables: number;
  findings: number;
  ms: number;
}

export async function benchReports(): Promise<ReportFigure[]> {
  const out: ReportFigure[] = [];
  for (const dir of FIXTURES) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      let tables = 0;
      let findings = 0;
      const run = async () => {
        const r = await parseInput({ text, fileName: f });
        if (!r.ok) return;
        tables = r.value.tables.length;
        findings = checkDocument(r.value).findings.length;
      };
      await run();
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        await run();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      out.push({ file: f, kb: Math.round(Buffer.byteLength(text) / 1024), tables, findings, ms: +times[3]!.toFixed(1) });
    }
  }
  return out;
}

export { median };
