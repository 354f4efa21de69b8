// Chinese wording of too-large. Keys: 'too-large.*'; placeholders {name}.
export default {
  'too-large.tooLargeMessage': '表格展开后的单元格超过 {max} 个的上限（至少 {value} 个：合并单元格的 rowspan/colspan 过大），未读取',
  'too-large.tooLargeMessage_the_workbook_unpacks': '工作簿解压后超过 {megabytes} 的上限（至少 {megabytes2}），未解压',
  'too-large.tooLargeMessage_the_workbook_holds': '工作簿内的文件超过 {max} 个的上限（{value} 个），未解压',
  'too-large.tooLargeMessage_worksheet_has_more': '工作表{sheet}的行数超过 {max} 行的上限（至少 {value} 行），未读取',
  'too-large.tooLargeMessage_worksheet_spans_more': '工作表{sheet}的单元格（行数 × 列数）超过 {max} 个的上限（至少 {value} 个），未读取',
  'too-large.tooLargeMessage_the_workbook_has': '工作簿的共享字符串超过 {max} 条的上限（至少 {value} 条），未读取',
  'too-large.tooLargeMessage_the_workbook_s': '工作簿的共享字符串超过 {megabytes} 的上限（至少 {megabytes2}），未读取',
  'too-large.tooLargeMessage_in_the_workbook': '工作簿中的 {sheetRaw} 解压后大于其声明的大小（{value} 字节），文件已损坏或被篡改，未读取',
  'too-large.tooLargeMessage_input_too_large': '输入过大：{megabytes}，上限 {megabytes2}',
} as const;
