import type { KeyboardEvent } from 'react';
import { App } from 'antd';
import { StaleWriteError } from '../db/write';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/**
 * The questions a form asks before anything typed could be lost: on Esc, a click on the mask or the close button of
 * a changed form (`askDiscard`), and after a save refused because the record changed in another window meanwhile
 * (`offerReload`: the clerk chooses to reload; nothing is overwritten either way).
 */
export function useFormGuard() {
  const { modal } = App.useApp();
  return {
    askDiscard: (changed: boolean, discard: () => void) => askDiscard(modal, changed, discard),
    offerReload: (e: unknown, reload: () => void | Promise<void>) => offerReload(modal, e, reload),
  };
}

let asking = false;

function askDiscard(modal: ModalApi, changed: boolean, discard: () => void): void {
  if (!changed) {
    discard();
    return;
  }
  if (asking) return;
  asking = true;
  modal.confirm({
    title: '放弃填写的内容？',
    content: '表单中有尚未保存的内容，关闭后将丢失。',
    okText: '放弃并关闭',
    okButtonProps: { danger: true },
    cancelText: '继续填写',
    onOk: discard,
    afterClose: () => {
      asking = false;
    },
  });
}

export const STALE_FORM_TITLE = '该记录已在其他窗口被修改';

/** After a refused stale write: says so, and reloads the record into the form only when the clerk asks. True if it was one. */
function offerReload(modal: ModalApi, e: unknown, reload: () => void | Promise<void>): boolean {
  if (!(e instanceof StaleWriteError)) return false;
  modal.confirm({
    title: STALE_FORM_TITLE,
    content: '打开本表单之后，该记录已被修改并保存（可能在另一个窗口）。为不覆盖那次修改，本次没有保存。可重新载入最新内容，核对后再修改保存。',
    okText: '重新载入最新内容',
    cancelText: '暂不载入',
    onOk: reload,
  });
  return true;
}

/**
 * Enter in a text input saves the form (as the save button would). Not in a text area (a new line), nor in a date
 * picker or a select, where Enter confirms the choice.
 */
export function submitOnEnter(submit: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (target.tagName !== 'INPUT') return;
    if (target.closest('.ant-picker, .ant-select')) return;
    e.preventDefault();
    submit();
  };
}

/** A Modal's onCancel came from its own 取消 button (an explicit choice), not from Esc, the mask or the close icon. */
export function isCancelButton(e: { target: unknown }): boolean {
  return e.target instanceof Element && !!e.target.closest('.ant-modal-footer');
}

/** Asks the clerk to confirm what is odd but allowed (e.g. a 案号 of another year); `proceed` runs only on 仍然保存. */
export function useConfirmWarnings() {
  const { modal } = App.useApp();
  return (warnings: readonly string[], proceed: () => void) =>
    modal.confirm({
      title: '请核对后再保存',
      content: warnings.join('；'),
      okText: '仍然保存',
      cancelText: '返回修改',
      onOk: proceed,
    });
}
