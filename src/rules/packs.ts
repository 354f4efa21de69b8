// Every rule pack and dictionary, imported statically so the app works offline and from file://
// (Vite and tsx both import JSON). Adding a pack = one JSON file + one line here.
import t01a from '../../rules/T01.A.json';
import t01b from '../../rules/T01.B.json';
import t01c from '../../rules/T01.C.json';
import t02 from '../../rules/T02.json';
import t03 from '../../rules/T03.json';
import t04a from '../../rules/T04.A.json';
import t04c from '../../rules/T04.C.json';
import t05 from '../../rules/T05.json';
import t06 from '../../rules/T06.json';
import t07 from '../../rules/T07.json';
import t08 from '../../rules/T08.json';
import t08exp from '../../rules/T08.EXP.json';
import t08inout from '../../rules/T08.INOUT.json';
import t09w from '../../rules/T09.W.json';
import t09r2 from '../../rules/T09.R2.json';
import t09r3 from '../../rules/T09.R3.json';
import t10 from '../../rules/T10.json';
import generic from '../../rules/generic.json';
import cross from '../../rules/cross.json';
// 部门预算 summary tables (B01–B04) and the identities among them
import b01 from '../../rules/B01.json';
import b02 from '../../rules/B02.json';
import b03 from '../../rules/B03.json';
import b04 from '../../rules/B04.json';
import crossBudgetTotals from '../../rules/cross-budget-totals.json';
import { BUDGET_CODED_PACKS, CROSS_BUDGET_PACK } from './packs-budget-coded.ts';
import functional from '../../rules/dictionary/functional-2019.json';
import economic from '../../rules/dictionary/economic.json';
import type { Dictionary, Pack } from './types.ts';

/** Table packs in selection order: for one kind, the first fitting variant wins. */
export const TABLE_PACKS: readonly Pack[] = [
  t01a, t01b, t01c, t02, t03, t04a, t04c, t05, t06, t07, t08, t08exp, t08inout, t09w, t09r2, t09r3, t10,
  b01, b02, b03, b04,
  ...BUDGET_CODED_PACKS,
  generic,
] as unknown as Pack[];

export const CROSS_PACK: Pack = cross as unknown as Pack;

/** Every cross-table pack (决算 and 部门预算), in order; their rule ids are unique over all packs. */
export const CROSS_PACKS: readonly Pack[] = [cross, crossBudgetTotals, CROSS_BUDGET_PACK] as unknown as Pack[];

export const FUNCTIONAL_DICTIONARY: Dictionary = functional as unknown as Dictionary;
export const ECONOMIC_DICTIONARY: Dictionary = economic as unknown as Dictionary;
