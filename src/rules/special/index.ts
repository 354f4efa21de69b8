// Checks the notation cannot express, as small pure functions over the parsed document. Each has a
// stable rule id and finding codes; listPacks describes them next to the packs.
import type { Finding, Severity } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import { CARRYOVER_LABEL_RULE, checkCarryoverLabels } from './carryover-label.ts';
import { checkCodes, CODE_FORMAT_RULE } from './codes.ts';
import { checkEmptyTables, EMPTY_TABLE_RULE } from './empty-table.ts';
import { checkEmptyTotals, EMPTY_TOTAL_RULE } from './empty-total.ts';
import { checkRequiredTables, REQUIRED_TABLES_RULE } from './required-tables.ts';
import { checkSangongConsistency, SANGONG_CONSISTENCY_RULE } from './sangong-consistency.ts';
import { checkSubjectNames, SUBJECT_NAME_RULE } from './subject-names.ts';
import { checkProcurementTree, PROCUREMENT_TREE_RULE } from './procurement-tree.ts';
import { BUDGET_EMPTY_TABLE_RULE, checkBudgetEmptyTables } from './budget-empty-table.ts';
import { checkProjectTotals, PROJECT_TOTAL_RULE } from './project-total.ts';

export interface SpecialCheck {
  readonly id: string;
  readonly codes: readonly string[];
  readonly severity: Severity;
  readonly note: string;
  readonly source: string;
  readonly run: (doc: ParsedDocument) => Finding[];
}

export const SPECIAL_CHECKS: readonly SpecialCheck[] = [
  { id: REQUIRED_TABLES_RULE, codes: ['required_table_missing'], severity: 'warning', run: checkRequiredTables,
    note: '九张公开表须齐全（基金、国资表无数据也须保留）', source: 'domain §1.11; GovBudgetChecker R014/V33-002' },
  { id: EMPTY_TABLE_RULE, codes: ['empty_table_statement_missing', 'empty_statement_contradicted'], severity: 'warning', run: checkEmptyTables,
    note: '基金/国资/“三公”表为空时须注明“本表无数据”，有数据时不得如此注明', source: 'domain §1.7–§1.9; GovBudgetChecker V33-109/114, D-008/D-009' },
  { id: EMPTY_TOTAL_RULE, codes: ['total_row_empty'], severity: 'error', run: checkEmptyTotals,
    note: '合计、类、款行的金额不得空白而其下级有数（列位推断时为提示）', source: 'domain §1.6 (hierarchy); issue 15 item 6' },
  { id: SUBJECT_NAME_RULE, codes: ['subject_name_mismatch', 'subject_name_outdated', 'subject_name_inconsistent', 'subject_code_not_in_year', 'subject_code_unlisted'], severity: 'warning', run: checkSubjectNames,
    note: '科目编码与名称须符合报告年度的科目（截断的名称不算错误），同一编码在各表名称一致；字典未收录或当年不存在的编码列为未核对', source: 'domain §2; GovBudgetChecker R002/V33-227' },
  { id: CODE_FORMAT_RULE, codes: ['code_format_invalid', 'code_duplicated', 'parent_code_missing'], severity: 'warning', run: checkCodes,
    note: '功能分类编码 3/5/7 位、经济分类编码 3/5 位，同表不重复，下级科目的上级科目行须列出', source: 'domain §1.6, §2' },
  { id: CARRYOVER_LABEL_RULE, codes: ['carryover_label_mismatch'], severity: 'warning', run: checkCarryoverLabels,
    note: '财政拨款总表收入方为“年初”、支出方为“年末”结转和结余', source: 'domain §1.4, §7 item 21' },
  { id: SANGONG_CONSISTENCY_RULE, codes: ['sangong_count_missing', 'sangong_cost_missing'], severity: 'warning', run: checkSangongConsistency,
    note: '“三公”经费与相关统计数一致：有出国费须有团组/人次，有购置费须有购置数，有运行维护费须有保有量，有国内接待费须有批次/人次（反之亦然）',
    source: 'domain §1.9 T09 consistency (practice), §7 item 16' },
  { id: PROCUREMENT_TREE_RULE, codes: ['procurement_sum_mismatch', 'rounding_residue'], severity: 'error', run: checkProcurementTree,
    note: '政府采购预算表：合计=Σ品目，品目=Σ专项，专项=Σ采购物品（按表中的嵌套顺序）', source: 'budget.md 政府采购预算表: parents = Σ children' },
  { id: PROJECT_TOTAL_RULE, codes: ['project_sum_mismatch', 'rounding_residue'], severity: 'error', run: checkProjectTotals,
    note: '项目支出预算表：合计=Σ各项目（只核对一栏金额、仅一行合计的表；其他版式列为未能核对）', source: 'budget.md 项目支出表: parents = Σ children; handmade fixture (no real table yet)' },
  { id: BUDGET_EMPTY_TABLE_RULE, codes: ['empty_table_statement_missing', 'empty_statement_contradicted'], severity: 'warning', run: checkBudgetEmptyTables,
    note: '部门预算政府性基金、国有资本经营预算支出表为空时须注明无数据（如“本部门无相关收支项目”），有数据时不得如此注明', source: 'budget.md: empty ⇔ statement' },
];

export function runSpecialChecks(doc: ParsedDocument): Finding[] {
  return SPECIAL_CHECKS.flatMap((c) => c.run(doc));
}
