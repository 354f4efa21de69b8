// After a batch is read: a 部门预算 说明 and a tables file that are not named as a pair but print the same
// department and totals (src/checks/companion-evidence.ts) are read again as one report, stored as one draft, and
// their two rows become one, saying why; the drafts this batch had just made for them alone are removed (the
// store's remove is undoable). Two that might belong together keep their rows, each saying why they were not joined.
import { planPairs, type PairProfile } from '../../checks/companion-evidence.ts';
import type { YearFacts } from '../../checks/cross-year/index.ts';
import type { DraftStore } from '../../store/index.ts';
import type { Lang } from '../i18n.ts';
import { describeProblem } from '../messages/index.ts';
import type { BatchEntry } from './files.ts';
import type { EntryReader } from './read.ts';
import type { BatchRow } from './rows.ts';
import { reportRow, saveReport } from './save.ts';

export interface PairContext {
  readonly reader: EntryReader;
  readonly store: DraftStore;
  readonly lang: Lang;
  readonly entries: ReadonlyMap<string, BatchEntry>;
}

/** What the batch has read so far; changed in place. */
export interface BatchState {
  readonly rows: BatchRow[];
  readonly facts: YearFacts[];
  readonly created: string[];
}

export async function pairBatchByContent(ctx: PairContext, profiles: readonly PairProfile[], state: BatchState): Promise<void> {
  const nameOf = (path: string) => ctx.entries.get(path)?.file.name ?? path;
  const plan = planPairs(profiles, nameOf);
  const rowIndex = (key: string) => state.rows.findIndex((r) => r.key === key);
  for (const [path, join] of plan.joinWith) {
    const entry = ctx.entries.get(path);
    const tables = ctx.entries.get(join.file);
    if (!entry || !tables) continue;
    const out = await ctx.reader.read(entry, tables, join.evidence);
    if (out.kind !== 'report') continue; // the rows read alone stay as they are
    const saved = await saveReport(ctx.store, out, entry);
    if (!saved) continue;
    const why = describeProblem({ code: 'companion_joined', severity: 'info', params: { file: tables.file.name, tables: out.tables, ...join.evidence } }, ctx.lang);
    for (const gone of [path, join.file]) {
      const i = rowIndex(gone);
      const old = i >= 0 ? state.rows[i]!.draftId : null;
      if (old && state.created.includes(old)) {
        await ctx.store.remove(old);
        state.created.splice(state.created.indexOf(old), 1);
      }
      const f = state.facts.findIndex((x) => x.file === gone);
      if (gone === path) {
        if (i >= 0) state.rows[i] = { ...reportRow(out, entry, saved, ctx.lang), reason: why };
        if (f >= 0) state.facts[f] = out.facts;
      } else {
        if (i >= 0) state.rows.splice(i, 1);
        if (f >= 0) state.facts.splice(f, 1);
      }
    }
    state.created.push(saved);
  }
  for (const [path, notes] of plan.notes) {
    const i = rowIndex(path);
    if (i < 0) continue;
    const why = notes.map((n) => describeProblem(n, ctx.lang)).join(' ');
    state.rows[i] = { ...state.rows[i]!, reason: state.rows[i]!.reason ? `${state.rows[i]!.reason} ${why}` : why };
  }
}
