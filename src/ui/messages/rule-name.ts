// The one-line name of the rule behind a finding, for headings and the rule column of the reports: a pack rule
// by its note ("本年收入合计=各项收入之和"), a special/narrative/绩效/cross-year check by its id, a custom or printed
// rule by its formula, anything else by its finding code. Never an id or code: those stay in JSON and details.
import type { Finding } from '../../engine/finding.ts';
import { isMessageKey, msg, type Lang } from '../../messages/index.ts';
import { CROSS_PACKS, TABLE_PACKS } from '../../rules/packs.ts';

let packRules: Map<string, { note: string; expr: string }> | null = null;

/** A pack rule's name: its note in Chinese; in English its expression (the packs carry no English notes). */
function packName(ruleId: string, lang: Lang): string | undefined {
  if (!packRules) {
    packRules = new Map();
    for (const pack of [...TABLE_PACKS, ...CROSS_PACKS]) for (const r of pack.rules) packRules.set(r.id, { note: r.note ?? '', expr: r.expr });
  }
  const r = packRules.get(ruleId);
  if (!r) return undefined;
  // an expression's macros ({code}, {names}) read as "…"
  return lang === 'zh' && r.note ? r.note : r.expr.replace(/\{\w+\}/g, '…');
}

export function ruleName(f: Pick<Finding, 'ruleId' | 'code' | 'formula'>, lang: Lang): string {
  const id = f.ruleId;
  const byId = `rulename.id.${id.startsWith('Y-CARRY.') ? 'Y-CARRY' : id}`;
  if (isMessageKey(byId)) return msg(lang, byId);
  if (id.startsWith('custom.')) return msg(lang, 'rulename.custom', { expr: f.formula });
  if (/\.printed\.\d+$/.test(id)) return msg(lang, 'rulename.printed', { expr: f.formula });
  const pack = packName(id, lang);
  if (pack) return pack;
  const byCode = `rulename.code.${f.code}`;
  return msg(lang, isMessageKey(byCode) ? byCode : 'rulename.code.other');
}
