// The Chinese message table: one file per domain, one table for the language. Add a domain: create ./<domain>.ts
// (and ../en/<domain>.ts with the same keys) and one line each here.
import batch from './batch.ts';
import budgetCoded from './budget-coded.ts';
import budgetNarrative from './budget-narrative.ts';
import cli from './cli.ts';
import companion from './companion.ts';
import common from './common.ts';
import crossYear from './cross-year.ts';
import drafts from './drafts.ts';
import engine from './engine.ts';
import exports from './exports.ts';
import grammar from './grammar.ts';
import gridView from './grid-view.ts';
import narrative from './narrative.ts';
import paste from './paste.ts';
import perf from './perf.ts';
import problems from './problems.ts';
import report from './report.ts';
import reportView from './report-view.ts';
import rulename from './rulename.ts';
import rules from './rules.ts';
import tooLarge from './too-large.ts';
import trainer from './trainer.ts';
import ui from './ui.ts';
import uncertainty from './uncertainty.ts';
import unchecked from './unchecked.ts';

export default {
  ...batch,
  ...budgetCoded,
  ...budgetNarrative,
  ...cli,
  ...companion,
  ...common,
  ...crossYear,
  ...drafts,
  ...engine,
  ...exports,
  ...grammar,
  ...gridView,
  ...narrative,
  ...paste,
  ...perf,
  ...problems,
  ...report,
  ...reportView,
  ...rulename,
  ...rules,
  ...tooLarge,
  ...trainer,
  ...ui,
  ...uncertainty,
  ...unchecked,
} as const;
