import type { Dayjs } from 'dayjs';
import { AutoComplete, Col, Form, Input, Row, Select } from 'antd';
import { AGREEMENT_FIELD_LABELS as L } from '../../../../shared/agreements/schema';
import {
  AGREEMENT_CATEGORIES,
  AGREEMENT_OPINIONS,
  AGREEMENT_OPINION_LABELS,
  SIGNING_CAPACITIES,
  SIGNING_CAPACITY_LABELS,
  type AgreementReview,
} from '../../../../shared/agreements/types';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { DateField } from '../../ui/DateField';
import { FormDrawer } from '../../ui/FormDrawer';
import { saveAgreement } from './agreement-repo';
import { formInput } from '../../ui/form-values';

const FIELDS = [
  'name',
  'signingCapacity',
  'submittingUnit',
  'counterparty',
  'category',
  'amount',
  'receivedDate',
  'opinionDate',
  'opinion',
  'problems',
  'handler',
  'note',
] as const;

type Values = Record<(typeof FIELDS)[number], unknown> & { receivedDate?: Dayjs; opinionDate?: Dayjs };

interface Props {
  open: boolean;
  existing: AgreementReview | null;
  handlers: string[];
  onClose: () => void;
}

export function AgreementFormDrawer({ open, existing, handlers, onClose }: Props) {
  const settings = useSettings();
  return (
    <FormDrawer<Values, AgreementReview>
      open={open}
      existing={existing}
      table="agreementReviews"
      onClose={onClose}
      title={existing ? `修改审查记录：${existing.name}` : '登记行政协议合法性审查'}
      fieldNames={FIELDS}
      initial={(e) =>
        e
          ? {
              ...e,
              amount: e.amount === null ? undefined : String(e.amount),
              receivedDate: fromDateStr(e.receivedDate),
              opinionDate: fromDateStr(e.opinionDate),
            }
          : { receivedDate: fromDateStr(today()), handler: settings.operatorName }
      }
      onSubmit={(v, openedAt) =>
        saveAgreement(
          {
            ...v,
            ...formInput(v, {
              texts: ['name', 'submittingUnit', 'counterparty', 'problems', 'handler', 'note'],
              choices: ['amount', 'opinion'],
              requiredDates: ['receivedDate'],
              dates: ['opinionDate'],
            }),
          },
          existing?.id ?? null,
          settings.operatorName,
          today(),
          openedAt,
        )
      }
    >
      {() => (
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label={L.name} required>
              <Input placeholder="如：丹阳市某某产业园项目投资协议" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="signingCapacity" label={L.signingCapacity} required>
              <Select placeholder="选择签订名义" options={SIGNING_CAPACITIES.map((s) => ({ value: s, label: SIGNING_CAPACITY_LABELS[s] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={L.category} required>
              <Select placeholder="选择协议类别" options={AGREEMENT_CATEGORIES.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="submittingUnit" label={L.submittingUnit} required>
              <Input placeholder="如：丹阳市商务局" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="counterparty" label={L.counterparty} required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="amount" label={L.amount}>
              {/* Text, not InputNumber: that input would turn -5 into 0 and drop 十二万 unseen; the validator reads the text and refuses what is no amount. */}
              <Input inputMode="decimal" suffix="万元" placeholder="如：1200.5" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="receivedDate" label={L.receivedDate} required>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="handler" label={L.handler} required>
              <AutoComplete options={handlers.map((h) => ({ value: h }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="opinionDate" label={L.opinionDate}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="opinion" label={L.opinion}>
              <Select
                allowClear
                placeholder="出具意见后选择"
                options={AGREEMENT_OPINIONS.map((o) => ({ value: o, label: AGREEMENT_OPINION_LABELS[o] }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="problems" label={L.problems}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={L.note}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </FormDrawer>
  );
}
