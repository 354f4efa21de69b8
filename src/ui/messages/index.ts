// One place that turns findings and parse problems into sentences (Chinese for reviewers, English for logs).
// Each domain registers its own codes in its own file; to add a domain, create ./<domain>.ts calling
// defineMessages({...}) and add one import line below.
import type { ParseProblem } from '../../engine/document.ts';
import type { Finding } from '../../engine/finding.ts';
import type { Problem } from '../../checks/problems/types.ts';
import { rootProblemSentence } from './problems.ts';
import { findingWording, problemWording, type Lang } from './registry.ts';
import './engine.ts';
import './paste.ts';
import './rules.ts';
import './narrative.ts';
import './perf.ts';
import './cross-year.ts';
import './uncertainty.ts';
import { msg } from '../../messages/index.ts';
import { humaniseIds } from './report-view.ts';
import { nameTablesIn } from './formula-names.ts';
import './report-view.ts';
import './budget-coded.ts';
import './budget-narrative.ts';
import './companion.ts';

export type { Lang } from './registry.ts';
export { defineMessages } from './registry.ts';
export { describeCell, formulaSides } from './engine.ts';
export { describeUnchecked, uncheckedWhere } from './unchecked.ts';
export { describeBasis, describeCulprit, describeSuggestionKind, groupDigits } from './problems.ts';

/** A root-cause problem as one sentence (a problem of one finding reads as that finding). `names`: as for describeFinding. */
export function describeRootProblem(p: Problem, findings: readonly Finding[], lang: Lang, names?: ReadonlyMap<string, string>): string {
  return rootProblemSentence(p, findings, lang, (f) => describeFinding(f, lang, names));
}

/**
 * A finding as one sentence. With `names` (the document's table names, tableNames) it is worded for people: the
 * tables of a cross-table formula and every table id are named as printed; without, ids stay (logs, tests).
 */
export function describeFinding(f: Finding, lang: Lang, names?: ReadonlyMap<string, string>): string {
  const text = rawSentence(f, lang);
  return names ? humaniseIds(nameTablesIn(text, f, names, lang), names) : text;
}

function rawSentence(f: Finding, lang: Lang): string {
  const wording = findingWording(f.code);
  if (wording) return wording(f, lang) + unconfirmedSuffix(f, lang);
  // a code nobody registered still reads as a sentence, with its numbers
  const values = f.expected || f.actual ? msg(lang, 'common.values', { expected: f.expected, actual: f.actual, difference: f.difference }) : '';
  return `${f.code}${f.formula ? ` ${f.formula}` : ''}${values}`;
}

/** A finding demoted because a table it reads was read with its columns out of place (src/checks/unchecked.ts). */
function unconfirmedSuffix(f: Finding, lang: Lang): string {
  const why = f.params?.['unconfirmed'];
  if (why === 'amounts_unplaced') return msg(lang, 'common.unplacedSuffix');
  if (why !== 'columns_unconfirmed') return '';
  return msg(lang, 'common.unconfirmedSuffix');
}

export function describeProblem(p: ParseProblem, lang: Lang): string {
  const wording = problemWording(p.code);
  const text = wording ? wording(p, lang) : p.code;
  return text + lineSuffix(p, lang);
}

function lineSuffix(p: ParseProblem, lang: Lang): string {
  if (p.line === undefined) return '';
  const range = p.endLine !== undefined && p.endLine !== p.line ? `${p.line}–${p.endLine}` : `${p.line}`;
  return msg(lang, 'common.lineSuffix', { range });
}
export { nameTablesIn, tableOfKind } from './formula-names.ts';
export { auditText, describeUncheckedForPeople, readableFormula, expertLabel, PAGE_FOOTER, cleanTitle, humaniseIds, placeName, tableDisplayName, tableNames, tablePrefix, type NamedTable } from './report-view.ts';
