// Who can be linked across years after a batch: its own reports and the stored drafts of a neighbouring year of a
// batch department (found from the drafts' heads; only those candidates are restored, one at a time).
import { extractYearFacts, type YearFacts } from '../../checks/cross-year/index.ts';
import type { DraftStore } from '../../store/index.ts';
import { fromDraft } from '../drafts/codec.ts';
import type { Lang } from '../i18n.ts';
import { bt } from '../messages/batch-text.ts';
import { linkCandidates, type LinkSubject } from './links.ts';
import type { BatchRow } from './rows.ts';

/** Yields to the page: the progress paints and clicks (Cancel) are handled. */
export const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

export async function linkSubjects(
  lang: Lang, store: DraftStore, rows: readonly BatchRow[], batchFacts: readonly YearFacts[], created: ReadonlySet<string>,
): Promise<LinkSubject[]> {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const subjects: LinkSubject[] = batchFacts.map((f) => ({ facts: f, draftId: byKey.get(f.file)?.draftId ?? null, label: f.file, inBatch: true }));
  const heads = await store.heads();
  const isCandidate = linkCandidates(batchFacts);
  const names = new Set<string>(batchFacts.map((f) => f.file));
  for (const h of heads) {
    if (created.has(h.id) || !isCandidate(h)) continue;
    await nextTask();
    const d = await store.get(h.id);
    if (!d) continue;
    let key = bt(lang, 'draftLabel', { name: d.name });
    for (let n = 2; names.has(key); n++) key = `${bt(lang, 'draftLabel', { name: d.name })} (${n})`;
    names.add(key);
    subjects.push({ facts: extractYearFacts(key, fromDraft(d).doc), draftId: d.id, label: key, inBatch: false });
  }
  return subjects;
}
