import type { Dayjs } from 'dayjs';
import { Col, Form, Input, Row } from 'antd';
import { AGREEMENT_FIELD_LABELS as L, AGREEMENT_FIELD_NAMES } from '../../../../shared/agreements/schema';
import { AGREEMENT_CATEGORIES, AGREEMENT_OPINION_LABELS, SIGNING_CAPACITY_LABELS, type AgreementReview } from '../../../../shared/agreements/types';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { ChoiceItem, DateItem, NameItem, NoteItem, PickItem, TextItem } from '../../ui/form-items';
import { FormDrawer } from '../../ui/FormDrawer';
import { saveAgreement } from './agreement-repo';
import { formInput } from '../../ui/form-values';

const FIELDS = AGREEMENT_FIELD_NAMES;

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
          <TextItem name="name" label={L.name} span={24} required placeholder="如：丹阳市某某产业园项目投资协议" />
          <ChoiceItem
            name="signingCapacity"
            label={L.signingCapacity}
            span={12}
            required
            placeholder="选择签订名义"
            labels={SIGNING_CAPACITY_LABELS}
          />
          <PickItem name="category" label={L.category} span={12} required placeholder="选择协议类别" values={AGREEMENT_CATEGORIES} />
          <TextItem name="submittingUnit" label={L.submittingUnit} span={12} required placeholder="如：丹阳市商务局" />
          <TextItem name="counterparty" label={L.counterparty} span={12} required />
          <Col span={8}>
            <Form.Item name="amount" label={L.amount}>
              {/* Text, not InputNumber: that input would turn -5 into 0 and drop 十二万 unseen; the validator reads the text and refuses what is no amount. */}
              <Input inputMode="decimal" suffix="万元" placeholder="如：1200.5" />
            </Form.Item>
          </Col>
          <DateItem name="receivedDate" label={L.receivedDate} span={8} required />
          <NameItem name="handler" label={L.handler} span={8} required names={handlers} />
          <DateItem name="opinionDate" label={L.opinionDate} span={12} />
          <ChoiceItem name="opinion" label={L.opinion} span={12} allowClear placeholder="出具意见后选择" labels={AGREEMENT_OPINION_LABELS} />
          <Col span={24}>
            <Form.Item name="problems" label={L.problems}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
          <NoteItem name="note" label={L.note} span={24} />
        </Row>
      )}
    </FormDrawer>
  );
}
