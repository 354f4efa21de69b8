// What the grid shows for a Table: cell texts as a string matrix, column headers with their 栏 number and
// row headers with the printed 行次. Header text comes from pasted content, and Handsontable renders
// headers as HTML, so it is escaped here.
import type { Table } from '../../engine/table.ts';

const WIDTH = { code: 96, label: 220, lineNo: 52, amount: 112, text: 140 } as const; // px

export function gridData(table: Table): string[][] {
  return table.rows.map((r) => r.cells.map((c) => c.text));
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function columnHeaders(table: Table): string[] {
  return table.columns.map((c) => {
    const head = escapeHtml(c.header || defaultHeader(c.role));
    return c.colNo !== null ? `${head}<br><span class="gj-colno">${c.colNo}栏</span>` : head;
  });
}

function defaultHeader(role: string): string {
  switch (role) {
    case 'code': return '科目编码';
    case 'label': return '项目';
    case 'lineNo': return '行次';
    default: return '';
  }
}

export function columnWidths(table: Table): number[] {
  return table.columns.map((c) => WIDTH[c.role]);
}

/** Row header: the printed 行次 when there is one, else the 1-based grid row. */
export function rowHeader(table: Table, row: number): string {
  const r = table.rows[row];
  return r?.lineNo != null ? String(r.lineNo) : String(row + 1);
}
