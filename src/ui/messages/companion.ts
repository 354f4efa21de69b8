// Wording of the two-file 部门预算 codes (src/checks/companion.ts, companion-evidence.ts): a 说明 joined with its
// tables file (by file name, or by what the two print), kept apart with the reason, or possibly belonging together.
import type { ParseProblem } from '../../engine/document.ts';
import { defineMessages, type Lang } from './registry.ts';
import { isMessageKey, msg } from '../../messages/index.ts';

const p = (pr: ParseProblem, k: string): string => String(pr.params?.[k] ?? '');

const keyed = (lang: Lang, key: string, params: Record<string, string>): string => (isMessageKey(key) ? msg(lang, key, params) : '');

/** “表格所印部门…与说明标题相同；年度相同（2019 年）；说明所述收支预算总计 … 相同” from the evidence params. */
export function describeEvidence(pr: ParseProblem, lang: Lang): string {
  const year = p(pr, 'yearValue');
  const parts = [
    keyed(lang, `companion.department.${p(pr, 'department')}`, { department: p(pr, 'tablesDepartment') }),
    year === '' ? msg(lang, 'companion.year.unread') : keyed(lang, `companion.year.${p(pr, 'year')}`, { year }),
    keyed(lang, `companion.totals.${p(pr, 'totals')}`, { total: p(pr, 'total'), stated: p(pr, 'stated') }),
  ];
  return parts.filter((s) => s !== '').join(msg(lang, 'companion.separator'));
}

defineMessages({
  problems: {
    companion_joined: (pr, lang) => (p(pr, 'basis') === 'content'
      ? msg(lang, 'companion.joinedByContent', { file: p(pr, 'file'), tables: p(pr, 'tables'), evidence: describeEvidence(pr, lang) })
      : msg(lang, 'companion.joined', { file: p(pr, 'file'), tables: p(pr, 'tables') })),
    companion_not_joined: (pr, lang) => {
      const why = keyed(lang, `companion.notJoined.${p(pr, 'reason')}`, {}) || p(pr, 'reason');
      return msg(lang, 'companion.notJoined', { file: p(pr, 'file'), why });
    },
    companion_maybe: (pr, lang) => {
      const why = keyed(lang, `companion.why.${p(pr, 'reason')}`, {}) || p(pr, 'reason');
      return msg(lang, 'companion.maybe', { file: p(pr, 'file'), evidence: describeEvidence(pr, lang), why });
    },
  },
});
