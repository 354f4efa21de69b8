// Wording for the cross-year codes of src/checks/cross-year: each names both documents (file and year) and the
// cell or sentence of each.
import type { Finding } from '../../engine/finding.ts';
import { defineMessages } from './registry.ts';
import { isMessageKey, msg } from '../../messages/index.ts';

const p = (f: Finding, key: string): string => String(f.params?.[key] ?? '');
const prevDoc = (f: Finding, lang: 'zh' | 'en') => msg(lang, 'cross-year.prevDoc', { prevYear: p(f, 'prevYear'), prevFile: p(f, 'prevFile') });

const where = (f: Finding, lang: 'zh' | 'en') => {
  const key = p(f, 'key');
  const named = `cross-year.fund.${key}`;
  if (isMessageKey(named)) return msg(lang, named);
  return key.startsWith('T07:') ? msg(lang, 'cross-year.where', { slice: key.slice(4) }) : key;
};

export default defineMessages({
  findings: {
    cross_year_carryover_mismatch: (f, lang) => msg(lang, 'cross-year.cross_year_carryover_mismatch', { where: where(f, lang), actual: f.actual, prevDoc: prevDoc(f, lang), expected: f.expected, prevCell: p(f, 'prevCell'), difference: f.difference }),
    cross_year_change_mismatch: (f, lang) => {
      const table = p(f, 'bound') === 'table';
      const up = p(f, 'direction') === 'up';
      const key = table ? (up ? 'changeUpTable' : 'changeDownTable') : (up ? 'changeUpText' : 'changeDownText');
      return msg(lang, `cross-year.${key}`, { subject: p(f, 'subject'), current: p(f, 'current'), delta: p(f, 'delta'), actual: f.actual,
        prevDoc: prevDoc(f, lang), expected: f.expected, prevSource: p(f, 'prevSource'), difference: f.difference });
    },
    cross_year_balance_absent: (f, lang) => msg(lang, 'cross-year.cross_year_balance_absent', { code: p(f, 'code'), prevDoc: prevDoc(f, lang), expected: f.expected }),
  },
  problems: {
    not_a_report_file: (_p, lang) => msg(lang, 'cross-year.not_a_report_file'),
    folder_unreadable: (_p, lang) => msg(lang, 'cross-year.folder_unreadable'),
    check_failed: (pr, lang) => msg(lang, 'cross-year.check_failed', { reason: String(pr.params?.reason ?? '') }),
  },
});
