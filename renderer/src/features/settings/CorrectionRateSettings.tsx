import { useEffect } from 'react';
import { Button, Checkbox, Form, Radio, Typography } from 'antd';
import { describeCorrectionRate } from '../../../../shared/review/counts';
import {
  DEFAULT_CORRECTION_RATE,
  DENOMINATOR_LABELS,
  OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  type CorrectionRateDefinition,
  type CorrectionRateDenominator,
} from '../../../../shared/review/types';
import { useSettings } from '../../app/settings-context';
import { useSaveSettings } from './use-save-settings';
import { useUnsavedMark } from '../../ui/unsaved';

export function CorrectionRateSettings() {
  const settings = useSettings();
  const save = useSaveSettings();
  const mark = useUnsavedMark();
  const [form] = Form.useForm<CorrectionRateDefinition>();
  useEffect(() => form.setFieldsValue(settings.correctionRate), [settings.correctionRate, form]);
  const current = Form.useWatch([], form) as CorrectionRateDefinition | undefined;

  const submit = async (v: CorrectionRateDefinition) => {
    const def: CorrectionRateDefinition = {
      outcomes: v.outcomes ?? [],
      denominator: v.denominator,
      includeCorrectedTermination: !!v.includeCorrectedTermination,
    };
    if (await save({ correctionRate: def }, `修改直接纠错率口径：${describeCorrectionRate(def)}`)) mark(false);
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => mark(true)}>
      <Form.Item name="outcomes" label="计为直接纠错的审理结果" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一种审理结果' }]}>
        <Checkbox.Group options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))} />
      </Form.Item>
      <Form.Item name="includeCorrectedTermination" valuePropName="checked">
        <Checkbox>“改正后终止”的案件也计为纠错</Checkbox>
      </Form.Item>
      <Form.Item name="denominator" label="分母">
        <Radio.Group
          options={(Object.keys(DENOMINATOR_LABELS) as CorrectionRateDenominator[]).map((d) => ({ value: d, label: DENOMINATOR_LABELS[d] }))}
        />
      </Form.Item>
      {current?.outcomes && current.denominator && (
        <Typography.Paragraph type="secondary">{describeCorrectionRate({ ...DEFAULT_CORRECTION_RATE, ...current })}</Typography.Paragraph>
      )}
      <Button type="primary" htmlType="submit">
        保存口径
      </Button>
      <Button
        style={{ marginLeft: 8 }}
        onClick={() => {
          form.setFieldsValue(DEFAULT_CORRECTION_RATE);
          mark(true);
        }}
      >
        恢复默认口径
      </Button>
    </Form>
  );
}
