// 绩效 (performance) tables: 项目支出绩效自评表, 部门整体支出绩效评价表, 部门评价表, 自评情况汇总表.
// parsePerfBlock turns the lines of one table block into a Table whose rows keep their block
// (funds / goals / indicator / 总分 …) and carried-down 一级/二级 labels; the checks live in src/checks/perf.
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import { hasMarkup, splitCells } from './clean.ts';
import { buildTable } from './draft.ts';
import { isMetaLine } from './header.ts';
import { recognisePerfTitle } from './recognise.ts';
import { readSpaceRows } from './space-block.ts';
import { readSummaryRows } from './summary-block.ts';
import { readTabRows, type CellLine, type RowsOut } from './tab-block.ts';
import { pushAll } from '../../engine/arrays.ts';

export { recognisePerfHeader, recognisePerfTitle, projectNameOf, projectNameFromTitle, sameProject } from './recognise.ts';
export { parseGroupLabel, type GroupLabel } from './vocabulary.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

export function parsePerfBlock(
  lines: readonly SourceLine[], kind: TableKind, title: string,
): { table: Table; problems: ParseProblem[] } {
  const kindOf = kind === 'unknown' ? recognisePerfTitle(title) ?? 'P_PROJECT' : kind;
  const notes: string[] = [];
  const problems: ParseProblem[] = [];
  let year = /(\d{4})\s*年/.exec(title)?.[1] ?? null;
  const body: SourceLine[] = [];
  for (const l of lines) {
    const t = squash(l.text);
    if (body.length === 0 && (t === '' || t === squash(title) || recognisePerfTitle(l.text) === kindOf)) continue;
    if (body.length === 0 && isMetaLine(l.text)) {
      year ??= /(\d{4})/.exec(t)?.[1] ?? null;
      notes.push(l.text.trim());
      continue;
    }
    body.push(l);
  }
  const markup = body.filter((l) => hasMarkup(l.text));
  if (markup.length) {
    problems.push({ code: 'markup_removed', severity: 'info', line: markup[0]!.line, params: { lines: markup.length } });
  }

  const tabbed = body.some((l) => l.text.includes('\t'));
  const rows = tabbed ? readTabBody(body, kindOf) : readSpaceRows(body);
  pushAll(problems, rows.problems.map((p) => ({ ...p, table: `${kindOf}@${body[0]?.line ?? 0}` })));
  const first = lines[0]?.line ?? 0;
  const last = lines[lines.length - 1]?.line ?? first;
  const table = buildTable({
    id: `${kindOf}@${first}`,
    kind: kindOf,
    title: title.trim(),
    drafts: rows.drafts,
    headers: rows.headers,
    notes: [...notes, ...rows.notes].filter((n) => n !== ''),
    year: year === null ? null : Number(year),
    sourceLines: [first, last],
  });
  return { table, problems };
}

/** Tab lines are cells; prose lines without tabs inside a tab table are notes (说明：…). */
function readTabBody(body: readonly SourceLine[], kind: TableKind): RowsOut {
  const cellLines: CellLine[] = [];
  const notes: string[] = [];
  for (const l of body) {
    if (squash(l.text) === '') continue;
    if (!l.text.includes('\t')) {
      notes.push(l.text.trim());
      continue;
    }
    cellLines.push({ cells: splitCells(l.text).cells, line: l.line });
  }
  const out = kind === 'P_SUMMARY' ? readSummaryRows(cellLines) : readTabRows(cellLines);
  out.notes.push(...notes);
  return out;
}
