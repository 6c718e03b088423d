/** What other features may use of 规范性文件 (normative): every import from outside goes through this file. */
export { useLiveCleanupBatches, useLiveDocuments, useLiveFilingReviews, useLiveLegalityReviews } from './use-normative';
