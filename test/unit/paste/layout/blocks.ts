// Test helper: cut a corpus document into table blocks by title (title line … line before the next
// title, the last one up to 第三部分), the way the whole-report splitter hands them to the parser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TableKind } from '../../../../src/engine/table.ts';
import { toSourceLines, type SourceLine } from '../../../../src/paste/source-line.ts';

export const CORPUS_TITLES: readonly (readonly [TableKind, string])[] = [
  ['T01', '收入支出决算总表'],
  ['T02', '收入决算表'],
  ['T03', '支出决算表'],
  ['T04', '财政拨款收入支出决算总表'],
  ['T05', '一般公共预算财政拨款支出决算表'],
  ['T06', '一般公共预算财政拨款基本支出决算表'],
  ['T09', '财政拨款“三公”经费支出决算表'],
  ['T07', '政府性基金预算财政拨款收入支出决算表'],
  ['T08', '国有资本经营预算财政拨款收入支出决算表'],
];

export function corpusLines(name: string): SourceLine[] {
  const url = new URL(`../../../fixtures/corpus/${name}.txt`, import.meta.url);
  return toSourceLines(readFileSync(fileURLToPath(url), 'utf8'));
}

export interface Block {
  readonly kind: TableKind;
  readonly title: string;
  readonly lines: SourceLine[];
}

const compact = (s: string) => s.replace(/[\s\f]+/g, '');

export function corpusBlocks(name: string): Block[] {
  const lines = corpusLines(name);
  const starts: { at: number; kind: TableKind; title: string }[] = [];
  lines.forEach((l, at) => {
    const hit = CORPUS_TITLES.find(([, t]) => compact(l.text) === t);
    if (hit) starts.push({ at, kind: hit[0], title: hit[1] });
  });
  return starts.map((s, i) => {
    let end = starts[i + 1]?.at ?? lines.length;
    const part3 = lines.findIndex((l, j) => j > s.at && j < end && /^第三部分/.test(compact(l.text)));
    if (part3 >= 0) end = part3;
    return { kind: s.kind, title: s.title, lines: lines.slice(s.at, end) };
  });
}

export function corpusBlock(name: string, kind: TableKind): Block {
  const b = corpusBlocks(name).find((x) => x.kind === kind);
  if (!b) throw new Error(`no ${kind} in ${name}`);
  return b;
}
