// Chinese wording of the export menu: buttons and file names. Keys: 'exports.*'; placeholders {name}.
export default {
  'exports.group': '导出',
  'exports.print': '打印审核报告',
  'exports.html': '审核报告 HTML',
  'exports.csv': '问题清单 CSV',
  'exports.json': '问题清单 JSON',
  'exports.xlsx': '标注工作簿 .xlsx',
  'exports.pdf': '标注 PDF（原文件）',
  'exports.pdfTitle': '勾稽核对结果',
  'exports.notLocated': '（未能在 PDF 上定位）',
  'exports.failed': '导出失败，请重试。',
  'exports.file.html': '{base}-审核报告.html',
  'exports.file.csv': '{base}-问题清单.csv',
  'exports.file.json': '{base}-问题清单.json',
  'exports.file.xlsx': '{base}-标注.xlsx',
  'exports.file.pdf': '{base}-标注.pdf',
} as const;
