// Every `error` the whole checker (rule packs, special checks, narrative, 绩效) raises on the public documents in
// test/fixtures is listed in <doc>.json with a one-line reason it is a real error, checked by hand against the
// document. An error that is not listed, or listed without a reason, fails the test: an error a reviewer cannot act
// on without re-checking it must become a warning or go. UPDATE_GOLDEN=1 rewrites the lists, keeping the reasons of
// errors that are still raised; new errors get an empty reason, which still fails until someone writes it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { Finding } from '../../../src/engine/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIRS = ['test/fixtures/seeds', 'test/fixtures/corpus', 'test/fixtures/budget'];
const DOCS = DIRS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface DefendedError {
  readonly key: string;
  readonly reason: string;
}

/** Identity of an error finding that survives unrelated edits of the document elsewhere. */
function errorKey(f: Finding): string {
  const loc = f.location;
  const where = loc ? (loc.code ?? (loc.label || (loc.lineNo != null ? `${loc.lineNo}行` : ''))) : String(f.params?.kind ?? '');
  const col = loc?.colNo != null ? `${loc.colNo}栏` : '';
  const sentence = f.params?.sentence ?? f.params?.quote;
  const quote = typeof sentence === 'string' ? ` «${sentence.replace(/\s+/g, '').slice(0, 40)}»` : '';
  return `${f.ruleId} ${f.code} ${f.table.replace(/@\d+$/, '')} ${where}${col} ${f.expected}|${f.actual}${quote}`.trim();
}

function errorsOf(file: string): string[] {
  const parsed = parseReportText(readFileSync(join(ROOT, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason.code}`);
  const keys = checkDocument(parsed.value).findings.filter((f) => f.severity === 'error').map(errorKey);
  return keys.sort();
}

test.each(DOCS)('%s: every error is listed with a reason it is real', (file) => {
  const keys = errorsOf(file);
  const path = join(import.meta.dirname, `${file.split('/').pop()!.replace(/\.txt$/, '')}.json`);
  const listed: DefendedError[] = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : [];
  if (UPDATE) {
    const reasons = new Map(listed.map((d) => [d.key, d.reason]));
    const next = keys.map((key) => ({ key, reason: reasons.get(key) ?? '' }));
    writeFileSync(path, `${JSON.stringify(next, null, 1)}\n`);
    listed.splice(0, listed.length, ...next);
  }
  expect(listed.map((d) => d.key)).toEqual(keys);
  expect(listed.filter((d) => d.reason.trim() === '').map((d) => d.key), 'errors without a defended reason').toEqual([]);
});
