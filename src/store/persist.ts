// Persistent storage request and usage estimate (navigator.storage), both optional in the host.
export interface StorageInfo {
  persisted: boolean | null;
  usage: number | null; // bytes
  quota: number | null; // bytes
}

export async function requestPersistence(): Promise<boolean | null> {
  const s = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!s?.persist) return null;
  try {
    return (await s.persisted?.()) || (await s.persist());
  } catch {
    return null;
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const s = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const info: StorageInfo = { persisted: null, usage: null, quota: null };
  if (!s) return info;
  try {
    info.persisted = (await s.persisted?.()) ?? null;
    const e = await s.estimate?.();
    info.usage = e?.usage ?? null;
    info.quota = e?.quota ?? null;
  } catch {
    /* estimate is best-effort */
  }
  return info;
}
