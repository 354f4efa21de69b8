// The annotated workbook: the findings list, one worksheet per recognised table with every flagged cell filled by
// severity and commented with its findings (and 核实说明 notes), and a 说明 sheet with the narrative, whose
// flagged sentences are marked the same way. exceljs is imported on demand to keep it out of the first bundle.
import type { ProblemsResult } from '../checks/problems/index.ts';
import type { Finding, ParsedDocument } from '../engine/index.ts';
import { label, type ReportLang } from './labels.ts';
import { problemsFor } from './problems.ts';
import { findingRecords, namesOf, NARRATIVE_TABLE } from './records.ts';
import { sheetNamer } from './xlsx-cells.ts';
import {
  annotateSpots, narrativeLineOf, tableSpot, writeFindingsSheet, writeNarrativeSheet, writeTableSheet, type SheetSpot,
} from './xlsx-sheets.ts';

export interface AnnotatedWorkbookOptions {
  readonly lang?: ReportLang;
  /** root-cause problems of exactly these findings (their ids fill the findings sheet's 问题编号) */
  readonly problems?: ProblemsResult;
}

export async function buildAnnotatedWorkbook(
  doc: ParsedDocument, findings: readonly Finding[], notes: Readonly<Record<string, string>> = {}, opts: AnnotatedWorkbookOptions = {},
): Promise<Uint8Array> {
  const lang = opts.lang ?? 'zh';
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gouji';
  if (doc.title) wb.title = doc.title;

  const findingsName = label(lang, 'findingsSheet');
  const narrativeName = label(lang, 'narrativeSheet');
  const nameSheet = sheetNamer([findingsName, narrativeName]);
  const findingsWs = wb.addWorksheet(findingsName);

  const names = namesOf(doc, lang);
  const tableSheets = new Map(doc.tables.map((t) => {
    const name = names.get(t.id) ?? t.title;
    const ws = wb.addWorksheet(nameSheet(name));
    writeTableSheet(ws, t, name);
    return [t.id, { ws, t }] as const;
  }));
  const narrativeWs = wb.addWorksheet(narrativeName);
  writeNarrativeSheet(narrativeWs, doc.narrative.text, doc.narrative.lineMap, lang);

  const records = findingRecords(doc, findings, notes, lang, problemsFor(doc, findings, opts.problems).problemOf);
  const spots = new Map<string, SheetSpot>();
  for (const r of records) {
    const f = r.finding;
    if (f.table === NARRATIVE_TABLE) {
      if (f.span) spots.set(r.key, { sheet: narrativeWs, row: narrativeLineOf(doc.narrative.text, f.span[0]) + 2, col: 2 });
      continue;
    }
    const loc = f.location;
    const home = loc ? tableSheets.get(loc.table) : undefined;
    const spot = loc && home ? tableSpot(home.ws, home.t, loc.row, loc.col) : null;
    if (spot) spots.set(r.key, spot);
  }
  writeFindingsSheet(findingsWs, records, spots, lang);
  annotateSpots(records, spots, lang);

  // node gives a Buffer (a Uint8Array), the browser an ArrayBuffer
  const out = (await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}
