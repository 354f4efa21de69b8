// Acceptance-test helpers: the real documents, the `check` CLI spawned as a reviewer runs it, and a GBK encoder
// built from Node's own GBK decoder (no iconv: every double-byte GBK code is decoded once and inverted).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures');

export const SEED_000 = 'seeds/000_6e1f5d09d8ef42dd.txt';
export const SEED_001 = 'seeds/001_c1aab3eb9d979e5d.txt';

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** Lines first..last (1-based, inclusive) of a fixture. */
export function fixtureLineArray(path: string, first: number, last: number): string[] {
  return fixtureText(path).split('\n').slice(first - 1, last);
}

let dir: string | null = null;

/** Writes a file into this run's temp directory and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  dir ??= mkdtempSync(join(tmpdir(), 'gouji-accept-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Removes this run's temp directory (the 30 MB inputs should not pile up in /tmp). */
export function removeTempFiles(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCheck(...args: string[]): CliRun {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
}

export interface JsonFinding {
  readonly ruleId: string;
  readonly code: string;
  readonly severity: string;
  readonly table: string;
  readonly location: { readonly label?: string; readonly code?: string | null; readonly colNo?: number | null } | null;
  readonly message: string;
  readonly sourceLine?: number | null;
}

export interface JsonDocument {
  readonly file: string;
  readonly tables: Array<{ id: string; kind: string; title: string; rows: number }>;
  readonly findings: JsonFinding[];
  readonly parseNotes: Array<{ code: string; message: string }>;
  readonly problems: Array<{ id: string; severity: string; culprit: unknown; suggested: string | null; findings: number[]; message: string }>;
  readonly error?: { code: string; message: string };
}

export function jsonDocuments(r: CliRun): JsonDocument[] {
  return (JSON.parse(r.stdout) as { documents: JsonDocument[] }).documents;
}

/** A stack trace line as Node prints it ("    at fn (file:line:col)"). */
export const STACK_TRACE = /^\s+at \S.*[:(]/m;

let gbkTable: Map<string, number> | null = null;

function buildGbkTable(): Map<string, number> {
  const decoder = new TextDecoder('gbk', { fatal: true });
  const table = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try { ch = decoder.decode(Uint8Array.of(lead, trail)); } catch { continue; }
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/** GBK bytes of a text; throws (a test-setup error) on a character GBK cannot encode. */
export function encodeGbk(text: string): Uint8Array {
  gbkTable ??= buildGbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) { out.push(cp); continue; }
    const code = gbkTable.get(ch);
    if (code === undefined) throw new Error(`not encodable in GBK: ${ch} U+${cp.toString(16)}`);
    out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}
