// English wording of budget-coded. Keys: 'budget-coded.*'; placeholders {name}.
import type budgetCoded from '../zh/budget-coded.ts';

const en: Record<keyof typeof budgetCoded, string> = {
  'budget-coded.project_sum_mismatch': '{where}project expenditure total ({actual}) ≠ sum of the projects ({expected}), difference {difference} ({children} projects)',
  'budget-coded.procurement_sum_mismatch': '{where}procurement total ({actual}) ≠ sum of the rows under it ({expected}), difference {difference} ({children} rows)',
};

export default en;
