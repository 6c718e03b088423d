import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { inferApplicantType } from '../../../../shared/import/review-rows';
import { AutoComplete, Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import { LITIGATION_FIELD_LABELS as L, LITIGATION_FORM_FIELDS } from '../../../../shared/litigation/schema';
import {
  DEFENDANT_KIND_LABELS,
  DEFENDANT_KINDS,
  INSTANCE_LABELS,
  LITIGATION_INSTANCES,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
  PLAINTIFF_TYPE_LABELS,
  PLAINTIFF_TYPES,
  APPEAL_DECISIONS,
  APPEAL_DECISION_LABELS,
  type LitigationCase,
} from '../../../../shared/litigation/types';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { DateField } from '../../ui/DateField';
import { FormDrawer } from '../../ui/FormDrawer';
import { formInput } from '../../ui/form-values';
import { saveLitigation } from './litigation-repo';
import { useLiveCases } from '../review';

const FIELDS = LITIGATION_FORM_FIELDS;
const DATES = ['actDate', 'defenceDate', 'concludedDate', 'servedDate'] as const;

type Values = Record<(typeof FIELDS)[number], unknown> & { receivedDate?: Dayjs };

interface Props {
  open: boolean;
  existing: LitigationCase | null;
  /** Every live case, for the 前审 link and the handler suggestions. */
  cases: readonly LitigationCase[];
  onClose: () => void;
}

const LOST_OPTIONS = [
  { value: 'auto', label: '按结案方式认定' },
  { value: 'yes', label: '认定为败诉' },
  { value: 'no', label: '认定为未败诉' },
];

export function LitigationFormDrawer({ open, existing, cases, onClose }: Props) {
  const settings = useSettings();
  const reviewCases = useLiveCases();
  const lit = settings.litigation;
  const courts = [...new Set([lit.localCourt, lit.intermediateCourt, ...cases.map((c) => c.court)].filter(Boolean))];
  const handlers = [...new Set(cases.map((c) => c.handler).filter(Boolean))];
  const earlier = cases.filter((c) => c.id !== existing?.id && c.instance !== 'retrial');
  /** 原告类型 follows the 原告 typed (…有限公司 → 法人或其他组织) until the clerk picks it; never on an existing case. */
  const typePicked = useRef(false);
  useEffect(() => {
    if (open) typePicked.current = !!existing;
  }, [open, existing]);
  return (
    <FormDrawer<Values, LitigationCase>
      open={open}
      existing={existing}
      table="litigationCases"
      onClose={onClose}
      width={760}
      title={existing ? `修改应诉案件：${existing.caseNo}` : '登记行政应诉案件'}
      fieldNames={FIELDS}
      initial={(e) =>
        e
          ? {
              ...e,
              receivedDate: fromDateStr(e.receivedDate),
              ...Object.fromEntries(DATES.map((k) => [k, fromDateStr(e[k])])),
              lostOverride: e.lostOverride === null ? 'auto' : e.lostOverride ? 'yes' : 'no',
            }
          : {
              receivedDate: fromDateStr(today()),
              instance: 'first',
              court: lit.localCourt,
              plaintiffType: 'natural',
              plaintiffCount: 1,
              defendantKind: 'department',
              lostOverride: 'auto',
              handler: settings.operatorName,
            }
      }
      onSubmit={(v, openedAt) =>
        saveLitigation(
          {
            ...v,
            ...formInput(v, {
              texts: [
                'caseNo',
                'court',
                'plaintiff',
                'defendant',
                'coDefendant',
                'thirdParty',
                'actName',
                'actDocNo',
                'actCategory',
                'field',
                'claims',
              ],
              choices: ['earlierInstanceId', 'reviewCaseId', 'outcome', 'appealDecision'],
              requiredDates: ['receivedDate'],
              dates: [...DATES],
            }),
            compensationClaimed: v.compensationClaimed === true,
            lostOverride: v.lostOverride === 'yes' ? true : v.lostOverride === 'no' ? false : null,
            lostOverrideReason: v.lostOverrideReason ?? '',
            judicialSuggestion: v.judicialSuggestion ?? '',
            handler: v.handler ?? '',
            counsel: v.counsel ?? '',
            note: v.note ?? '',
          },
          existing?.id ?? null,
          settings.operatorName,
          today(),
          openedAt,
        )
      }
    >
      {(form) => {
        return (
          <Row gutter={16}>
            {/* First row: what identifies the case (案号, 审级, 法院); second: its dates and who handles it. */}
            <Col span={10}>
              <Form.Item name="caseNo" label={L.caseNo} required extra="法院案号，如（2026）苏1181行初12号">
                <Input />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="instance" label={L.instance} required>
                <Select options={LITIGATION_INSTANCES.map((i) => ({ value: i, label: INSTANCE_LABELS[i] }))} />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item name="court" label={L.court} required>
                <AutoComplete options={courts.map((c) => ({ value: c }))} />
              </Form.Item>
            </Col>
            <Form.Item noStyle dependencies={['instance']}>
              {({ getFieldValue }) =>
                getFieldValue('instance') !== 'first' && (
                  <Col span={24}>
                    <Form.Item name="earlierInstanceId" label={L.earlierInstanceId} extra="同一纠纷前一审级的案件">
                      <Select
                        allowClear
                        showSearch
                        optionFilterProp="label"
                        placeholder="选择前审案件"
                        options={earlier.map((c) => ({ value: c.id, label: `${c.caseNo}（${INSTANCE_LABELS[c.instance]}，原告${c.plaintiff}）` }))}
                      />
                    </Form.Item>
                  </Col>
                )
              }
            </Form.Item>
            <Col span={8}>
              <Form.Item name="receivedDate" label={L.receivedDate} required tooltip="收到应诉通知书（起诉状副本）之日，或立案日期">
                <DateField style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="defenceDate" label={L.defenceDate} extra="收到起诉状副本之日起15日内">
                <DateField style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="handler" label={L.handler} required>
                <AutoComplete options={handlers.map((h) => ({ value: h }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="plaintiff" label={L.plaintiff} required>
                <Input
                  onChange={(e) => {
                    if (!typePicked.current) form.setFieldValue('plaintiffType', inferApplicantType(e.target.value));
                  }}
                />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="plaintiffType" label={L.plaintiffType} required extra="随原告名称自动判断，可改选">
                <Select
                  onChange={() => {
                    typePicked.current = true;
                  }}
                  options={PLAINTIFF_TYPES.map((t) => ({ value: t, label: PLAINTIFF_TYPE_LABELS[t] }))}
                />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="plaintiffCount" label={L.plaintiffCount}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="defendant" label={L.defendant} required>
                <AutoComplete options={[settings.organNames.government, ...new Set(cases.map((c) => c.defendant))].map((d) => ({ value: d }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="defendantKind" label={L.defendantKind} required>
                <Select options={DEFENDANT_KINDS.map((k) => ({ value: k, label: DEFENDANT_KIND_LABELS[k] }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="coDefendant" label={L.coDefendant} extra="如复议维持的，复议机关为共同被告">
                <Input />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="reviewCaseId" label={L.reviewCaseId}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder="复议后起诉的，选择复议案件"
                  options={(reviewCases ?? []).map((c) => ({ value: c.id, label: `${c.caseNo}（${c.applicant}）` }))}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="thirdParty" label={L.thirdParty}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="actName" label={L.actName} required>
                <Input placeholder="如：房屋征收补偿决定" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="actDocNo" label={L.actDocNo}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="actDate" label={L.actDate}>
                <DateField style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="actCategory" label={L.actCategory} required>
                <Select showSearch options={settings.actCategories.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="field" label={L.field} required>
                <Select showSearch options={settings.fields.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            </Col>
            <Col span={18}>
              <Form.Item name="claims" label={L.claims}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="compensationClaimed" label={L.compensationClaimed} valuePropName="checked">
                <Checkbox>请求赔偿</Checkbox>
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="counsel" label={L.counsel}>
                <Input />
              </Form.Item>
            </Col>
            {existing?.concludedDate && (
              <>
                <Divider plain>结案信息</Divider>
                <Col span={8}>
                  <Form.Item name="concludedDate" label={L.concludedDate}>
                    <DateField style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={16}>
                  <Form.Item name="outcome" label={L.outcome}>
                    <Select allowClear options={LITIGATION_OUTCOMES.map((o) => ({ value: o, label: LITIGATION_OUTCOME_LABELS[o] }))} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="servedDate" label={L.servedDate}>
                    <DateField style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="appealDecision" label={L.appealDecision}>
                    <Select allowClear options={APPEAL_DECISIONS.map((o) => ({ value: o, label: APPEAL_DECISION_LABELS[o] }))} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="lostOverride" label="是否败诉">
                    <Select options={LOST_OPTIONS} />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name="lostOverrideReason" label={L.lostOverrideReason}>
                    <Input placeholder="人工认定是否败诉时必填" />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col span={24}>
              <Form.Item name="judicialSuggestion" label={L.judicialSuggestion}>
                <Input.TextArea rows={2} placeholder="收到司法建议的，填写建议内容；未收到留空" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="note" label={L.note}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
          </Row>
        );
      }}
    </FormDrawer>
  );
}
