// N-EMPTY: the 基金 (八) and 国资 (九) sections of the 说明 say “本部门无政府性基金/国有资本经营预算财政拨款…”
// exactly when the table (T07/T08, else the fund's column of T04) has no data (domain §1.7–§1.8, §3).
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import type { Emit } from './emit.ts';
import { bySeverity, type PreparedNarrative } from './model.ts';
import { sectionSentences } from './segment.ts';

interface Fund {
  readonly kind: 'T07' | 'T08';
  readonly name: string;
  /** the fund's 栏 in T04 (c4 政府性基金, c5 国有资本经营) */
  readonly t04Col: number;
}

const FUNDS: readonly Fund[] = [
  { kind: 'T07', name: '政府性基金', t04Col: 4 },
  { kind: 'T08', name: '国有资本经营', t04Col: 5 },
];

const statementRe = (name: string) =>
  new RegExp(`(?:无|没有(?:使用)?)${name}预算财政拨款(?:收入(?:和|、|及)?支出|收入|支出|安排的支出)`);

/** Does any amount cell of these rows hold a non-zero number? */
function hasData(t: Table, col?: number): boolean {
  return t.rows.some((r) => !r.flags?.includes('header') && r.cells.some((c, j) => {
    const column = t.columns[j]!;
    return column.role === 'amount' && (col === undefined || column.colNo === col)
      && c.value.kind === 'number' && !c.value.value.isZero();
  }));
}

/** true = the fund has data, false = none, null = no table says; 'position' when only T04's fund column (found by
 *  its 栏 number, which differs between layouts) says. */
function fundHasData(doc: ParsedDocument, f: Fund): { data: boolean; binding: 'label' | 'position' } | null {
  const own = doc.tables.filter((t) => t.kind === f.kind);
  if (own.length > 0) return { data: own.some((t) => hasData(t)), binding: 'label' };
  const t04 = doc.tables.filter((t) => t.kind === 'T04');
  return t04.length > 0 ? { data: t04.some((t) => hasData(t, f.t04Col)), binding: 'position' } : null;
}

export function checkEmptyStatements(doc: ParsedDocument, p: PreparedNarrative, emit: Emit): void {
  for (const f of FUNDS) {
    // the last section of that title: the 目录 lists the same heading with nothing under it
    const section = [...p.sections].reverse().find((s) => new RegExp(`${f.name}预算财政拨款.*决算情况`).test(s.title));
    if (!section) continue;
    const fund = fundHasData(doc, f);
    if (fund === null) continue;
    const { data, binding } = fund;
    const severity = bySeverity('error', binding);
    const sentences = sectionSentences(p, section.index);
    const re = statementRe(f.name);
    const stated = sentences.find((s) => re.test(s.text.replace(/\s/g, '')));
    if (data && stated) {
      emit(stated, { ruleId: 'N-EMPTY', code: 'narrative_empty_statement_contradicted', severity, params: { kind: f.kind, binding } });
    } else if (!data && !stated && sentences[0]) {
      emit(sentences[0], { ruleId: 'N-EMPTY', code: 'narrative_empty_statement_missing', severity, params: { kind: f.kind, binding } });
    }
  }
}
