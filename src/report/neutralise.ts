// Formula-injection defence for spreadsheet exports (OWASP "CSV injection"): a text that Excel or LibreOffice
// would read as a formula (leading =, +, -, @, tab or CR) gets a leading apostrophe. Decimal strings that match
// a strict number pattern are left alone so a negative difference such as "-12.50" stays a readable number.

/** Leading characters that can make a spreadsheet evaluate a cell. Stricter than OWASP's list on purpose: blanks
 * before the sign (some importers trim them) and the full-width signs an IME types are caught too. */
const FORMULA_START = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r\n]/;
/** A plain amount: optional minus, digits (optionally grouped by commas), optional fraction and %. Such a text
 * cannot hold a function call or a DDE payload, and spreadsheets read it as the number it is. */
const STRICT_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

export function isStrictNumber(text: string): boolean {
  return STRICT_NUMBER.test(text);
}

/** For free-text fields (labels, messages, notes, formulas, cell texts): always neutralised. */
export function neutraliseText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** For numeric fields (expected, actual, difference, tolerance, 行次, 栏, the cell's printed amount): kept when
 * strictly numeric, neutralised like text otherwise. */
export function neutraliseNumber(text: string): string {
  return isStrictNumber(text) ? text : neutraliseText(text);
}
