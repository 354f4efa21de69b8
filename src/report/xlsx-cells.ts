// How one value goes into a worksheet cell: amounts as numbers with their printed decimals, percentages as
// fractions with a % format, everything else as a plain string formatted as Text. Nothing is ever written as a
// formula: a text starting with =, +, -, @ stays a string (Text format keeps it one even when edited in Excel).
import type { Cell as XlsxCell } from 'exceljs';
import { Decimal, type CellValue, type Severity } from '../engine/index.ts';

/** ARGB fills of flagged cells, by severity (light red / amber / blue, as Excel's own conditional styles). */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

export const TEXT_FORMAT = '@';
/** the engine's decimal strings: "-0.01", "14695.48" */
const DECIMAL_STRING = /^-?\d+(?:\.\d+)?$/;

function decimalsFormat(decimals: number, percent: boolean): string {
  const frac = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return percent ? `0${frac}%` : `#,##0${frac}`;
}

/** C0 controls other than tab, LF and CR are not allowed in XML (e.g. the form feeds of pdftotext pages). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function writeText(cell: XlsxCell, text: string): void {
  const clean = text.replace(XML_INVALID, '');
  if (clean === '') return;
  cell.value = clean;
  cell.numFmt = TEXT_FORMAT;
}

/** A table cell: the parsed value decides number or text; the printed decimals decide the format. */
export function writeTableCell(cell: XlsxCell, text: string, value: CellValue, numeric: boolean): void {
  if (numeric && value.kind === 'number') {
    // an xlsx stores IEEE doubles: this is the one place an amount leaves Decimal, for the spreadsheet's sake
    cell.value = value.value.toNumber();
    cell.numFmt = decimalsFormat(value.decimals, false);
    return;
  }
  if (numeric && value.kind === 'percent') {
    cell.value = value.value.div(100).toNumber();
    cell.numFmt = decimalsFormat(value.decimals, true);
    return;
  }
  writeText(cell, text);
}

/** A decimal string from a finding (expected, difference…): a number when strictly numeric, else text. */
export function writeDecimalString(cell: XlsxCell, text: string): void {
  if (DECIMAL_STRING.test(text)) {
    const d = new Decimal(text);
    cell.value = d.toNumber();
    cell.numFmt = decimalsFormat(d.decimalPlaces(), false);
    return;
  }
  writeText(cell, text);
}

export function fillCell(cell: XlsxCell, severity: Severity): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[severity] } };
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique case-insensitively. */
export function sheetNamer(reserved: readonly string[]): (wanted: string) => string {
  const used = new Set(reserved.map((n) => n.toLowerCase()));
  return (wanted) => {
    const base = (wanted.replace(/[:\\/?*[\]]/g, '_').replace(/^'|'$/g, '').trim() || 'Sheet').slice(0, 28);
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} ${i}`.slice(0, 31);
    used.add(name.toLowerCase());
    return name;
  };
}
