// Clipboard text/html (Excel, WPS, Word, web pages) and .html files → raw grids plus the prose around them.
// htmlparser2 only tokenises: nothing is rendered, no script or handler runs, no image/stylesheet is fetched.
// What a browser would have executed or loaded is counted and reported as `html_stripped`.
import { Parser } from 'htmlparser2';
import type { ParseProblem, ParseResult } from '../../engine/document.ts';
import { GridBuilder, SlotBudget } from './span-grid.ts';

export interface HtmlTable {
  readonly rows: string[][];
  /** text lines between the previous table (or the start) and this one: title, unit, department */
  readonly before: readonly string[];
}

export interface HtmlContent {
  readonly tables: HtmlTable[];
  /** every text line outside the data tables, in document order */
  readonly narrative: string[];
}

const SKIPPED = new Set(['script', 'style', 'head', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'xml', 'select', 'textarea']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'blockquote', 'pre', 'caption', 'dt', 'dd', 'hr', 'ul', 'ol']);
const REMOTE_ATTRS = new Set(['src', 'href', 'srcset', 'background', 'poster', 'data', 'action', 'formaction', 'xlink:href']);

function cleanSpaces(s: string): string {
  // zero-width spaces/joiners from web pages would turn "&#8203;0.50" into text instead of an amount
  return s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[ \t\r\n\f\u00a0]+/g, ' ');
}

interface TableCtx {
  builder: GridBuilder;
  cell: string | null;
  cellSpan: { rowspan: number; colspan: number };
}

/** Parses HTML given in one piece. */
export function parseHtmlTables(html: string): ParseResult<HtmlContent> {
  const reader = htmlTableReader();
  reader.write(html);
  return reader.finish();
}

export interface HtmlTableReader {
  /** feeds the next piece of the HTML (pieces may split tags, entities and characters anywhere) */
  write(chunk: string): void;
  finish(): ParseResult<HtmlContent>;
}

/** A streaming reader, so a big paste can be fed in chunks with progress and cancellation between them. */
export function htmlTableReader(): HtmlTableReader {
  const tables: HtmlTable[] = [];
  const narrative: string[] = [];
  let pendingBefore: string[] = [];
  let line = '';
  const stack: TableCtx[] = [];
  let skipDepth = 0;
  const stripped = { scripts: 0, handlers: 0, remote: 0 };
  const budget = new SlotBudget();

  const flushLine = () => {
    const t = line.replace(/^[ \u3000]+|[ \u3000]+$/g, '');
    if (t !== '') { narrative.push(t); pendingBefore.push(t); }
    line = '';
  };
  const top = () => stack[stack.length - 1];

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        for (const key of Object.keys(attribs)) {
          if (key.startsWith('on')) stripped.handlers++;
          else if (REMOTE_ATTRS.has(key) && /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(attribs[key] ?? '') && !/^\s*#/.test(attribs[key] ?? '')) stripped.remote++;
        }
        if (skipDepth > 0 || SKIPPED.has(name)) {
          if (name === 'script' || name === 'iframe' || name === 'object' || name === 'embed') stripped.scripts++;
          if (SKIPPED.has(name)) skipDepth++;
          return;
        }
        const ctx = top();
        if (name === 'table') {
          if (ctx?.cell === null || ctx === undefined) flushLine();
          stack.push({ builder: new GridBuilder(budget), cell: null, cellSpan: { rowspan: 1, colspan: 1 } });
          return;
        }
        if (ctx) {
          if (name === 'tr') { ctx.builder.startRow(); return; }
          if (name === 'td' || name === 'th') {
            ctx.cell = '';
            ctx.cellSpan = { rowspan: spanOf(attribs['rowspan']), colspan: spanOf(attribs['colspan']) };
            return;
          }
          if (ctx.cell !== null && (name === 'br' || name === 'p' || name === 'div' || name === 'li')) { ctx.cell += '\n'; return; }
          return;
        }
        if (BLOCK.has(name)) flushLine();
      },
      ontext(data) {
        if (skipDepth > 0) return;
        const ctx = top();
        if (ctx) { if (ctx.cell !== null) ctx.cell += cleanSpaces(data); return; }
        line += cleanSpaces(data);
      },
      onclosetag(name) {
        if (skipDepth > 0) { if (SKIPPED.has(name)) skipDepth--; return; }
        const ctx = top();
        if (name === 'table' && ctx) {
          stack.pop();
          const rows = ctx.builder.finish();
          const outer = top();
          if (isDataTable(rows)) {
            tables.push({ rows, before: pendingBefore });
            pendingBefore = [];
          } else {
            // layout tables and one-column boxes hold prose, not data
            const text = rows.flat().join('\n');
            if (outer?.cell != null) outer.cell += text;
            else for (const t of text.split('\n')) { line = t; flushLine(); }
          }
          return;
        }
        if (ctx) {
          if ((name === 'td' || name === 'th') && ctx.cell !== null) {
            ctx.builder.addCell(ctx.cell, ctx.cellSpan.rowspan, ctx.cellSpan.colspan);
            ctx.cell = null;
          } else if (name === 'p' || name === 'div') {
            if (ctx.cell !== null) ctx.cell += '\n';
          }
          return;
        }
        if (BLOCK.has(name)) flushLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  return { write: (chunk) => parser.write(chunk), finish: () => { parser.end(); return finish(); } };

  function finish(): ParseResult<HtmlContent> {
    while (stack.length > 0) {
      const ctx = stack.pop()!;
      const rows = ctx.builder.finish();
      if (isDataTable(rows)) tables.push({ rows, before: pendingBefore });
    }
    flushLine();
    if (budget.exceeded > 0) {
      return { ok: false, reason: { code: 'too_large', severity: 'error', params: { limit: 'html_cells', value: budget.exceeded, max: budget.max } } };
    }

    const problems: ParseProblem[] = [];
    const total = stripped.scripts + stripped.handlers + stripped.remote;
    if (total > 0) problems.push({ code: 'html_stripped', severity: 'info', params: { ...stripped } });
    if (tables.length === 0 && narrative.length === 0) return { ok: false, reason: { code: 'empty_input', severity: 'error' } };
    return { ok: true, value: { tables, narrative }, problems };
  }
}

function spanOf(v: string | undefined): number {
  if (!v || !/^\s*\d{1,4}\s*$/.test(v)) return 1;
  const n = parseInt(v, 10); // a small integer attribute, not an amount
  return n >= 1 ? Math.min(n, 1000) : 1;
}

function isDataTable(rows: string[][]): boolean {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return rows.length >= 1 && width >= 2;
}
