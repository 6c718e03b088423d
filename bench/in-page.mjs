/**
 * Functions run inside the app's page (through Playwright). They are self-contained: Playwright sends their
 * source to the page. Times are performance.now() values, i.e. milliseconds since the navigation started.
 *
 * "Painted" = the first moment after the frame that shows the DOM change: a requestAnimationFrame callback runs
 * before the frame is painted, a message posted from it is handled after the paint.
 */

/** Installed before any script of every app page: notes when the first page's list is on screen. */
export function watchFirstList() {
  if (location.pathname.startsWith('/__bench')) return;
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
  // A table that is not loading and has rows: data rows, or the "nothing here" row of an empty ledger.
  const listShown = () => {
    const table = document.querySelector('.ant-table-wrapper');
    if (!table || table.querySelector('.ant-spin-spinning')) return false;
    return !!table.querySelector('tbody tr.ant-table-row, tbody tr.ant-table-placeholder');
  };
  const observer = new MutationObserver(() => {
    if (!listShown()) return;
    observer.disconnect();
    afterPaint((t) => (window.__firstList = t));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
}

/**
 * From the hash change to #/review until the first table row shows the newest case (painted), and until the
 * list is complete (its total shows every live case).
 */
export function openReviewList({ firstCaseNo, total, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const afterPaint = (cb) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => cb(performance.now());
        ch.port2.postMessage(0);
      });
    const result = { firstRows: null, complete: null };
    const rowsShown = () => document.querySelector('.ant-table-tbody tr.ant-table-row')?.textContent?.includes(firstCaseNo);
    const completeShown = () => document.querySelector('.ant-pagination-total-text')?.textContent?.replace(/\s/g, '') === `共${total}件`;
    let t0 = 0;
    const check = () => {
      if (result.firstRows === null && rowsShown()) {
        result.firstRows = -1;
        afterPaint((t) => (result.firstRows = t - t0));
      }
      if (result.complete === null && completeShown() && rowsShown()) {
        result.complete = -1;
        observer.disconnect();
        clearTimeout(timer);
        afterPaint((t) => {
          result.complete = t - t0;
          const wait = () => (result.firstRows > 0 ? resolve(result) : setTimeout(wait, 5));
          wait();
        });
      }
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`review list not shown within ${timeoutMs} ms (first row ${firstCaseNo}, total ${total})`));
    }, timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    t0 = performance.now();
    location.hash = '#/review';
  });
}

/** Types `term` into the 行政复议 search box (one input event, as a paste) until the list shows `expected` cases, painted. */
export function searchReviewList({ term, expected, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const input = document.querySelector('input[aria-label="搜索案件"]');
    if (!input) return reject(new Error('search box not found'));
    const afterPaint = (cb) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => cb(performance.now());
        ch.port2.postMessage(0);
      });
    const shown = () => {
      if (document.querySelector('.ant-pagination-total-text')?.textContent?.replace(/\s/g, '') !== `共${expected}件`) return false;
      const first = document.querySelector('.ant-table-tbody tr.ant-table-row');
      return !!first && (!term || first.textContent.includes(term));
    };
    let t0 = 0;
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      afterPaint((t) => resolve(t - t0));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`search “${term}” did not show ${expected} cases within ${timeoutMs} ms`));
    }, timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    input.focus();
    t0 = performance.now();
    setValue.call(input, term);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: term }));
  });
}

/**
 * From the hash change to #/stats?year=Y until every year panel shows its figures (no skeleton, the 行政协议 card's
 * 年末待审 shown), painted.
 */
export function openStatsPage({ year, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const afterPaint = (cb) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => cb(performance.now());
        ch.port2.postMessage(0);
      });
    const shown = () =>
      document.body.textContent.includes(`${year}年度统计`) &&
      !document.querySelector('.ant-skeleton') &&
      [...document.querySelectorAll('.ant-statistic-title')].some((e) => e.textContent === '年末待审');
    let t0 = 0;
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      afterPaint((t) => resolve(t - t0));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`年度统计 ${year} not shown within ${timeoutMs} ms`));
    }, timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    t0 = performance.now();
    location.hash = `#/stats?year=${year}`;
  });
}
