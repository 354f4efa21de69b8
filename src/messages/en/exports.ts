// English wording of the export menu: buttons and file names. Keys: 'exports.*'; placeholders {name}.
import type exports from '../zh/exports.ts';

const en: Record<keyof typeof exports, string> = {
  'exports.group': 'Export',
  'exports.print': 'Print audit report',
  'exports.html': 'Audit report HTML',
  'exports.csv': 'Findings CSV',
  'exports.json': 'Findings JSON',
  'exports.xlsx': 'Annotated workbook .xlsx',
  'exports.pdf': 'Marked-up PDF (original file)',
  'exports.pdfTitle': 'Gouji findings',
  'exports.listTitle': 'Gouji findings ({n})',
  'exports.listHead': '{n}. {severity}  {page}',
  'exports.listHeadNotLocated': '{n}. {severity}  {page} (not located on the PDF)',
  'exports.asciiListTitle': 'Gouji findings: {n} (each note is on its box)',
  'exports.asciiListValues': ': expected {expected}, actual {actual}, difference {difference}',
  'exports.asciiListLine': '{n}. {severity}, page {page}{values}',
  'exports.asciiListLineNotLocated': '{n}. {severity}, page {page}{values} (not located on the PDF)',
  'exports.notLocated': '(not located on the PDF)',
  'exports.failed': 'Export failed; please retry.',
  'exports.file.html': '{base}-audit-report.html',
  'exports.file.csv': '{base}-findings.csv',
  'exports.file.json': '{base}-findings.json',
  'exports.file.xlsx': '{base}-annotated.xlsx',
  'exports.file.pdf': '{base}-marked.pdf',
};

export default en;
