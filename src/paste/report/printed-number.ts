// The table number a report prints beside a table's title — "公开01表", "表一", "表1", "附表2", "部门预算公开06表" —
// so the reviewer sees the table named as printed. Found in the title itself ("2020年度收入支出决算总表（表1）"),
// on a line of its own just above the title, or in the first lines of the table block under it. Pure.

const MARK = String.raw`(?:部门(?:决算|预算)?)?公开\s*\d{1,2}\s*表|附?表\s*[0-9一二三四五六七八九十]{1,3}(?:\s*[-－—]\s*\d{1,2})?`;
/** a line that is only a table number */
const ALONE = new RegExp(String.raw`^\s*(${MARK})\s*[:：]?\s*$`);
/** a number at the end of a title, in brackets ("（表1）") or after it ("收入决算表 公开02表") */
const TRAILING = new RegExp(String.raw`(?:[（(]\s*(${MARK})\s*[)）]|\s+(${MARK}))\s*$`);
/** a number at the start of a title ("表一 收入支出决算总表", "附表2：…") */
const LEADING = new RegExp(String.raw`^\s*(${MARK})(?:\s*[:：、]\s*|\s+)(?=\S)`);

/** "公开 01 表" → "公开01表"; "表 1" → "表1". */
export function normalisePrintedNumber(mark: string): string {
  return mark.replace(/[\s\u3000]+/g, '');
}

/** The number printed inside a title, if any. */
export function printedNumberInTitle(title: string): string | null {
  const t = TRAILING.exec(title);
  if (t) return normalisePrintedNumber(t[1] ?? t[2]!);
  const l = LEADING.exec(title);
  return l ? normalisePrintedNumber(l[1]!) : null;
}

/** The title without its printed number ("2020年度收入支出决算总表（表1）" → "2020年度收入支出决算总表"). */
export function titleWithoutNumber(title: string): string {
  return title.replace(TRAILING, '').replace(LEADING, '').trim();
}

/** A line that holds nothing but a table number. */
export function printedNumberLine(text: string): string | null {
  const m = ALONE.exec(text);
  return m ? normalisePrintedNumber(m[1]!) : null;
}

/** How many non-blank lines under a title may still carry its number (公开01表, 部门：…, 年度, 单位). */
const LOOK_BELOW = 4;

const TABLE_CONTENT = /\t|\d\.\d{2}(?!\d)|栏\s*次|行\s*次/;

/**
 * The printed number of a table: in its title, else on the line just above the title (`above`: the non-blank line
 * printed right before the block, if any), else on a line of its own among the first lines under the title, before
 * the table's header or numbers begin (a table's own content never lends its number to the next one).
 */
export function printedNumberOf(title: string, blockLines: readonly string[], above: string | null): string | null {
  const inTitle = printedNumberInTitle(title);
  if (inTitle) return inTitle;
  const before = above !== null ? printedNumberLine(above) : null;
  if (before) return before;
  let seen = 0;
  for (const line of blockLines.slice(1)) {
    if (line.trim() === '') continue;
    const n = printedNumberLine(line);
    if (n) return n;
    if (TABLE_CONTENT.test(line) || ++seen >= LOOK_BELOW) break;
  }
  return null;
}
