// Tables in `pdftotext -layout` text (the 上海 corpus shape): detection of the shape and the block
// parser the whole-report splitter calls for each table block (title line … line before the next title).
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import { prepareBlock, type PreparedBlock } from './block.ts';
import { markUnplaced } from '../unplaced-amounts.ts';
import { parseCodedBlock } from './coded.ts';
import { parseEconomicBlock } from './economic.ts';
import { lineFrags } from './frags.ts';
import { genericSpec } from './generic.ts';
import { KIND_SPECS } from './specs.ts';
import { parseTwoPaneBlock } from './two-pane.ts';
import { parseWideBlock } from './wide.ts';
import { parseBudgetCodedBlock } from './budget-coded.ts';
import { isBudgetKind } from '../../engine/table.ts';

export { KIND_SPECS } from './specs.ts';

/**
 * Layout text: no tabs, columns separated by runs of 3+ spaces, and amounts whose right ends recur at
 * the same character offsets on several lines.
 */
export function isLayoutText(lines: readonly SourceLine[]): boolean {
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  if (nonEmpty.length < 3 || nonEmpty.some((l) => l.text.includes('\t'))) return false;
  const gapped = nonEmpty.filter((l) => /\S {3,}\S/.test(l.text)).length;
  const ends = new Map<number, number>();
  let amounts = 0;
  for (const l of nonEmpty) {
    for (const f of lineFrags(l.text)) {
      if (f.kind !== 'amount') continue;
      amounts++;
      ends.set(f.x1, (ends.get(f.x1) ?? 0) + 1);
    }
  }
  const recurring = [...ends.values()].filter((n) => n >= 2).reduce((s, n) => s + n, 0);
  const aligned = amounts === 0 || recurring / amounts >= 0.5;
  return gapped / nonEmpty.length >= 0.3 && aligned;
}

/** Build the logical table of one layout-text block; problems carry source line numbers. */
export function parseLayoutBlock(
  lines: readonly SourceLine[], kind: TableKind, title: string,
): { table: Table; problems: ParseProblem[] } {
  const block = prepareBlock(lines, title);
  const amounts = block.body.flatMap((l) => l.frags.filter((f) => f.kind === 'amount').map((f) => f.text));
  return markUnplaced(parsePrepared(block, kind, title), amounts, { line: block.first, endLine: block.last, table: kind });
}

function parsePrepared(block: PreparedBlock, kind: TableKind, title: string): { table: Table; problems: ParseProblem[] } {
  if (isBudgetKind(kind)) {
    const budget = parseBudgetCodedBlock(kind, title, block);
    if (budget) return budget;
  }
  const spec = KIND_SPECS[kind];
  if (!spec) {
    const generic = genericSpec(block);
    return parseCodedBlock(kind, generic.spec, title, block, generic.centers);
  }
  switch (kind) {
    case 'T01':
    case 'T04':
      return parseTwoPaneBlock(kind, spec, title, block);
    case 'T06':
      return parseEconomicBlock(kind, spec, title, block);
    case 'T09':
      return parseWideBlock(kind, spec, title, block);
    default:
      return parseCodedBlock(kind, spec, title, block);
  }
}
