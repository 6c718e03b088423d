import { Tag } from 'antd';
import { NON_ACCEPTANCE_KINDS, STATUS_LABELS, STEP_LABELS, type ReviewCase, type ReviewStatus } from '../../../../shared/review/types';

const STATUS_COLORS: Record<ReviewStatus, string> = {
  received: 'blue',
  awaitingCorrection: 'gold',
  notAccepted: 'default',
  underReview: 'processing',
  suspended: 'orange',
  concluded: 'green',
};

export function StatusTag({ c }: { c: ReviewCase }) {
  const label =
    c.status === 'notAccepted' && c.nonAcceptance && NON_ACCEPTANCE_KINDS.includes(c.nonAcceptance)
      ? STEP_LABELS[c.nonAcceptance]
      : STATUS_LABELS[c.status];
  return <Tag color={STATUS_COLORS[c.status]}>{label}</Tag>;
}
