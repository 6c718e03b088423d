/**
 * antd's own icons (a Select's arrow, an input's clear button, the pagination arrows, an Alert's sign) render
 * `role="img" aria-label="down"`: English words in the accessibility tree, and the only name of an icon-only
 * button ("close-circle", "search", "left"). This hides every such icon and names the icon-only control in Chinese.
 * The app's own icons are hidden where they are made (ui/icons.tsx); this covers the ones inside antd.
 */
const CONTROL_NAMES: Readonly<Record<string, string>> = {
  'close-circle': '清除',
  close: '关闭',
  search: '搜索',
  left: '上一页',
  right: '下一页',
  'double-left': '向前 5 页',
  'double-right': '向后 5 页',
};

const LOUD = 'span.anticon[role="img"]:not([aria-hidden])';

function quiet(icon: Element): void {
  const name = icon.getAttribute('aria-label') ?? '';
  icon.setAttribute('aria-hidden', 'true');
  const control = icon.closest('button, [role="button"], a');
  if (!control || control.hasAttribute('aria-label') || control.getAttribute('title') || control.textContent?.trim()) return;
  const chinese = CONTROL_NAMES[name];
  if (chinese) control.setAttribute('aria-label', chinese);
}

export function quietIcons(root: Element): void {
  if (root.matches(LOUD)) quiet(root);
  for (const icon of root.querySelectorAll(LOUD)) quiet(icon);
}

/** Keeps every icon under `root` (the document body: dropdowns and dialogs are portals) quiet as the page changes. */
export function watchIcons(root: Element): void {
  quietIcons(root);
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) quietIcons(node);
  }).observe(root, { childList: true, subtree: true });
}
