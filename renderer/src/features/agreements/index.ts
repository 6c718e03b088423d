/** What other features may use of 行政协议审查 (agreements): every import from outside goes through this file. */
export { useLiveAgreements } from './use-agreements';
