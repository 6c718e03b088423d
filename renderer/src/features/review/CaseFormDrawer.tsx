import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { CASE_FIELD_LABELS as L, CASE_TYPED_FIELDS } from '../../../../shared/review/schema';
import { APPLICANT_TYPE_LABELS, RESPONDENT_LEVELS, type ReviewCase } from '../../../../shared/review/types';
import { isDateStr, yearOf } from '../../../../shared/dates';
import { useSettings } from '../../app/settings-context';
import { getDb } from '../../db/db';
import { FormDrawerFrame } from '../../ui/FormDrawer';
import { DateItem, NameItem, NoteItem, PickItem, TextItem } from '../../ui/form-items';
import { fromDateStr, toDateStr, today, TypedDate, type DateValue } from '../../ui/dates';
import { DateField } from '../../ui/DateField';
import { errorText, showOnForm } from '../../ui/errors';
import { inferApplicantType, inferRespondentLevel } from '../../../../shared/import/review-rows';
import { submitOnEnter, useConfirmWarnings, useFormChanged, useFormGuard } from '../../ui/form-guard';
import { caseNoWarnings } from '../../../../shared/review/case-number';
import { nextCaseNo, registerCase, updateCaseFields } from './review-repo';
import { formInput } from '../../ui/form-values';

/** The form's fields: the typed registration fields and the 收到日期 (the first step's date). */
const FIELD_NAMES = ['receivedDate', ...CASE_TYPED_FIELDS] as const;

interface Props {
  open: boolean;
  existing?: ReviewCase;
  onClose: () => void;
  onSaved?: (c: ReviewCase) => void;
}

export function CaseFormDrawer({ open, existing, onClose, onSaved }: Props) {
  const settings = useSettings();
  // Never the whole ledger: the (closed) drawer sits on the case list of tens of thousands of cases. The names
  // come from the handler index, so those of cases in the 回收站 are offered too (they are real colleagues).
  const handlerNames = useLiveQuery(() => getDb().reviewCases.orderBy('handler').uniqueKeys(), []);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const guard = useFormGuard();
  const confirmWarnings = useConfirmWarnings();
  /** The case as the drawer opened it (or reloaded it): a save is refused when it changed since. */
  const opened = useRef<ReviewCase | null>(null);
  /** Changed by the clerk (onValuesChange: not the 案号 the drawer proposes itself). */
  const changed = useFormChanged();
  /** The fields the clerk set (a 申请人类型 or 被申请人层级 chosen no longer follows the name typed). */
  const chosen = useRef(new Set<string>());

  const fillFrom = (c: ReviewCase) => {
    opened.current = c;
    form.resetFields();
    form.setFieldsValue({ ...c, actDate: fromDateStr(c.actDate), receivedDate: fromDateStr(c.receivedDate) });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill the form only when the drawer opens (see below).
  useEffect(() => {
    changed.set(false);
    chosen.current = new Set();
    if (!open) return;
    setError(null);
    form.resetFields();
    if (existing) {
      fillFrom(existing);
    } else {
      opened.current = null;
      void propose(yearOf(today()));
      form.setFieldsValue({
        receivedDate: fromDateStr(today()),
        applicantType: 'natural',
        applicantCount: 1,
        respondentLevel: '市政府部门',
        intakePoint: settings.intakePoints[0],
        handler: settings.operatorName,
        incidentalReview: false,
      });
    }
    // Only when the drawer opens: later changes of the case list must not overwrite what the clerk typed.
  }, [open]);

  /**
   * Proposes the next 案号 of `year`. The year's cases are read asynchronously: only the latest proposal is applied
   * (opening the drawer and changing the date may overlap), and not over a 案号 typed while they were read.
   */
  const proposal = useRef(0);
  const propose = async (year: number) => {
    const ticket = ++proposal.current;
    const shown = form.getFieldValue('caseNo');
    const proposed = await nextCaseNo(settings.organNames.caseNoPrefix, year);
    if (ticket === proposal.current && form.getFieldValue('caseNo') === shown) form.setFieldValue('caseNo', proposed);
  };

  const proposeFor = async (date: DateValue) => {
    if (existing || !date || date instanceof TypedDate) return;
    await propose(date.year());
  };

  /** Saves; a 案号 of another pattern or year is saved only once the clerk confirmed it (`confirmed`). */
  const save = async (confirmed: boolean) => {
    const v = form.getFieldsValue(true);
    const input = {
      ...v,
      ...formInput(v, {
        texts: [
          'caseNo',
          'applicant',
          'respondent',
          'actCategory',
          'field',
          'handler',
          'intakePoint',
          'thirdParty',
          'actName',
          'actDocNo',
          'request',
          'note',
        ],
        dates: ['actDate'],
      }),
      applicantCount: v.applicantCount ?? undefined,
    };
    delete input.receivedDate;
    const caseNo = String(input.caseNo ?? '').trim();
    if (!confirmed && caseNo && caseNo !== existing?.caseNo) {
      const dates = [existing ? existing.receivedDate : toDateStr(v.receivedDate), existing?.acceptedDate];
      const years = dates.filter((d): d is string => isDateStr(d)).map(yearOf);
      const warnings = caseNoWarnings(caseNo, settings.organNames.caseNoPrefix, years);
      if (warnings.length > 0) {
        form.setFields([{ name: 'caseNo', warnings }]);
        confirmWarnings(warnings, () => void save(true));
        return;
      }
    }
    setSaving(true);
    setError(null);
    form.setFields(FIELD_NAMES.map((name) => ({ name, errors: [] })));
    try {
      const actor = settings.operatorName;
      const saved = existing
        ? await updateCaseFields(existing.id, input, actor, today(), opened.current?.updatedAt)
        : await registerCase(input, toDateStr(v.receivedDate) ?? '', actor, today());
      changed.set(false);
      onSaved?.(saved);
      onClose();
    } catch (e) {
      setError(errorText(e));
      showOnForm(form, e, FIELD_NAMES);
      guard.offerReload(e, async () => {
        const fresh = existing && (await getDb().reviewCases.get(existing.id));
        if (!fresh || fresh.deleted) return setError('该案件已被删除，无法重新载入');
        setError(null);
        changed.set(false);
        fillFrom(fresh);
      });
    } finally {
      setSaving(false);
    }
  };

  const submit = () => save(false);

  const handlers = (handlerNames ?? []).filter(Boolean).map(String);

  return (
    <FormDrawerFrame
      open={open}
      title={existing ? `修改案件信息 ${existing.caseNo}` : '登记行政复议申请'}
      width={760}
      saving={saving}
      error={error}
      onClose={() => guard.askDiscard(changed, onClose)}
      onCancel={onClose}
      onSave={() => void submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void submit()}
        onKeyDown={submitOnEnter(submit)}
        onValuesChange={(values: Record<string, unknown>) => {
          changed.set(true);
          for (const key of Object.keys(values)) chosen.current.add(key);
          // A new case's 申请人类型 and 被申请人层级 follow the names typed (…有限公司 → 法人或其他组织; …街道办事处 →
          // 镇（区、街道）), shown in the form, until the clerk picks one.
          if (existing) return;
          if (!chosen.current.has('applicantType') && typeof values.applicant === 'string' && values.applicant.trim()) {
            form.setFieldValue('applicantType', inferApplicantType(values.applicant.trim()));
          }
          if (!chosen.current.has('respondentLevel') && typeof values.respondent === 'string') {
            const level = inferRespondentLevel(values.respondent.trim());
            if (level !== '其他') form.setFieldValue('respondentLevel', level);
          }
        }}
        requiredMark
      >
        <Row gutter={16}>
          <TextItem
            name="caseNo"
            label={L.caseNo}
            span={12}
            required
            tooltip="按年度自动建议下一个案号，可修改"
            placeholder="如：丹政复〔2019〕12号"
          />
          <Col span={12}>
            <Form.Item name="receivedDate" label="收到日期" required>
              <DateField style={{ width: '100%' }} disabled={!!existing} onChange={proposeFor} placeholder="选择收到申请的日期" />
            </Form.Item>
          </Col>
          <TextItem name="applicant" label={L.applicant} span={12} required placeholder="姓名或单位名称，多人用顿号分隔" />
          <Col span={7}>
            <Form.Item name="applicantType" label={L.applicantType} required>
              <Select options={Object.entries(APPLICANT_TYPE_LABELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="applicantCount" label={L.applicantCount} required>
              {/* No min or precision: they would turn 0 into 1 and 1.5 into 2 unseen; the validator refuses such a count instead. */}
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <TextItem name="respondent" label={L.respondent} span={12} required placeholder="如：丹阳市自然资源和规划局" />
          <PickItem name="respondentLevel" label={L.respondentLevel} span={12} required values={RESPONDENT_LEVELS} />
          <PickItem
            name="actCategory"
            label={L.actCategory}
            span={12}
            required
            showSearch
            values={settings.actCategories}
            placeholder="选择行为类别"
          />
          <PickItem name="field" label={L.field} span={12} required showSearch values={settings.fields} placeholder="选择管理领域" />
          <TextItem name="actName" label={L.actName} span={12} placeholder="如：行政处罚决定" />
          <TextItem name="actDocNo" label={L.actDocNo} span={6} />
          <DateItem name="actDate" label={L.actDate} span={6} />
          <TextItem name="thirdParty" label={L.thirdParty} span={12} />
          <NameItem name="handler" label={L.handler} span={6} required names={handlers} />
          <PickItem name="intakePoint" label={L.intakePoint} span={6} required values={settings.intakePoints} />
          <NoteItem name="request" label={L.request} span={24} />
          <Col span={8}>
            <Form.Item name="incidentalReview" label={L.incidentalReview} valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          <NoteItem name="note" label={L.note} span={16} />
        </Row>
      </Form>
    </FormDrawerFrame>
  );
}
