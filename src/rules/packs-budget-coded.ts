// 部门预算 coded-table packs (rules/B05.1.json … B12.1.json, B09.W9.json) and their cross-table pack
// (rules/cross-budget.json), imported statically like every other pack. Layouts seen in real documents (江苏
// 2017–2019: `.1`, B09.W9, B12.1) and the national template's variants no real document shows yet, written from
// budget.md and tested on handmade fixtures (test/fixtures/budget/handmade/): the split columns (B05/B07/B11 `.3`
// 合计/基本/项目, B06/B08 `.3` 合计/人员经费/公用经费), B11.1 and the row-form 三公 (B09.R, B09.RM). B10 (empty in
// every 江苏 document: its empty-table statement is checked) and B14 (budget.md gives no layout) get no pack.
import b05one from '../../rules/B05.1.json';
import b06one from '../../rules/B06.1.json';
import b07one from '../../rules/B07.1.json';
import b08one from '../../rules/B08.1.json';
import b09w9 from '../../rules/B09.W9.json';
import b12one from '../../rules/B12.1.json';
import b05three from '../../rules/B05.3.json';
import b06three from '../../rules/B06.3.json';
import b07three from '../../rules/B07.3.json';
import b08three from '../../rules/B08.3.json';
import b11one from '../../rules/B11.1.json';
import b11three from '../../rules/B11.3.json';
import b09rows from '../../rules/B09.R.json';
import b09rowsExtra from '../../rules/B09.RM.json';
import crossBudget from '../../rules/cross-budget.json';
import type { Pack } from './types.ts';

export const BUDGET_CODED_PACKS: readonly Pack[] = [
  b05one, b06one, b07one, b08one, b09w9, b12one,
  b05three, b06three, b07three, b08three, b11one, b11three, b09rows, b09rowsExtra,
] as unknown as Pack[];

export const CROSS_BUDGET_PACK: Pack = crossBudget as unknown as Pack;
