// English wording of budget-narrative. Keys: 'budget-narrative.*'; placeholders {name}.
import type budgetNarrative from '../zh/budget-narrative.ts';

const en: Record<keyof typeof budgetNarrative, string> = {
  'budget-narrative.describeKindUnchecked': 'cannot tell whether this is a budget or final accounts ({budget} budget and {final} final-accounts indications): only tables whose titles say which were checked',
  'budget-narrative.describeKindUnchecked_table_does_not': 'table {title} does not say whether it is a budget or a final-accounts table and the document kind is undetermined: not checked',
  'budget-narrative.describeKindUnchecked_table_reads_as': 'table {title} reads as a {docKindName} table in a {doc} document: its rules were not applied',
  'budget-narrative.joined': ' (checked together with the tables file {companion})',
  'budget-narrative.docKindCaption': 'Document kind',
  'budget-narrative.change_sum_mismatch': 'the change of {total} is {actual}, but the {parts} parts that follow (adding up to {partsSum}, the total) change by {expected} in all, difference {difference}; an item that is zero this year and was not listed would explain it',
  'budget-narrative.kind.final': 'final accounts',
  'budget-narrative.kind.budget': 'budget',
  'budget-narrative.kind.ambiguous': 'undetermined (reads as both budget and final accounts)',
  'budget-narrative.kind.unknown': 'unknown',
  'budget-narrative.kind.unitFinal': 'unit final accounts',
  'budget-narrative.kind.unitBudget': 'unit budget',
  'budget-narrative.kindLine': '{caption}: {kind}{joined}',
};

export default en;
