// What counts as a report or a table, decided once for every input (paste, file, batch, CLI): a parsed document
// is accepted when it holds a recognised table, a table of its own with labelled rows and amounts, or report prose
// (a 决算/预算 heading, or report vocabulary with amounts). Anything else — garbage, a novel, a block of random
// numbers — is refused as `not_a_report`, never turned into findings. Pure.
import type { ParsedDocument, ParseProblem } from '../engine/document.ts';
import type { Table } from '../engine/table.ts';

export type NotReportReason = 'no_numbers' | 'numbers_only' | 'no_structure';

const HAN = /[\u4e00-\u9fff]/;
const HAN_G = /[\u4e00-\u9fff]/g;
/** words every 部门决算/部门预算 text uses; a novel may use one or two of them, a report uses many */
const VOCABULARY = /决算|预算|财政拨款|一般公共|政府性基金|国有资本经营|三公|基本支出|项目支出|结转|结余|万元|收入|支出|绩效|部门|单位/g;
const KEY_TERM = /决算|预算|财政拨款/;
const AMOUNT = /\d[\d,]*(?:\.\d+)?\s*(?:万元|元|%|％)/g;

function isNumeric(t: Table): boolean {
  return t.rows.some((r) => r.cells.some((c, i) => t.columns[i]?.role === 'amount' && (c.value.kind === 'number' || c.value.kind === 'percent')));
}

/**
 * A table of unknown kind counts when it has Chinese column headers (or a title) and at least two rows carrying a
 * Chinese label or a 科目 code — a list of 单位 is a table too, with no amounts — or amounts in labelled rows.
 */
function isLabelledTable(t: Table): boolean {
  const labelled = t.rows.filter((r) => (r.code !== null && r.code !== '') || HAN.test(r.label)).length;
  const headed = t.columns.some((c) => HAN.test(c.header)) || HAN.test(t.title);
  return headed ? labelled >= 2 || (labelled >= 1 && isNumeric(t)) : labelled >= 2 && isNumeric(t);
}

/** Tables a reviewer could check: recognised ones (even empty: “本表无数据” is checked) and labelled unknown ones. */
export function checkableTables(doc: ParsedDocument): Table[] {
  return doc.tables.filter((t) => t.kind !== 'unknown' || isLabelledTable(t));
}

function looksLikeReportProse(doc: ParsedDocument): boolean {
  if (doc.title !== null && KEY_TERM.test(doc.title)) return true;
  const text = doc.narrative.text;
  const terms = new Set(text.match(VOCABULARY) ?? []);
  if (terms.size < 4 || !KEY_TERM.test(text)) return false;
  return (text.match(AMOUNT) ?? []).length >= 1;
}

/** Why a parsed document is not a report or table, or null when it is one. */
export function whyNotAReport(doc: ParsedDocument): NotReportReason | null {
  if (checkableTables(doc).length > 0 || looksLikeReportProse(doc)) return null;
  const all = [doc.narrative.text, ...doc.tables.flatMap((t) => [t.title, ...t.rows.map((r) => `${r.label} ${r.cells.map((c) => c.text).join(' ')}`)])].join('\n');
  if (!/\d/.test(all)) return 'no_numbers';
  if ((all.match(HAN_G) ?? []).length < 2) return 'numbers_only';
  return 'no_structure';
}

/** The refusal, as the paste layer's failure reason. */
export function notAReport(why: NotReportReason): ParseProblem {
  return { code: 'not_a_report', severity: 'error', params: { why } };
}
