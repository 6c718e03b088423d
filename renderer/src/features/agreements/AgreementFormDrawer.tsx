import type { Dayjs } from 'dayjs';
import { AutoComplete, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
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
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      title={existing ? `修改审查记录：${existing.name}` : '登记行政协议合法性审查'}
      fieldNames={FIELDS}
      initial={() =>
        existing
          ? { ...existing, receivedDate: fromDateStr(existing.receivedDate), opinionDate: fromDateStr(existing.opinionDate) }
          : { receivedDate: fromDateStr(today()), handler: settings.operatorName }
      }
      onSubmit={(v) =>
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
              <InputNumber style={{ width: '100%' }} min={0} precision={4} suffix="万元" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="receivedDate" label={L.receivedDate} required>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="handler" label={L.handler} required>
              <AutoComplete options={handlers.map((h) => ({ value: h }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="opinionDate" label={L.opinionDate}>
              <DatePicker style={{ width: '100%' }} />
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
