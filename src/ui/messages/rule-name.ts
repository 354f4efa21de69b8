// The one-line name of the rule behind a finding, for headings and the rule column of the reports: a pack rule
// by its note ("本年收入合计=各项收入之和"), a special/narrative/绩效/cross-year check by its id, a custom or printed
// rule by its formula, anything else by its finding code. Never an id or code: those stay in JSON and details.
import type { Finding } from '../../engine/finding.ts';
import { isMessageKey, msg, type Lang } from '../../messages/index.ts';
import { CROSS_PACKS, TABLE_PACKS } from '../../rules/packs.ts';

let notes: Map<string, string> | null = null;

/** Pack rule id → its note (Chinese; the packs carry no English). */
function packNote(ruleId: string): string | undefined {
  if (!notes) {
    notes = new Map();
    for (const pack of [...TABLE_PACKS, ...CROSS_PACKS]) for (const r of pack.rules) if (r.note) notes.set(r.id, r.note);
  }
  return notes.get(ruleId);
}

export function ruleName(f: Pick<Finding, 'ruleId' | 'code' | 'formula'>, lang: Lang): string {
  const id = f.ruleId;
  const byId = `rulename.id.${id.startsWith('Y-CARRY.') ? 'Y-CARRY' : id}`;
  if (isMessageKey(byId)) return msg(lang, byId);
  if (id.startsWith('custom.')) return msg(lang, 'rulename.custom', { expr: f.formula });
  if (/\.printed\.\d+$/.test(id)) return msg(lang, 'rulename.printed', { expr: f.formula });
  const note = lang === 'zh' ? packNote(id) : undefined;
  if (note) return note;
  const byCode = `rulename.code.${f.code}`;
  return msg(lang, isMessageKey(byCode) ? byCode : 'rulename.code.other');
}
