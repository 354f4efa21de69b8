// 部门预算 coded-table packs (rules/B05.1.json … B12.1.json, B09.W9.json) and their cross-table pack
// (rules/cross-budget.json), imported statically like every other pack. Only layouts seen in real documents
// (江苏 2017–2019) have packs: the split-column variants (B05.3 …), B10 (empty in
// every 江苏 document: its empty-table statement is checked) and B11 are read but get no pack yet.
import b05one from '../../rules/B05.1.json';
import b06one from '../../rules/B06.1.json';
import b07one from '../../rules/B07.1.json';
import b08one from '../../rules/B08.1.json';
import b09w9 from '../../rules/B09.W9.json';
import b12one from '../../rules/B12.1.json';
import crossBudget from '../../rules/cross-budget.json';
import type { Pack } from './types.ts';

export const BUDGET_CODED_PACKS: readonly Pack[] = [
  b05one, b06one, b07one, b08one, b09w9, b12one,
] as unknown as Pack[];

export const CROSS_BUDGET_PACK: Pack = crossBudget as unknown as Pack;
