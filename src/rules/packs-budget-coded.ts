// 部门预算 coded-table packs (B05–B12, rules/B05.1.json … B12.1.json) and their cross-table pack
// (rules/cross-budget.json), imported statically like every other pack.
import b05one from '../../rules/B05.1.json';
import b05three from '../../rules/B05.3.json';
import b06one from '../../rules/B06.1.json';
import b06three from '../../rules/B06.3.json';
import b07one from '../../rules/B07.1.json';
import b07three from '../../rules/B07.3.json';
import b08one from '../../rules/B08.1.json';
import b08three from '../../rules/B08.3.json';
import b09w9 from '../../rules/B09.W9.json';
import b10one from '../../rules/B10.1.json';
import b10three from '../../rules/B10.3.json';
import b11one from '../../rules/B11.1.json';
import b11three from '../../rules/B11.3.json';
import b12one from '../../rules/B12.1.json';
import crossBudget from '../../rules/cross-budget.json';
import type { Pack } from './types.ts';

export const BUDGET_CODED_PACKS: readonly Pack[] = [
  b05one, b05three, b06one, b06three, b07one, b07three, b08one, b08three, b09w9,
  b10one, b10three, b11one, b11three, b12one,
] as unknown as Pack[];

export const CROSS_BUDGET_PACK: Pack = crossBudget as unknown as Pack;
