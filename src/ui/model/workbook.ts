// Whole-workbook edits: a pasted report replaces the workbook, a pasted single table joins it (with a
// fresh id if its id is taken), and one table is swapped for its edited copy. Pure data in, data out.
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';

export const EMPTY_DOC: ParsedDocument = Object.freeze({
  title: null, department: null, year: null, unit: null, tables: [], narrative: { text: '', lineMap: [] }, problems: [],
});

/**
 * Whether a paste should replace the workbook rather than join it: the untouched sample and empty
 * workbooks are replaced, and so is anything bringing more than one table (a whole report).
 */
export function shouldReplace(current: ParsedDocument, incoming: ParsedDocument, currentIsSample: boolean): boolean {
  return currentIsSample || current.tables.length === 0 || incoming.tables.length > 1;
}

/** Appends the incoming tables (renamed on id clashes) and narrative to the current workbook. */
export function appendDocument(current: ParsedDocument, incoming: ParsedDocument): { doc: ParsedDocument; added: string[] } {
  const taken = new Set(current.tables.map((t) => t.id));
  const tables = current.tables.slice();
  const added: string[] = [];
  for (const t of incoming.tables) {
    let id = t.id;
    for (let n = 2; taken.has(id); n++) id = `${t.id}-${n}`;
    taken.add(id);
    tables.push(id === t.id ? t : { ...t, id });
    added.push(id);
  }
  const text = [current.narrative.text, incoming.narrative.text].filter((s) => s.trim() !== '').join('\n\n');
  const narrative = incoming.narrative.text.trim() === '' ? current.narrative : { text, lineMap: text.split('\n').map(() => 0) };
  return { doc: { ...current, tables, narrative, problems: [...current.problems, ...incoming.problems] }, added };
}

export function withTable(doc: ParsedDocument, table: Table): ParsedDocument {
  return { ...doc, tables: doc.tables.map((t) => (t.id === table.id ? table : t)) };
}

export function withAddedTable(doc: ParsedDocument, table: Table): ParsedDocument {
  return { ...doc, tables: [...doc.tables, table] };
}

export function tableById(doc: ParsedDocument, id: string): Table | undefined {
  return doc.tables.find((t) => t.id === id);
}
