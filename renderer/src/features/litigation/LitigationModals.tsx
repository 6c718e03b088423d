import { useEffect, useRef, useState, type ReactNode } from 'react';
import { App, Checkbox, Form, Input, Modal, Radio, type FormInstance } from 'antd';
import { LITIGATION_FIELD_LABELS as L } from '../../../../shared/litigation/schema';
import { LITIGATION_OUTCOME_LABELS, LITIGATION_OUTCOMES, type Hearing, type LitigationCase } from '../../../../shared/litigation/types';
import { useSettings } from '../../app/settings-context';
import { DateField } from '../../ui/DateField';
import { fromDateStr, toDateStr, today, type DateValue } from '../../ui/dates';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { errorText } from '../../ui/errors';
import { isCancelButton, submitOnEnter, useFormChanged, useFormGuard } from '../../ui/form-guard';
import { addHearing, concludeCase, updateHearing } from './litigation-repo';

/**
 * A modal form of the record page: filled when it opens, the case's version taken then (a save is refused if another
 * window changed the case since), Enter in a text field saves, Esc on a changed form asks, the refusal shown on top.
 */
function CaseModal({
  open,
  title,
  c,
  initial,
  save,
  onClose,
  children,
  width,
}: {
  open: boolean;
  title: string;
  width?: number;
  c: LitigationCase;
  initial: () => Record<string, unknown>;
  /** Saves the form's values with the version the modal was opened with; resolves to the success message. */
  save: (v: Record<string, unknown>, openedAt: string | undefined) => Promise<string>;
  onClose: () => void;
  children: (form: FormInstance) => ReactNode;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const guard = useFormGuard();
  const changed = useFormChanged();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const openedAt = useRef<string | undefined>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: filled (and the version taken) when it opens, not on every change of the case.
  useEffect(() => {
    changed.set(false);
    if (!open) return;
    openedAt.current = c.updatedAt;
    setError(null);
    form.resetFields();
    form.setFieldsValue(initial());
  }, [open]);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      const done = await save(form.getFieldsValue(true), openedAt.current);
      changed.set(false);
      message.success(done);
      onClose();
    } catch (e) {
      setError(errorText(e));
      guard.offerReload(e, onClose);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      width={width}
      confirmLoading={saving}
      onCancel={(e) => (isCancelButton(e) ? onClose() : guard.askDiscard(changed, onClose))}
      destroyOnHidden
    >
      <ErrorNotice message={error} />
      <Form form={form} layout="vertical" onKeyDown={submitOnEnter(submit)} onValuesChange={() => changed.set(true)}>
        {children(form)}
      </Form>
    </Modal>
  );
}

/** 登记开庭 (hearing null) or 修改 one hearing. */
export function HearingModal({ c, open, hearing, onClose }: { c: LitigationCase; open: boolean; hearing: Hearing | null; onClose: () => void }) {
  const settings = useSettings();
  const number = hearing ? c.hearings.findIndex((h) => h.id === hearing.id) + 1 : 0;
  return (
    <CaseModal
      open={open}
      c={c}
      title={hearing ? `修改第${number}次开庭：${c.caseNo}` : `登记开庭：${c.caseNo}`}
      initial={() =>
        hearing ? { ...hearing, date: fromDateStr(hearing.date) } : { agencyAppeared: true, headAppeared: false, headName: '', note: '' }
      }
      save={async (v, openedAt) => {
        const input = {
          date: toDateStr(v.date as DateValue) ?? '',
          headAppeared: v.headAppeared === true,
          headName: String(v.headName ?? '').trim(),
          agencyAppeared: v.agencyAppeared === true || v.headAppeared === true,
          note: String(v.note ?? '').trim(),
        };
        if (hearing) await updateHearing(c.id, hearing.id, input, settings.operatorName, today(), openedAt);
        else await addHearing(c.id, input, settings.operatorName, today(), openedAt);
        return hearing ? `已更正第${number}次开庭` : `已登记开庭（${input.date}）`;
      }}
      onClose={onClose}
    >
      {() => (
        <>
          <Form.Item name="date" label="开庭日期" required extra="尚未开庭的，登记排定的开庭日期（出庭情况开庭后再填）">
            <DateField style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="agencyAppeared" valuePropName="checked">
            <Checkbox>行政机关出庭（含工作人员）</Checkbox>
          </Form.Item>
          <Form.Item name="headAppeared" valuePropName="checked">
            <Checkbox>行政机关负责人出庭应诉</Checkbox>
          </Form.Item>
          <Form.Item name="headName" label="出庭负责人（姓名、职务）">
            <Input placeholder="如：李明（副局长）" />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input />
          </Form.Item>
        </>
      )}
    </CaseModal>
  );
}

/** 结案: date, 结案方式, 送达 (from which the appeal period runs). */
export function ConcludeModal({ c, open, onClose }: { c: LitigationCase; open: boolean; onClose: () => void }) {
  const settings = useSettings();
  return (
    <CaseModal
      open={open}
      c={c}
      title={`结案：${c.caseNo}`}
      width={640}
      initial={() => ({})}
      save={async (v, openedAt) => {
        const input = {
          concludedDate: toDateStr(v.concludedDate as DateValue),
          outcome: (v.outcome as LitigationCase['outcome']) ?? null,
          servedDate: toDateStr(v.servedDate as DateValue),
        };
        await concludeCase(c.id, input, settings.operatorName, today(), openedAt);
        return `已结案（${input.concludedDate}，${input.outcome ? LITIGATION_OUTCOME_LABELS[input.outcome] : ''}）`;
      }}
      onClose={onClose}
    >
      {() => (
        <>
          <Form.Item name="concludedDate" label={L.concludedDate} required>
            <DateField style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="outcome" label={L.outcome} required>
            {/* All the outcomes at once, two a row: no scrolling through a small dropdown list. */}
            <Radio.Group
              style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', rowGap: 6 }}
              options={LITIGATION_OUTCOMES.map((o) => ({ value: o, label: LITIGATION_OUTCOME_LABELS[o] }))}
            />
          </Form.Item>
          <Form.Item
            name="servedDate"
            label={L.servedDate}
            extra={c.instance === 'second' ? '二审裁判为终审裁判' : '一审判决书送达之日起15日内、裁定书送达之日起10日内可以上诉'}
          >
            <DateField style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </CaseModal>
  );
}
