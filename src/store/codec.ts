// How records are written: as they are, or — with the passphrase lock on — sealed with AES-GCM. A sealed draft
// keeps only what the store itself needs in clear (id, schema version, revision, times, deletedAt: the list
// order, the revision check and the purge); name, department, tables and notes are inside the sealed part.
import { isSealedValue, seal, unseal, type Sealed } from './crypto.ts';
import { restoreDraft, versionFor, type RestoreResult } from './restore.ts';
import type { DraftRecord, SnapshotRecord } from './schema.ts';
import { slices } from './slices.ts';

export interface SealedDraft {
  id: string;
  schemaVersion: number;
  revision: number;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  sealed: Sealed;
}

export interface SealedSnapshot {
  id: string;
  draftId: string;
  createdAt: number;
  reason: SnapshotRecord['reason'];
  sealed: Sealed;
}

export interface RecordCodec {
  readonly locked: boolean;
  /** the value to store; the store sets revision and updatedAt on it when it writes */
  encode(d: DraftRecord): Promise<DraftRecord | SealedDraft>;
  decode(raw: unknown, opts?: { allowNewer?: boolean }): Promise<RestoreResult>;
  encodeSnapshot(s: SnapshotRecord): Promise<SnapshotRecord | SealedSnapshot>;
  decodeSnapshot(raw: unknown): Promise<SnapshotRecord | null>;
}

export function isSealedRecord(v: unknown): v is { sealed: Sealed } {
  return typeof v === 'object' && v !== null && isSealedValue((v as { sealed?: unknown }).sealed);
}

function plainSnapshot(raw: unknown): SnapshotRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as SnapshotRecord;
  const d = restoreDraft(s.draft);
  return d.ok && typeof s.id === 'string' ? { ...s, draft: d.value } : null;
}

/** The version a record is written as: v3 only when it holds a packed table (an older Gouji reads the rest). */
export function versioned(d: DraftRecord): DraftRecord {
  const v = versionFor(d.tables);
  return d.schemaVersion === v ? d : { ...d, schemaVersion: v };
}

export const plainCodec: RecordCodec = {
  locked: false,
  encode: async (d) => versioned(d),
  decode: async (raw, opts) => (isSealedRecord(raw) ? { ok: false, reason: 'not_a_draft' } : restoreDraft(raw, opts)),
  encodeSnapshot: async (s) => ({ ...s, draft: versioned(s.draft) }),
  decodeSnapshot: async (raw) => (isSealedRecord(raw) ? null : plainSnapshot(raw)),
};

export function sealedCodec(key: CryptoKey): RecordCodec {
  return {
    locked: true,
    async encode(d) {
      const v = versioned(d);
      return { id: d.id, schemaVersion: v.schemaVersion, revision: d.revision, createdAt: d.createdAt, updatedAt: d.updatedAt, deletedAt: d.deletedAt, sealed: await seal(key, v, slices()) };
    },
    async decode(raw, opts) {
      if (!isSealedRecord(raw)) return restoreDraft(raw, opts);
      const env = raw as unknown as SealedDraft;
      const inner = await unseal(key, env.sealed);
      if (inner === undefined || typeof inner !== 'object' || inner === null) return { ok: false, reason: 'not_a_draft' };
      // the clear fields are the ones the store maintains: they win over the sealed copy
      return restoreDraft({ ...inner, id: env.id, revision: env.revision, updatedAt: env.updatedAt, createdAt: env.createdAt, deletedAt: env.deletedAt }, opts);
    },
    async encodeSnapshot(s) {
      return { id: s.id, draftId: s.draftId, createdAt: s.createdAt, reason: s.reason, sealed: await seal(key, { label: s.label, draft: versioned(s.draft) }, slices()) };
    },
    async decodeSnapshot(raw) {
      if (!isSealedRecord(raw)) return plainSnapshot(raw);
      const env = raw as unknown as SealedSnapshot;
      const inner = (await unseal(key, env.sealed)) as { label?: unknown; draft?: unknown } | undefined;
      const d = restoreDraft(inner?.draft);
      return d.ok ? { id: env.id, draftId: env.draftId, createdAt: env.createdAt, reason: env.reason, label: typeof inner?.label === 'string' ? inner.label : '', draft: d.value } : null;
    },
  };
}
