// Handsontable, imported module by module so the initial JavaScript stays small: the base grid, the text
// cell type and only the plugins the workbench uses (copy/paste, undo/redo, column resize, nested headers over side-by-side panes).
import Handsontable from 'handsontable/base';
import { registerCellType } from 'handsontable/cellTypes';
import { TextCellType } from 'handsontable/cellTypes/textType';
import { registerPlugin } from 'handsontable/plugins';
import { CopyPaste } from 'handsontable/plugins/copyPaste';
import { UndoRedo } from 'handsontable/plugins/undoRedo';
import { ManualColumnResize } from 'handsontable/plugins/manualColumnResize';
import { NestedHeaders } from 'handsontable/plugins/nestedHeaders';
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main.min.css';

registerCellType(TextCellType);
registerPlugin(CopyPaste);
registerPlugin(UndoRedo);
registerPlugin(ManualColumnResize);
registerPlugin(NestedHeaders);

export const LICENSE_KEY: string = import.meta.env.VITE_HOT_LICENSE_KEY ?? 'non-commercial-and-evaluation';
export const THEME_NAME = 'ht-theme-main';

/** Writes the app makes itself carry this source so the change hook does not treat them as user edits. */
export const APP_SOURCE = 'gouji.app';

export { Handsontable };
export type { CellChange, ChangeSource, GridSettings } from 'handsontable/base';
