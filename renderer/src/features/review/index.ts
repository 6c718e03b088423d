/** What other features may use of 行政复议 (review): every import from outside goes through this file. */
export { useLiveCases, useLiveLetters, useOpenCases } from './use-review-data';
