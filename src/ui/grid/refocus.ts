// Handsontable with imeFastEdit moves the keyboard focus into its editor's text area shortly after a cell is
// selected: a select() of that text area, debounced by 1 ms, so that an input method's first keystroke opens the
// editor. On a busy page the browser handles the keystrokes typed right after a click (or after Enter) before that
// timer: the first keystroke opens the editor, then the late select() selects what was typed so far and the next
// keystroke replaces it ("4.00" is stored as ".00"). Here the late refocus selects nothing once the editor is open.
import type { Handsontable } from './hot.ts';

interface TextAreaEditor {
  readonly TEXTAREA?: HTMLTextAreaElement;
  isOpened(): boolean;
}

/** Makes the grid's delayed refocus leave an open editor (and the text typed into it) alone. */
export function keepTypedText(hot: Handsontable): void {
  const refocusTarget = (): HTMLElement | undefined => {
    const editor = hot.getActiveEditor() as TextAreaEditor | undefined;
    return editor && !editor.isOpened() ? editor.TEXTAREA : undefined;
  };
  // typed as always returning an element, but Handsontable calls it as getRefocusElement()?.select()
  hot.getFocusManager().setRefocusElementGetter(refocusTarget as () => HTMLElement);
}
