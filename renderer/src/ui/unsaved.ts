import { useCallback, useEffect, useRef } from 'react';

/**
 * What the clerk typed and has not saved, app-wide: each form with unsaved changes marks itself here
 * (`useUnsavedMark`), synchronously, so that a save followed at once by a navigation is not asked about.
 * While anything is marked, leaving the page asks first: the router asks before another page opens (menu, link,
 * Back), and a reload or closing the window gets the browser's own question (`beforeunload`; the desktop app turns
 * it into a dialog of its own, electron/main.ts).
 */
const marked = new Set<symbol>();

export function hasUnsaved(): boolean {
  return marked.size > 0;
}

/** For tests: forget every mark. */
export function clearUnsaved(): void {
  marked.clear();
}

/** A mark for this component's form: call with true when the clerk changes it, false once saved or discarded. Unmounting clears it. */
export function useUnsavedMark(): (changed: boolean) => void {
  const key = useRef<symbol>(Symbol('unsaved'));
  useEffect(() => {
    const k = key.current;
    return () => {
      marked.delete(k);
    };
  }, []);
  return useCallback((changed: boolean) => {
    if (changed) marked.add(key.current);
    else marked.delete(key.current);
  }, []);
}

/** Marks the form as changed while `changed` is true (for a form whose changed state is already React state). */
export function useUnsaved(changed: boolean): void {
  const mark = useUnsavedMark();
  useEffect(() => {
    mark(changed);
  }, [changed, mark]);
}

export const LEAVE_TITLE = '离开本页面？';
export const LEAVE_TEXT = '本页面有尚未保存的内容，离开后将丢失。';

type Asker = (leave: () => void) => void;
/** Shows the question (set by the shell, which has the antd modal API); without one, the browser's confirm. */
let asker: Asker = (leave) => {
  if (window.confirm(`${LEAVE_TITLE}${LEAVE_TEXT}`)) leave();
};

export function setLeaveAsker(ask: Asker): void {
  asker = ask;
}

/** Runs `leave` now when nothing is unsaved, else once the clerk chose to leave. */
export function askLeave(leave: () => void): void {
  if (!hasUnsaved()) leave();
  else asker(leave);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (!hasUnsaved()) return;
    e.preventDefault();
    // Older engines need returnValue set to show their question.
    e.returnValue = '';
  });
}
