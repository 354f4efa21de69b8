// 科目 names in the 说明's “XX（类）XX（款）XX（项）” items against the names T05 prints for the same 项 (W,
// domain §2: the table is the source of truth). Names cut short by the table's cell width are not errors.
import type { ParsedDocument } from '../../engine/document.ts';
import type { CellRef } from '../../engine/finding.ts';
import type { Table } from '../../engine/table.ts';
import type { Emit } from './emit.ts';
import { normLabel, tablesOf } from './lookup.ts';
import type { PreparedNarrative, Sentence } from './model.ts';

const ITEM_RE = /([^\s，。；：、“”"]+?)（类）([^\s，。；：、]+?)（款）([^\s，。；：、”"]+?)（项）/g;
const LEVELS = ['类', '款', '项'] as const;

/** Same name, or one a prefix of the other (a wrapped or truncated cell). */
function sameName(printed: string, stated: string): boolean {
  const a = normLabel(printed).replace(/（.*?）$/, '');
  const b = normLabel(stated);
  return a === b || (a.length >= 4 && b.startsWith(a)) || (b.length >= 4 && a.startsWith(b));
}

function ref(t: Table, i: number): CellRef {
  const r = t.rows[i]!;
  return { table: t.id, row: i, col: -1, code: r.code, label: r.label };
}

/** The 项 rows (7-digit codes) the three names could mean: by 项 name, narrowed by the 款 and 类 names. */
function candidates(t: Table, names: [string, string, string]): number[] {
  const byCode = new Map(t.rows.map((r, i) => [r.code ?? '', i]));
  const label = (code: string) => t.rows[byCode.get(code) ?? -1]?.label ?? '';
  const xiang = t.rows.flatMap((r, i) => ((r.code ?? '').length === 7 && sameName(r.label, names[2]) ? [i] : []));
  const chained = xiang.filter((i) => sameName(label(t.rows[i]!.code!.slice(0, 5)), names[1]));
  const full = chained.filter((i) => sameName(label(t.rows[i]!.code!.slice(0, 3)), names[0]));
  return full.length > 0 ? full : chained.length > 0 ? chained : xiang;
}

export function checkSubjectNames(doc: ParsedDocument, p: PreparedNarrative, emit: Emit): void {
  const t05 = tablesOf(doc, 'T05')[0];
  if (!t05) return;
  for (const sec of p.sections) {
    if (!/一般公共预算财政拨款支出/.test(sec.title)) continue;
    for (const s of p.sentences.filter((x) => x.section === sec.index)) checkSentence(t05, s, emit);
  }
}

function checkSentence(t: Table, s: Sentence, emit: Emit): void {
  const text = s.text.replace(/\s/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  for (const m of text.matchAll(ITEM_RE)) {
    const names: [string, string, string] = [normLabel(m[1]!), m[2]!, m[3]!];
    const rows = candidates(t, names);
    if (rows.length !== 1) continue; // no 项 of that name (or several): nothing to compare the names with
    const code = t.rows[rows[0]!]!.code!;
    const byCode = new Map(t.rows.map((r, i) => [r.code ?? '', i]));
    LEVELS.forEach((level, k) => {
      const i = byCode.get(code.slice(0, [3, 5, 7][k]));
      const stated = names[k]!;
      if (i === undefined || sameName(t.rows[i]!.label, stated)) return;
      emit(s, { ruleId: 'N-ITEM', code: 'narrative_subject_name_mismatch', severity: 'warning', at: s.start + (m.index ?? 0) + k,
        cells: [ref(t, i)], expected: t.rows[i]!.label, actual: stated,
        params: { level, code: t.rows[i]!.code ?? '', stated, printed: t.rows[i]!.label } });
    });
  }
}
