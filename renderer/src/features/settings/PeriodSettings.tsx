import { useEffect } from 'react';
import { Button, Form, InputNumber } from 'antd';
import { LEDGER_BY_TABLE } from '../../../../shared/ledgers/registry';
import { useSettings } from '../../app/settings-context';
import { useSaveSettings } from './use-save-settings';
import { useUnsavedMark } from '../../ui/unsaved';

const LEGALITY = LEDGER_BY_TABLE.legalityReviews.name;
const AGREEMENT = LEDGER_BY_TABLE.agreementReviews.name;

interface Values {
  legalityReviewWorkingDays: number;
  filingDays: number;
  reviewWorkingDays: number;
}

/** The review and filing periods that are local rules rather than statute, so each bureau sets its own. */
export function PeriodSettings() {
  const settings = useSettings();
  const save = useSaveSettings();
  const mark = useUnsavedMark();
  const [form] = Form.useForm<Values>();
  useEffect(
    () =>
      form.setFieldsValue({
        legalityReviewWorkingDays: settings.normativePeriods.legalityReviewWorkingDays,
        filingDays: settings.normativePeriods.filingDays,
        reviewWorkingDays: settings.agreementPeriods.reviewWorkingDays,
      }),
    [settings.normativePeriods, settings.agreementPeriods, form],
  );

  const submit = async (v: Values) => {
    const saved = await save(
      {
        normativePeriods: { legalityReviewWorkingDays: v.legalityReviewWorkingDays, filingDays: v.filingDays },
        agreementPeriods: { reviewWorkingDays: v.reviewWorkingDays },
      },
      `修改期限设置：${LEGALITY}${v.legalityReviewWorkingDays}个工作日，报备${v.filingDays}日，${AGREEMENT}${v.reviewWorkingDays}个工作日`,
    );
    if (saved) mark(false);
  };

  const days = (label: string, max: number) => [
    { required: true, message: `${label}不能为空` },
    { type: 'integer' as const, min: 1, max, message: `${label}必须是1到${max}之间的整数` },
  ];

  // No precision on the inputs: it would silently round 1.5 to 2; the integer rule names the field instead.
  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => mark(true)}>
      <Form.Item
        name="legalityReviewWorkingDays"
        label={`规范性文件${LEGALITY}期限`}
        rules={days(`${LEGALITY}期限`, 60)}
        extra="自送审之日起计算，常见为5至15个工作日"
      >
        <InputNumber suffix="个工作日" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="filingDays" label="规范性文件报备期限" rules={days('报备期限', 180)} extra="自公布之日起计算，逾期报备计为“逾期”">
        <InputNumber suffix="日" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="reviewWorkingDays" label={`${AGREEMENT}期限`} rules={days(`${AGREEMENT}期限`, 60)} extra="自收件之日起计算">
        <InputNumber suffix="个工作日" style={{ width: 200 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        保存期限设置
      </Button>
    </Form>
  );
}
