import { lazy, useState, type ComponentType } from 'react';

/** A page's code: loaded once (lazyPage), and its React.lazy stand-in for a visit before that. */
interface PageCode<P> {
  loaded: ComponentType<P> | null;
  Lazy: ComponentType<P>;
}

/** Draws the page directly when its code was there at mount, through React.lazy otherwise (decided once per mount). */
function PageView<P extends object>({ code, props }: { code: PageCode<P>; props: P }) {
  const [Direct] = useState(() => code.loaded);
  return Direct ? <Direct {...props} /> : <code.Lazy {...props} />;
}

/**
 * A page fetched on first use, like React.lazy, but drawn at once when its code is already there (the idle preload,
 * an earlier visit). React.lazy suspends on the first render of every lazy component even when the module has
 * been loaded, and React then holds the Suspense fallback for its minimum of 300 ms before it shows the page: a
 * first visit of the 行政复议 list waited that long for nothing (issue 15).
 *
 * Whether a mounted page draws directly or through React.lazy is decided once, when it mounts, so that it never
 * changes component type (and loses its state) while mounted.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => Promise<void> } {
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () => {
    pending ??= load().then(
      (c) => (code.loaded = c),
      (e: unknown) => {
        // A failed fetch may be tried again on the next visit.
        pending = null;
        throw e;
      },
    );
    return pending;
  };
  const code: PageCode<P> = { loaded: null, Lazy: lazy(async () => ({ default: await get() })) };
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page at module level, as React.lazy is.
  const Page = (props: P) => <PageView code={code} props={props} />;
  Page.preload = () => get().then(() => undefined);
  return Page;
}
