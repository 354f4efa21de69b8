// Page furniture inside 部门预算 table blocks of layout text: page numbers and the 公开NN表 / 表十 marks printed
// above each table (so at the foot of the table before), which must join neither a row's name nor a note.

/** A line that is only a page number or a table-number mark. */
export const FURNITURE = /^(公开\d+表|公开表[一二三四五六七八九十]+|表[一二三四五六七八九十]+|\d{1,3}|-\d+-)$/;

/** A note without the page number and 公开NN表 mark that pdftotext appends to the last note of a page. */
export function withoutFurniture(note: string): string {
  return note.replace(/(?:\s*\d{1,3})?(?:\s*公开\s*\d+\s*表)?\s*$/, '').trim() || note;
}
