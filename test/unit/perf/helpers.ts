// Test helpers: cut the 绩效 blocks out of a seed document (a title line up to the end of its rows) and
// build a ParsedDocument of them plus the remaining prose as narrative — until the report splitter lands.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { makeCell, type Row, type Table, type TableKind } from '../../../src/engine/table.ts';
import { parsePerfBlock, recognisePerfHeader, recognisePerfTitle } from '../../../src/paste/perf/index.ts';
import { toSourceLines, type SourceLine } from '../../../src/paste/source-line.ts';

export function readSeed(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/seeds/${name}`, import.meta.url)), 'utf8');
}

export const SEED_000 = '000_6e1f5d09d8ef42dd.txt';
export const SEED_001 = '001_c1aab3eb9d979e5d.txt';
export const SEED_002 = '002_46e3d4cd55e5664f.txt';
export const SEED_004 = '004_1f8c90973b37444e.txt';

export interface Block {
  readonly kind: TableKind;
  readonly title: string;
  readonly lines: SourceLine[];
}

const isMeta = (t: string) => /^[（(]?\s*\d{4}\s*年度?\s*[)）]?$|^(单位|主管部门)[:：]|^附\s*表$/.test(t.trim());

function titleKind(l: SourceLine): TableKind | null {
  if (l.text.includes('\t')) return recognisePerfHeader(l.text.split('\t').map((c) => c.trim()));
  return recognisePerfTitle(l.text);
}

/** Blocks start at a 绩效 title (or an untitled summary header) and end at the first prose line after their rows. */
export function cutPerfBlocks(text: string): Block[] {
  const lines = toSourceLines(text);
  const blocks: Block[] = [];
  let cur: { kind: TableKind; title: string; lines: SourceLine[]; rows: number } | null = null;
  const close = () => {
    if (cur && cur.rows > 0) blocks.push({ kind: cur.kind, title: cur.title, lines: cur.lines });
    cur = null;
  };
  for (const l of lines) {
    const t = l.text.trim();
    const kind = titleKind(l);
    if (kind) {
      // a header row right under its own title continues that block
      if (cur && (cur as { rows: number }).rows === 0 && l.text.includes('\t')) {
        (cur as { lines: SourceLine[]; rows: number }).lines.push(l);
        (cur as { rows: number }).rows++;
        continue;
      }
      close();
      const untitled = l.text.includes('\t');
      cur = { kind, title: untitled ? '' : t, lines: [l], rows: untitled ? 1 : 0 };
      continue;
    }
    if (!cur) continue;
    const c: { kind: TableKind; title: string; lines: SourceLine[]; rows: number } = cur;
    const tabbed = l.text.includes('\t');
    if (t === '' || isMeta(t)) { c.lines.push(l); continue; }
    if (tabbed) { c.lines.push(l); c.rows++; continue; }
    // space-separated tables end at their 总分 line; tab tables at the first prose line
    const spaceTable = !lines.slice(c.lines[0]!.line, c.lines[0]!.line + 12).some((x) => x.text.includes('\t'));
    if (spaceTable) {
      c.lines.push(l);
      c.rows++;
      if (/^总分/.test(t)) close();
      continue;
    }
    close();
  }
  close();
  // trailing blank lines belong to the prose
  return blocks.map((b) => {
    let end = b.lines.length;
    while (end > 1 && b.lines[end - 1]!.text.trim() === '') end--;
    return { ...b, lines: b.lines.slice(0, end) };
  });
}

/** Every 绩效 block parsed, the other lines as narrative (with their source line numbers). */
export function perfDocument(text: string): ParsedDocument {
  const blocks = cutPerfBlocks(text);
  const inBlock = new Set(blocks.flatMap((b) => b.lines.map((l) => l.line)));
  const prose = toSourceLines(text).filter((l) => !inBlock.has(l.line));
  const tables = blocks.map((b) => parsePerfBlock(b.lines, b.kind, b.title).table);
  return {
    title: null, department: null, year: null, unit: '万元', tables, problems: [],
    narrative: { text: prose.map((l) => l.text).join('\n'), lineMap: prose.map((l) => l.line) },
  };
}

export function tablesOf(doc: ParsedDocument, kind: TableKind): Table[] {
  return doc.tables.filter((t) => t.kind === kind);
}

export function cellText(table: Table, row: Row, key: string): string {
  const i = table.columns.findIndex((c) => c.key === key);
  return i < 0 ? '' : row.cells[i]?.text ?? '';
}

/** A copy of the document with one cell's text replaced (mutation tests). */
export function withCell(doc: ParsedDocument, tableId: string, line: number, key: string, text: string): ParsedDocument {
  if (!doc.tables.some((t) => t.id === tableId)) throw new Error(`no table ${tableId}`);
  const tables = doc.tables.map((t) => {
    if (t.id !== tableId) return t;
    const col = t.columns.findIndex((c) => c.key === key);
    if (col < 0) throw new Error(`no column ${key} in ${tableId}`);
    let hit = false;
    const rows = t.rows.map((r) => {
      if (r.sourceLine !== line || hit) return r;
      hit = true;
      const cells = r.cells.map((c, i) => (i === col ? makeCell(text) : c));
      return { ...r, cells };
    });
    if (!hit) throw new Error(`no row at line ${line} in ${tableId}`);
    return { ...t, rows };
  });
  return { ...doc, tables };
}
