// 科目 code format (W): 功能分类 codes have 3/5/7 digits, 经济分类 codes (T06) 3/5; one code listed
// twice in a table is suspicious (a shifted or duplicated row); a 款/项 whose 类/款 row is missing leaves the
// parent's sum unchecked (the 层级 rule has no parent row to compare), so it is said (W, once per missing parent).
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { TableKind } from '../../engine/table.ts';
import { rowRef, specialFinding } from './finding.ts';

export const CODE_FORMAT_RULE = 'S.code-format';
const LENGTHS: Partial<Record<TableKind, readonly number[]>> = {
  T02: [3, 5, 7], T03: [3, 5, 7], T05: [3, 5, 7], T07: [3, 5, 7], T08: [3, 5, 7], T06: [3, 5],
  // 部门预算 coded tables
  B05: [3, 5, 7], B07: [3, 5, 7], B10: [3, 5, 7], B11: [3, 5, 7], B06: [3, 5], B08: [3, 5], B12: [3, 5],
};

export function checkCodes(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  for (const t of doc.tables) {
    const lengths = LENGTHS[t.kind];
    if (!lengths) continue;
    const seen = new Set<string>();
    const codes = new Set(t.rows.flatMap((r) => (r.code ? [r.code] : [])));
    const missing = new Set<string>();
    t.rows.forEach((r, i) => {
      const parent = r.code ? parentCode(r.code, lengths) : null;
      if (parent && !codes.has(parent) && !missing.has(parent)) {
        missing.add(parent);
        out.push(specialFinding(CODE_FORMAT_RULE, 'parent_code_missing', 'warning', t.id, rowRef(t, i), { code: r.code!, parent }));
      }
      if (!r.code) return;
      if (!lengths.includes(r.code.length)) {
        out.push(specialFinding(CODE_FORMAT_RULE, 'code_format_invalid', 'warning', t.id, rowRef(t, i), { code: r.code, lengths: lengths.join('/') }));
      }
      if (seen.has(r.code)) out.push(specialFinding(CODE_FORMAT_RULE, 'code_duplicated', 'warning', t.id, rowRef(t, i), { code: r.code }));
      seen.add(r.code);
    });
  }
  return out;
}

/** The code one level up (201 for 20101, 20101 for 2010101), or null for a top-level or malformed code. */
function parentCode(code: string, lengths: readonly number[]): string | null {
  const level = lengths.indexOf(code.length);
  return level > 0 ? code.slice(0, lengths[level - 1]) : null;
}
