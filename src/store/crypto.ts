// The passphrase lock's cryptography, WebCrypto only: PBKDF2-SHA-256 (600,000 iterations, 16-byte random salt)
// derives a non-extractable AES-GCM-256 key; every sealed value gets its own random 12-byte IV. A wrong
// passphrase fails the GCM tag check of a stored verifier, never decrypts garbage. Values are sealed as the bytes
// of binary.ts: plain JSON, or for a draft with packed tables a container of JSON and raw arrays.
import { decodeValue, encodeValue } from './binary.ts';
import type { Slices } from './slices.ts';

export const PBKDF2_ITERATIONS = 600_000;
const VERIFIER = 'gouji-lock-v1';

export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

export interface LockMeta {
  id: 'lock';
  salt: Uint8Array;
  iterations: number;
  verifier: Sealed;
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('webcrypto_unavailable');
  return s;
}

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base,
    { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, value: unknown, s?: Slices): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await subtle().encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, (await encodeValue(value, s)) as BufferSource);
  return { iv, data };
}

/** The sealed value, or undefined when the key is wrong or the data damaged (the GCM tag does not match). */
export async function unseal(key: CryptoKey, s: Sealed): Promise<unknown> {
  try {
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: s.iv as BufferSource }, key, s.data);
    return decodeValue(new Uint8Array(plain));
  } catch {
    return undefined;
  }
}

export async function newLock(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ meta: LockMeta; key: CryptoKey }> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  return { meta: { id: 'lock', salt, iterations, verifier: await seal(key, VERIFIER) }, key };
}

/** The key for this passphrase, or null when it is not the lock's passphrase. */
export async function openLock(meta: LockMeta, passphrase: string): Promise<CryptoKey | null> {
  const key = await deriveKey(passphrase, meta.salt, meta.iterations);
  return (await unseal(key, meta.verifier)) === VERIFIER ? key : null;
}

export function isSealedValue(v: unknown): v is Sealed {
  return typeof v === 'object' && v !== null && (v as Sealed).iv instanceof Uint8Array && (v as Sealed).data instanceof ArrayBuffer;
}
