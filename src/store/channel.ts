// Tells other tabs that a draft was saved, so two tabs on one draft never overwrite each other silently.
export const CHANNEL_NAME = 'gouji-drafts';

export interface DraftSaved {
  type: 'saved';
  draftId: string;
  revision: number;
  tab: string;
}

export interface DraftChannel {
  announce(draftId: string, revision: number): void;
  close(): void;
}

export function openDraftChannel(tab: string, onSaved: (m: DraftSaved) => void): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce() {}, close() {} };
  const ch = new BroadcastChannel(CHANNEL_NAME);
  ch.onmessage = (e: MessageEvent<DraftSaved>) => {
    if (e.data?.type === 'saved' && e.data.tab !== tab) onSaved(e.data);
  };
  return {
    announce(draftId, revision) { ch.postMessage({ type: 'saved', draftId, revision, tab } satisfies DraftSaved); },
    close() { ch.close(); },
  };
}
