import { useEffect } from 'react';
import { Button, Form, Input, Radio, Select } from 'antd';
import {
  APPEARANCE_RATE_LABELS,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
  type LitigationSettings as Values,
} from '../../../../shared/litigation/types';
import { useSettings } from '../../app/settings-context';
import { useSaveSettings } from '../settings';

/** 设置 → 行政应诉: the court names of the report, the 败诉 outcomes and which 出庭应诉率 the report prints. */
export function LitigationSettings() {
  const settings = useSettings();
  const save = useSaveSettings();
  const [form] = Form.useForm<Values>();
  useEffect(() => form.setFieldsValue(settings.litigation), [settings.litigation, form]);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => save({ litigation: { ...settings.litigation, ...v } }, `修改行政应诉设置：${v.localCourt}、${v.intermediateCourt}`)}
    >
      <Form.Item name="localCourt" label="本地法院（报告第一句）" rules={[{ required: true, message: '本地法院不能为空' }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="intermediateCourt"
        label="中级人民法院（报告第二句：以政府为被告的案件）"
        rules={[{ required: true, message: '中级人民法院不能为空' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="reportRate" label="报告中的出庭应诉率">
        <Radio.Group options={(['head', 'agency'] as const).map((k) => ({ value: k, label: APPEARANCE_RATE_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="lossOutcomes" label="计为败诉的结案方式" extra="每件案件可在“修改”中人工认定并说明理由">
        <Select mode="multiple" options={LITIGATION_OUTCOMES.map((o) => ({ value: o, label: LITIGATION_OUTCOME_LABELS[o] }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        保存
      </Button>
    </Form>
  );
}
