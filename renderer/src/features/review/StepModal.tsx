import { useEffect, useRef, useState } from 'react';
import { App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { extensionDaysError, lawForDate, MAX_EXTENSION_DAYS, type StepInput } from '../../../../shared/review/lifecycle';
import {
  OUTCOME_LABELS,
  PROCEDURE_LABELS,
  REVIEW_OUTCOMES,
  STEP_DATE_LABELS,
  STEP_LABELS,
  type ReviewCase,
  type ReviewStepKind,
} from '../../../../shared/review/types';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, toDateStr, today } from '../../ui/dates';
import { DateField } from '../../ui/DateField';
import { errorText } from '../../ui/errors';
import { isCancelButton, submitOnEnter, useFormGuard } from '../../ui/form-guard';
import { addStep } from './review-repo';

/** The extension limit of the lifecycle rule, shown on the field as the clerk types. */
const EXTENSION_RULES = [
  {
    validator: (_: unknown, days: number | null | undefined) => {
      const problem = extensionDaysError(days);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  },
];

interface Props {
  c: ReviewCase;
  kind: ReviewStepKind | null;
  /** 视为受理: the date is fixed by the acceptance period. */
  deemedDate?: string | null;
  onClose: () => void;
}

export function StepModal({ c, kind, deemedDate, onClose }: Props) {
  const settings = useSettings();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const guard = useFormGuard();
  /** The case's version when the modal opened: the step is refused if another window changed the case since. */
  const openedAt = useRef<string | undefined>(undefined);
  const date = Form.useWatch('date', form);
  const outcome = Form.useWatch('outcome', form);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is taken when the modal opens, not each time the case changes.
  useEffect(() => {
    if (!kind) return;
    openedAt.current = c.updatedAt;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ date: fromDateStr(deemedDate ?? today()), procedure: 'ordinary', extensionDays: 30, compensation: false });
  }, [kind, deemedDate, form]);

  if (!kind) return null;
  const stepDate = toDateStr(date);
  const law2023 = stepDate ? lawForDate(stepDate) === 'law2023' : false;
  const outcomes = REVIEW_OUTCOMES.filter((o) => o !== 'confirmInvalid' || c.law === 'law2023');

  const submit = async () => {
    const v = form.getFieldsValue(true);
    const step: StepInput = { kind, date: toDateStr(v.date) ?? '', note: v.note?.trim() || undefined };
    if (kind === 'accept') {
      step.procedure = law2023 ? v.procedure : 'ordinary';
      if (deemedDate) step.deemed = true;
    }
    if (kind === 'extend') step.extensionDays = v.extensionDays ?? undefined;
    if (kind === 'conclude') {
      step.outcome = v.outcome;
      step.compensation = !!v.compensation;
      if (v.outcome === 'terminate') step.correctedBeforeTermination = !!v.correctedBeforeTermination;
    }
    setSaving(true);
    setError(null);
    try {
      await addStep(c.id, step, settings.operatorName, today(), openedAt.current);
      message.success(`已记录：${title}（${step.date}）`);
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const title = deemedDate ? '视为受理' : STEP_LABELS[kind];
  return (
    <Modal
      open
      title={`${title} — ${c.caseNo}`}
      okText="确定"
      cancelText="取消"
      onOk={submit}
      confirmLoading={saving}
      onCancel={(e) => (isCancelButton(e) ? onClose() : guard.askDiscard(form.isFieldsTouched(), onClose))}
      destroyOnHidden
    >
      <ErrorNotice message={error} />
      {deemedDate && (
        <Typography.Paragraph type="secondary">
          受理审查期限已届满且未作出不予受理决定，依照2023年修订的行政复议法，自期限届满之日起视为受理。
        </Typography.Paragraph>
      )}
      {/* Enter in the date field confirms the date (it does not save the step before the clerk chose its details); in a text field it saves. */}
      <Form form={form} layout="vertical" onKeyDown={submitOnEnter(submit)}>
        <Form.Item name="date" label={STEP_DATE_LABELS[kind]} required>
          <DateField style={{ width: '100%' }} disabled={!!deemedDate} />
        </Form.Item>
        {kind === 'accept' && law2023 && (
          <Form.Item name="procedure" label="审理程序" required>
            <Radio.Group options={(['ordinary', 'simple'] as const).map((p) => ({ value: p, label: PROCEDURE_LABELS[p] }))} />
          </Form.Item>
        )}
        {kind === 'extend' && (
          <Form.Item name="extensionDays" label="延长天数" required extra={`最多延长${MAX_EXTENSION_DAYS}日，且只能延长一次`} rules={EXTENSION_RULES}>
            {/* No min, max or precision: the input would silently turn 0 into 1, 31 into 30, 1.5 into 2; the rule names the limit instead. */}
            <InputNumber style={{ width: '100%' }} suffix="天" />
          </Form.Item>
        )}
        {kind === 'conclude' && (
          <>
            <Form.Item name="outcome" label="审理结果" required>
              <Select placeholder="选择审理结果" options={outcomes.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))} />
            </Form.Item>
            <Form.Item name="compensation" valuePropName="checked">
              <Checkbox>一并决定行政赔偿</Checkbox>
            </Form.Item>
            {outcome === 'terminate' && (
              <Form.Item name="correctedBeforeTermination" valuePropName="checked">
                <Checkbox>被申请人改正后申请人撤回而终止（改正后终止）</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
