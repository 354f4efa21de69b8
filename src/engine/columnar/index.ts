// The columnar table: build, convert, find behind a Table, and send to or from a worker.
export {
  ColumnarTable, columnarOf, lazyRowOrigin, CK_EMPTY, CK_NUMBER, CK_PERCENT, CK_PLACEHOLDER, CK_TEXT, type ColumnData, type RowMeta, type TableMeta,
} from './columnar-table.ts';
export { ColumnarBuilder, toColumnar } from './build.ts';
export { fromTransfer, toTransfer, TransferReader, type ColumnarMessage, type ColumnsMessage } from './transfer.ts';
