// Every check the workbench runs on a document, in one call: rule packs and special checks
// (checkDocument), the 说明 checks and the 绩效 checks. Findings are de-duplicated by identity, so this
// stays correct if checkDocument later composes the narrative and 绩效 checks itself.
import type { ParsedDocument } from '../engine/document.ts';
import { findingKey, type Finding } from '../engine/finding.ts';
import { checkDocument } from '../checks/check-document.ts';
import { checkNarrative } from '../checks/narrative/index.ts';
import { checkPerformance } from '../checks/perf/index.ts';

/** Identity of a finding including its values: the same rule failing differently is another finding. */
export function findingSignature(f: Finding): string {
  return `${findingKey(f)}|${f.expected}|${f.actual}|${f.span ? f.span.join('-') : ''}`;
}

export function checkAll(doc: ParsedDocument): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...checkDocument(doc).findings, ...checkNarrative(doc), ...checkPerformance(doc)]) {
    const sig = findingSignature(f);
    if (seen.has(sig)) continue;
    seen.add(sig);
    out.push(f);
  }
  return out;
}

/** A document holding one table and no 说明: how a template or a single table is checked on its own. */
export function singleTableDocument(table: ParsedDocument['tables'][number]): ParsedDocument {
  return {
    title: null, department: null, year: table.year, unit: table.unit, tables: [table], problems: [],
    narrative: { text: '', lineMap: [] },
  };
}
