// The descriptor part of a row (科目编码 and 科目名称 cells): codes split over 类/款/项 cells ("208","05","05"),
// codes merged with names ("2080505 机关事业单位…"), a name in whichever cell it landed — read by content, because
// pasted grids often put the name under the 项 header or the code in the name column.

/** 功能分类 codes have 3/5/7 digits, 经济分类 codes 3/5. */
const CODE_LENGTHS = new Set([3, 5, 7]);
const DIGIT_GROUPS = /^\d{3,7}$|^\d{3}(?:[ \u3000]+\d{2})+$/;
const CODE_THEN_NAME = /^(\d{3}(?:[ \u3000]*\d{2}){0,2})(?:[ \u3000]+|(?=[^\d\s.,，．%]))(.+)$/s;

export interface Descriptor {
  /** normalised code ("2080505") or null */
  readonly code: string | null;
  /** the code cells as printed, space-joined ("208 05 05") */
  readonly codeText: string;
  readonly label: string;
}

export function isCodeText(text: string): boolean {
  if (!DIGIT_GROUPS.test(text)) return false;
  return CODE_LENGTHS.has(text.replace(/[ \u3000]+/g, '').length);
}

/** Splits "2080505 机关事业单位基本养老保险缴费支出" → ["2080505", "机关…"]; null when the text does not start with a code. */
export function splitCodeName(text: string): [string, string] | null {
  const m = CODE_THEN_NAME.exec(text);
  if (!m) return null;
  const code = m[1]!.replace(/[ \u3000]+/g, '');
  return CODE_LENGTHS.has(code.length) ? [code, m[2]!.trim()] : null;
}

/** Joins the texts of a wrapped cell: no space between CJK fragments, one space otherwise. */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    if (p === '') continue;
    if (out === '') { out = p; continue; }
    const a = out[out.length - 1]!;
    const b = p[0]!;
    out += isWide(a) || isWide(b) ? p : ' ' + p;
  }
  return out;
}

function isWide(ch: string): boolean {
  return /[\u3000-\u9fff\uff00-\uffef]/.test(ch);
}

/** Reads one row's descriptor cells (non-empty texts, left to right). */
export function readDescriptor(cells: readonly string[]): Descriptor {
  const quick = quickDescriptor(cells);
  if (quick) return quick;
  const codeParts: string[] = [];
  const labelParts: string[] = [];
  for (const raw of cells) {
    const t = raw.replace(/\n/g, ' ').trim();
    if (t === '') continue;
    // parts of one code sit in adjacent cells (类|款|项); a second complete code would be a new code, so only
    // 2-digit groups continue a code that is already started
    if (labelParts.length === 0 && /^\d{2,7}$|^\d{2,3}(?:[ \u3000]+\d{2})+$/.test(t) && codeLike(codeParts, t)) {
      codeParts.push(t);
      continue;
    }
    if (codeParts.length === 0 && labelParts.length === 0) {
      const split = splitCodeName(t);
      if (split) {
        codeParts.push(split[0]);
        labelParts.push(split[1]);
        continue;
      }
    }
    labelParts.push(raw.includes('\n') ? joinWrapped(raw.split('\n').map((s) => s.trim())) : t);
  }
  const code = codeParts.join('').replace(/[ \u3000]+/g, '');
  const valid = codeParts.length > 0 && CODE_LENGTHS.has(code.length);
  return {
    code: valid ? code : null,
    codeText: valid ? codeParts.join(' ') : '',
    label: valid ? joinWrapped(labelParts) : joinWrapped([...codeParts, ...labelParts]),
  };
}

/**
 * The common shapes without regex work: [label] or [code, label] where the code is 3/5/7 plain digits and the
 * label one trimmed line that does not start with a digit. Gives what the general reading below gives.
 */
function quickDescriptor(cells: readonly string[]): Descriptor | null {
  if (cells.length === 0 || cells.length > 2) return null;
  const label = cells[cells.length - 1]!;
  if (!isPlainLabel(label)) return null;
  if (cells.length === 1) return { code: null, codeText: '', label };
  const code = cells[0]!;
  if (!(code.length === 3 || code.length === 5 || code.length === 7)) return null;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return { code, codeText: code, label };
}

function isPlainLabel(t: string): boolean {
  if (t === '' || t.includes('\n') || t.trim() !== t) return false;
  const c = t.charCodeAt(0);
  return !(c >= 48 && c <= 57) && c !== 0xff10 && !(c > 0xff10 && c <= 0xff19);
}

function codeLike(sofar: readonly string[], next: string): boolean {
  const digits = next.replace(/[ \u3000]+/g, '');
  if (sofar.length === 0) return digits.length === 3 || digits.length === 5 || digits.length === 7;
  const len = sofar.join('').replace(/[ \u3000]+/g, '').length + digits.length;
  return digits.length === 2 && len <= 7;
}
