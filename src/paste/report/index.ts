// Whole-report text (PDF text copied with tabs or spaces, or `pdftotext -layout` output) → ParsedDocument:
// every line ends in a table (row, header line or note), in the narrative (with its source line), or in a problem.
// Works line by line with bounded look-ahead; reports progress and can be cancelled.
import type { Narrative, ParsedDocument, ParseProblem, ParseResult } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import { parseBlock, type Block } from './block.ts';
import { detectLayoutText } from './delegates.ts';
import { LineReader } from './line-reader.ts';
import { departmentOfBudgetTotal, departmentOfPartOne, documentMeta, findDocumentHeading, yearOfPartHeadings, type Meta } from './meta.ts';
import { printedNumberOf } from './printed-number.ts';
import { splitReport } from './split.ts';
import { withInferredYear, yearOfTableTitles } from './year.ts';
import { pushAll } from '../../engine/arrays.ts';
import { joinContinuedProcurement } from '../layout/budget-procurement.ts';
import { toColumnar } from '../../engine/columnar/index.ts';

export { recogniseKind, normaliseTitle, titleOfLine } from './recognise.ts';

export interface ReportOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** lines already cut and positioned (a PDF); `text` is then their joined text */
  lines?: readonly SourceLine[];
  /** keep each table in columnar form as soon as it is read (default true; the PDF reader converts after adding pages) */
  columnar?: boolean;
}

const SAMPLE_LINES = 400;

/** The last non-blank narrative line, with its source line number. */
function lastNonBlank(lines: readonly string[], lineMap: readonly number[]): SourceLine | null {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 8; i--) if (lines[i]!.trim() !== '') return { text: lines[i]!, line: lineMap[i]! };
  return null;
}

/** The non-blank line printed just above a block (blank lines between allowed): narrative or the previous block's tail. */
function lineAbove(block: Block, narrative: SourceLine | null, prevTail: SourceLine | null): string | null {
  const first = block.lines[0]?.line ?? 0;
  const near = [narrative, prevTail].filter((l): l is SourceLine => l !== null && l.line < first && first - l.line <= 5)
    .sort((a, b) => b.line - a.line);
  return near[0]?.text ?? null;
}

function sampleLines(text: string): SourceLine[] {
  const reader = new LineReader(text);
  const out: SourceLine[] = [];
  for (let l = reader.next(); l && out.length < SAMPLE_LINES; l = reader.next()) out.push(l);
  return out;
}

const HEADING_LINES = 40;

/** The report's own heading (title, department, year), if the first lines print one. */
function headingOf(sample: readonly SourceLine[]): { meta: Meta | null; title: string | null } {
  const h = findDocumentHeading(sample.slice(0, HEADING_LINES).map((l) => l.text));
  return h ? { meta: { unit: null, year: h.year, department: h.department }, title: h.title } : { meta: null, title: null };
}

export function parseReportText(raw: string, opts: ReportOptions = {}): ParseResult<ParsedDocument> {
  // a no-break space (text copied from a web page or some PDF viewers) is a space: one for one, so every offset
  // into the text stays valid
  const text = opts.lines === undefined && raw.includes('\u00a0') ? raw.replace(/\u00a0/g, ' ') : raw;
  if (text.trim() === '') return { ok: false, reason: { code: 'empty_input', severity: 'error' } };
  const cancelled = (): ParseResult<ParsedDocument> => ({ ok: false, reason: { code: 'cancelled', severity: 'info' } });
  if (opts.signal?.aborted) return cancelled();
  const sample = sampleLines(text);
  const layoutText = opts.lines !== undefined || detectLayoutText(sample);
  const reader = new LineReader(text, opts.lines);
  const tables: Table[] = [];
  const problems: ParseProblem[] = [];
  const narrLines: string[] = [];
  const lineMap: number[] = [];
  const counts = new Map<string, number>();
  let prevTail: SourceLine | null = null;

  const finished = splitReport(reader, {
    narrative(line) { narrLines.push(line.text); lineMap.push(line.line); },
    takeBack(pred) {
      let i = narrLines.length - 1;
      while (i >= 0 && narrLines[i]!.trim() === '') i--;
      if (i < 0 || !pred({ text: narrLines[i]!, line: lineMap[i]! })) return null;
      const texts = narrLines.splice(i);
      const nums = lineMap.splice(i);
      return texts.map((text, k) => ({ text, line: nums[k]! }));
    },
    block(block: Block) {
      const parsed = parseBlock(block, tables, layoutText);
      const p = parsed.problems;
      const joined = joinContinuedProcurement(tables[tables.length - 1], parsed.table);
      if (joined) {
        tables[tables.length - 1] = joined;
        pushAll(problems, p.map((x) => ({ ...x, table: joined.id })));
        prevTail = block.lines[block.lines.length - 1] ?? null;
        return;
      }
      const above = lineAbove(block, lastNonBlank(narrLines, lineMap), prevTail);
      prevTail = block.lines[block.lines.length - 1] ?? null;
      const printedNo = printedNumberOf(block.title, block.lines.map((l) => l.text), above);
      const table = printedNo ? { ...parsed.table, printedNo } : parsed.table;
      const n = (counts.get(table.kind) ?? 0) + 1;
      counts.set(table.kind, n);
      // held by column from here on: the block's Cell objects are dropped before the next block is read
      tables.push(opts.columnar === false ? table : toColumnar(table).table);
      pushAll(problems, p);
      if (table.kind === 'unknown' && block.title !== '') {
        problems.push({ code: 'unknown_table_kind', severity: 'warning', line: block.lines[0]?.line, table: table.id,
          params: { title: block.title } });
      }
    },
    tick() {
      opts.onProgress?.(reader.offset, reader.length);
      return !opts.signal?.aborted;
    },
  });
  if (!finished || opts.signal?.aborted) return cancelled();
  opts.onProgress?.(text.length, text.length);

  const narrative: Narrative = { text: narrLines.join('\n'), lineMap };
  const heading = headingOf(sample);
  const { meta, problems: docProblems } = documentMeta(heading.meta, tables);
  // no heading and no table says it: the part headings (“第一部分 XX概况”, “第二部分 2021 年度…”)
  const lines = sample.map((l) => l.text);
  const doc: ParsedDocument = {
    title: heading.title,
    department: meta.department ?? departmentOfPartOne(lines) ?? departmentOfBudgetTotal(narrative.text),
    year: meta.year ?? yearOfPartHeadings(lines),
    unit: meta.unit,
    tables,
    narrative,
    problems: [...problems, ...docProblems],
  };
  // a tables file without a heading: the year its tables' titles print (“2019年政府采购预算表”)
  const dated = withInferredYear(doc, yearOfTableTitles(tables), 'table_title');
  return { ok: true, value: dated, problems: dated.problems };
}
