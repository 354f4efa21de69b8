// T04 labels: the income side carries 年初财政拨款结转和结余, the expenditure side 年末…; a 年初 label
// on the expenditure side (or 年末 on the income side) is a label mismatch (W, domain §1.4/§7 item 21).
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Row } from '../../engine/table.ts';
import { normaliseLabel } from '../labels.ts';
import { rowRef, specialFinding } from './finding.ts';

export const CARRYOVER_LABEL_RULE = 'S.carryover-label';
const FIRST_EXPENDITURE_LINE = 33; // T04 layouts A/B: 行次 33–64 are the expenditure side

function side(r: Row): 'income' | 'expenditure' | null {
  if (r.pane !== undefined) return r.pane === 0 ? 'income' : 'expenditure';
  if (r.lineNo !== null) return r.lineNo >= FIRST_EXPENDITURE_LINE ? 'expenditure' : 'income';
  return null;
}

export function checkCarryoverLabels(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  for (const t of doc.tables.filter((x) => x.kind === 'T04')) {
    t.rows.forEach((r, i) => {
      const label = normaliseLabel(r.label);
      if (!label.includes('结转和结余')) return;
      const s = side(r);
      const wrong = (s === 'expenditure' && label.startsWith('年初')) || (s === 'income' && label.startsWith('年末'));
      if (wrong) out.push(specialFinding(CARRYOVER_LABEL_RULE, 'carryover_label_mismatch', 'warning', t.id, rowRef(t, i), { printed: r.label, side: s! }));
    });
  }
  return out;
}
