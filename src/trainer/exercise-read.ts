// Validating readers for the exercise file: each returns a well-typed value or records the JSON path of
// the first bad value in `reader.bad` (and returns a placeholder), so one pass reports one precise reason.
import type { ParsedDocument } from '../engine/document.ts';
import { colNo, TABLE_KIND_NAMES, type Cell, type Column, type ColumnRole, type Row, type RowFlag, type Table, type TableKind, type Unit } from '../engine/table.ts';
import { ERROR_KINDS, NARRATIVE_TABLE, type CellSpot, type ErrorKind, type InjectedError } from './exercise-types.ts';

export interface Reader {
  bad: string | null;
}

type Obj = Record<string, unknown>;
const ROLES: readonly ColumnRole[] = ['code', 'label', 'lineNo', 'amount', 'text'];
const FLAGS: readonly RowFlag[] = ['column_ambiguous', 'header', 'total', 'subtotal', 'note'];
const UNITS: readonly (Unit | null)[] = ['万元', '元', '亿元', null];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function fail<T>(r: Reader, path: string, fallback: T): T {
  r.bad ??= path;
  return fallback;
}

const str = (o: Obj, k: string, r: Reader, path: string) => (typeof o[k] === 'string' ? (o[k] as string) : fail(r, `${path}.${k}`, ''));
const strOrNull = (o: Obj, k: string, r: Reader, path: string) =>
  o[k] === null || typeof o[k] === 'string' ? (o[k] as string | null) : fail(r, `${path}.${k}`, null);
const intOrNull = (o: Obj, k: string, r: Reader, path: string) =>
  o[k] === null || isInt(o[k]) ? (o[k] as number | null) : fail(r, `${path}.${k}`, null);

function readColumn(v: unknown, r: Reader, path: string): Column {
  if (!isObj(v)) return fail(r, path, { key: '', colNo: null, header: '', role: 'text' });
  const role = ROLES.includes(v['role'] as ColumnRole) ? (v['role'] as ColumnRole) : fail<ColumnRole>(r, `${path}.role`, 'text');
  const n = intOrNull(v, 'colNo', r, path);
  return {
    key: str(v, 'key', r, path), colNo: n === null ? null : colNo(n), header: str(v, 'header', r, path), role,
    ...(v['pane'] === undefined ? {} : { pane: isInt(v['pane']) ? v['pane'] : fail(r, `${path}.pane`, 0) }),
  };
}

function readRow(v: unknown, width: number, r: Reader, path: string, cell: (t: string) => Cell): Row {
  if (!isObj(v)) return fail(r, path, { code: null, label: '', lineNo: null, cells: [] });
  const texts = isStrings(v['cells']) && v['cells'].length === width ? v['cells'] : fail<string[]>(r, `${path}.cells`, []);
  const flags = v['flags'];
  return {
    code: strOrNull(v, 'code', r, path), label: str(v, 'label', r, path), lineNo: intOrNull(v, 'lineNo', r, path),
    cells: texts.map(cell),
    ...(flags === undefined ? {} : { flags: isStrings(flags) && flags.every((f) => FLAGS.includes(f as RowFlag)) ? (flags as RowFlag[]) : fail(r, `${path}.flags`, []) }),
    ...(v['pane'] === undefined ? {} : { pane: isInt(v['pane']) ? v['pane'] : fail(r, `${path}.pane`, 0) }),
    ...(v['block'] === undefined ? {} : { block: str(v, 'block', r, path) }),
    ...(v['group'] === undefined ? {} : { group: isStrings(v['group']) ? v['group'] : fail(r, `${path}.group`, []) }),
    ...(v['sourceLine'] === undefined ? {} : { sourceLine: isInt(v['sourceLine']) ? v['sourceLine'] : fail(r, `${path}.sourceLine`, 0) }),
  };
}

function readTable(v: unknown, r: Reader, path: string, cell: (t: string) => Cell): Table | null {
  if (!isObj(v) || !Array.isArray(v['columns']) || !Array.isArray(v['rows'])) return fail(r, path, null);
  const kind = v['kind'] as TableKind;
  const columns = v['columns'].map((c, i) => readColumn(c, r, `${path}.columns[${i}]`));
  return {
    id: str(v, 'id', r, path), kind: kind in TABLE_KIND_NAMES ? kind : fail<TableKind>(r, `${path}.kind`, 'unknown'),
    layout: strOrNull(v, 'layout', r, path), title: str(v, 'title', r, path),
    unit: UNITS.includes(v['unit'] as Unit) ? (v['unit'] as Unit | null) : fail(r, `${path}.unit`, null),
    year: intOrNull(v, 'year', r, path), department: strOrNull(v, 'department', r, path), columns,
    rows: v['rows'].map((x, i) => readRow(x, columns.length, r, `${path}.rows[${i}]`, cell)),
    notes: isStrings(v['notes']) ? v['notes'] : fail(r, `${path}.notes`, []),
  };
}

export function readDocument(v: unknown, r: Reader, cell: (t: string) => Cell): ParsedDocument | null {
  if (!isObj(v) || !Array.isArray(v['tables']) || !isObj(v['narrative'])) return fail(r, 'document', null);
  const n = v['narrative'];
  const text = typeof n['text'] === 'string' ? n['text'] : fail(r, 'document.narrative.text', '');
  const lineMap = Array.isArray(n['lineMap']) && n['lineMap'].every(isInt) ? (n['lineMap'] as number[]) : fail<number[]>(r, 'document.narrative.lineMap', []);
  const tables = v['tables'].map((t, i) => readTable(t, r, `document.tables[${i}]`, cell));
  if (tables.some((t) => t === null)) return null;
  const ids = new Set(tables.map((t) => t!.id));
  if (ids.size !== tables.length) return fail(r, 'document.tables', null);
  return {
    title: strOrNull(v, 'title', r, 'document'), department: strOrNull(v, 'department', r, 'document'),
    year: intOrNull(v, 'year', r, 'document'),
    unit: UNITS.includes(v['unit'] as Unit) ? (v['unit'] as Unit | null) : fail(r, 'document.unit', null),
    tables: tables as Table[], narrative: { text, lineMap }, problems: [],
  };
}

const isSpan = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && isInt(v[0]) && isInt(v[1]) && v[0] <= v[1];

function readSpot(v: unknown, doc: ParsedDocument, r: Reader, path: string): CellSpot {
  const known = (id: unknown) => id === NARRATIVE_TABLE || doc.tables.some((t) => t.id === id);
  if (!isObj(v) || !known(v['table']) || !isInt(v['row']) || !isInt(v['col'])) return fail(r, path, { table: '', row: -1, col: -1 });
  return { table: v['table'] as string, row: v['row'], col: v['col'] };
}

function readOne(v: unknown, doc: ParsedDocument, r: Reader, path: string): InjectedError | null {
  if (!isObj(v)) return fail(r, path, null);
  const kind = ERROR_KINDS.includes(v['kind'] as ErrorKind) ? (v['kind'] as ErrorKind) : fail<ErrorKind>(r, `${path}.kind`, 'transposed_digits');
  const table = str(v, 'table', r, path);
  if (table !== NARRATIVE_TABLE && !doc.tables.some((t) => t.id === table)) return fail(r, `${path}.table`, null);
  const spans = Array.isArray(v['spans']) && v['spans'].every(isSpan) ? (v['spans'] as [number, number][]) : fail(r, `${path}.spans`, []);
  return {
    kind, table,
    row: isInt(v['row']) ? v['row'] : fail(r, `${path}.row`, -1), col: isInt(v['col']) ? v['col'] : fail(r, `${path}.col`, -1),
    before: str(v, 'before', r, path), after: str(v, 'after', r, path),
    ...(v['span'] === undefined ? {} : { span: isSpan(v['span']) ? v['span'] : fail<[number, number]>(r, `${path}.span`, [0, 0]) }),
    cells: Array.isArray(v['cells']) ? v['cells'].map((c, i) => readSpot(c, doc, r, `${path}.cells[${i}]`)) : fail(r, `${path}.cells`, []),
    spans,
    findings: isStrings(v['findings']) ? v['findings'] : fail(r, `${path}.findings`, []),
  };
}

export function readInjected(v: unknown, doc: ParsedDocument, r: Reader): InjectedError[] {
  if (!Array.isArray(v)) return fail(r, 'injected', []);
  return v.map((x, i) => readOne(x, doc, r, `injected[${i}]`)).filter((x): x is InjectedError => x !== null);
}
