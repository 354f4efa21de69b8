// English wording of cross-year. Keys: 'cross-year.*'; placeholders {name}.
import type crossYear from '../zh/cross-year.ts';

const en: Record<keyof typeof crossYear, string> = {
  'cross-year.prevDoc': 'the {prevYear} report ({prevFile})',
  'cross-year.where': 'fund table, subject {slice}',
  'cross-year.cross_year_carryover_mismatch': '{where}: opening balance {actual} ≠ closing balance {expected} in {prevDoc} ({prevCell}), difference {difference}',
  'cross-year.cross_year_balance_absent': 'fund subject {code} closed {prevDoc} with a balance of {expected} but is absent this year',
  'cross-year.not_a_report_file': 'not a report file; skipped',
  'cross-year.folder_unreadable': 'folder could not be read',
  'cross-year.check_failed': 'check failed: {reason}',
  'cross-year.fund.T01': 'T01',
  'cross-year.fund.T04.total': 'T04 (total)',
  'cross-year.fund.T04.gp': 'T04 general budget',
  'cross-year.fund.T04.gf': 'T04 fund budget',
  'cross-year.fund.T04.soe': 'T04 state capital',
  'cross-year.changeUpTable': '"{subject}" {current} up {delta} on last year implies {actual}, but {prevDoc} gives {expected} ({prevSource}), difference {difference}',
  'cross-year.changeDownTable': '"{subject}" {current} down {delta} on last year implies {actual}, but {prevDoc} gives {expected} ({prevSource}), difference {difference}',
  'cross-year.changeUpText': '"{subject}" {current} up {delta} on last year implies {actual}, but {prevDoc} gives {expected} ({prevSource}), difference {difference}; matched by its words, please confirm',
  'cross-year.changeDownText': '"{subject}" {current} down {delta} on last year implies {actual}, but {prevDoc} gives {expected} ({prevSource}), difference {difference}; matched by its words, please confirm',
};

export default en;
