import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '../../ui/icons';
import { computeLetterDeadline, LETTER_ANSWER_DAYS } from '../../../../shared/review/deadlines';
import { LETTER_FIELD_LABELS as L } from '../../../../shared/review/letter-schema';
import { LETTER_KIND_LABELS, type LetterKind, type ReviewLetter } from '../../../../shared/review/types';
import { PageTitle } from '../../ui/PageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, toDateStr, today } from '../../ui/dates';
import { DateField } from '../../ui/DateField';
import { errorText, showOnForm } from '../../ui/errors';
import { isCancelButton, submitOnEnter, useFormGuard } from '../../ui/form-guard';
import { getDb } from '../../db/db';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { RowActions } from '../../ui/RowActions';
import { deleteLetter, saveLetter } from './letter-repo';
import { useLiveCases, useLiveLetters } from './use-review-data';
import { useWorkCalendar } from '../../app/use-work-calendar';

const FIELDS = ['kind', 'docNo', 'caseId', 'issueDate', 'recipient', 'answerDate', 'note'] as const;

function LetterModal({ open, existing, onClose }: { open: boolean; existing: ReviewLetter | null; onClose: () => void }) {
  const settings = useSettings();
  const cases = useLiveCases();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const guard = useFormGuard();
  const openedAt = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!open) return;
    openedAt.current = existing?.updatedAt;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      existing
        ? { ...existing, issueDate: fromDateStr(existing.issueDate), answerDate: fromDateStr(existing.answerDate) }
        : { kind: 'opinion', issueDate: fromDateStr(today()) },
    );
  }, [open, existing, form]);

  const submit = async () => {
    const v = form.getFieldsValue(true);
    setSaving(true);
    setError(null);
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })));
    try {
      await saveLetter(
        {
          ...v,
          docNo: v.docNo ?? '',
          recipient: v.recipient ?? '',
          note: v.note ?? '',
          issueDate: toDateStr(v.issueDate) ?? '',
          answerDate: toDateStr(v.answerDate),
        },
        existing?.id ?? null,
        settings.operatorName,
        today(),
        openedAt.current,
      );
      onClose();
    } catch (e) {
      setError(errorText(e));
      showOnForm(form, e, FIELDS);
      guard.offerReload(e, async () => {
        const fresh = existing && (await getDb().reviewLetters.get(existing.id));
        if (!fresh || fresh.deleted) return setError('该文书已被删除，无法重新载入');
        openedAt.current = fresh.updatedAt;
        setError(null);
        form.resetFields();
        form.setFieldsValue({ ...fresh, issueDate: fromDateStr(fresh.issueDate), answerDate: fromDateStr(fresh.answerDate) });
      });
    } finally {
      setSaving(false);
    }
  };

  const caseOptions = (cases ?? [])
    .slice()
    .sort((a, b) => b.receivedDate.localeCompare(a.receivedDate))
    .map((c) => ({ value: c.id, label: `${c.caseNo}（${c.applicant} 诉 ${c.respondent}）` }));

  return (
    <Modal
      open={open}
      title={existing ? '修改文书' : '登记意见书 / 建议书'}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      confirmLoading={saving}
      onCancel={(e) => (isCancelButton(e) ? onClose() : guard.askDiscard(form.isFieldsTouched(), onClose))}
      destroyOnHidden
      width={620}
    >
      <ErrorNotice message={error} />
      <Form form={form} layout="vertical" onFinish={submit} onKeyDown={submitOnEnter(submit)}>
        <Form.Item name="kind" label={L.kind} required>
          <Select options={(Object.keys(LETTER_KIND_LABELS) as LetterKind[]).map((k) => ({ value: k, label: LETTER_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="docNo" label={L.docNo} required>
          <Input placeholder="如：丹政复意〔2019〕1号" />
        </Form.Item>
        <Form.Item name="caseId" label={L.caseId}>
          <Select allowClear showSearch virtual optionFilterProp="label" options={caseOptions} placeholder="选择关联的复议案件（可不选）" />
        </Form.Item>
        <Form.Item name="recipient" label={L.recipient} required>
          <Input placeholder="如：丹阳市市场监督管理局" />
        </Form.Item>
        <Space>
          <Form.Item name="issueDate" label={L.issueDate} required>
            <DateField />
          </Form.Item>
          <Form.Item name="answerDate" label={L.answerDate} extra={`意见书应自发出之日起${LETTER_ANSWER_DAYS}日内反馈`}>
            <DateField />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={L.note}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function LettersPage() {
  const settings = useSettings();
  const letters = useLiveLetters();
  const cases = useLiveCases();
  const cal = useWorkCalendar();
  const [editing, setEditing] = useState<ReviewLetter | null>(null);
  const [open, setOpen] = useState(false);
  const now = today();
  const caseNos = useMemo(() => new Map((cases ?? []).map((c) => [c.id, c.caseNo])), [cases]);
  const rows = useMemo(() => (letters ?? []).slice().sort((a, b) => b.issueDate.localeCompare(a.issueDate)), [letters]);

  const columns: ColumnsType<ReviewLetter> = [
    {
      title: '文书类型',
      dataIndex: 'kind',
      width: 140,
      render: (k: LetterKind) => <Tag color={k === 'opinion' ? 'red' : 'blue'}>{LETTER_KIND_LABELS[k]}</Tag>,
    },
    { title: '文号', dataIndex: 'docNo', width: 180 },
    {
      title: '关联案件',
      dataIndex: 'caseId',
      width: 180,
      render: (id: string | null) =>
        id ? <Typography.Link onClick={() => navigate(`/review/${id}`)}>{caseNos.get(id) ?? '（已删除）'}</Typography.Link> : '—',
    },
    { title: '收文单位', dataIndex: 'recipient', ellipsis: true },
    { title: '发出日期', dataIndex: 'issueDate', width: 110, sorter: (a, b) => a.issueDate.localeCompare(b.issueDate) },
    { title: '反馈日期', dataIndex: 'answerDate', width: 110, render: (d: string | null) => d ?? '—' },
    {
      title: '反馈期限',
      key: 'deadline',
      width: 150,
      render: (_, l) => {
        const d = computeLetterDeadline(l, now, cal);
        return d ? <DeadlineTag d={d} /> : '—';
      },
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_, l) => (
        <RowActions
          onEdit={() => {
            setEditing(l);
            setOpen(true);
          }}
          confirmTitle="删除此文书？"
          onDelete={() => deleteLetter(l.id, settings.operatorName)}
        />
      ),
    },
  ];

  return (
    <div>
      <PageTitle
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            登记文书
          </Button>
        }
      >
        行政复议意见书 / 建议书
      </PageTitle>
      <Table<ReviewLetter>
        rowKey="id"
        size="middle"
        loading={!letters}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: '还没有登记意见书或建议书' }}
        pagination={{ defaultPageSize: 50, showTotal: (t) => `共 ${t} 份` }}
      />
      <LetterModal open={open} existing={editing} onClose={() => setOpen(false)} />
    </div>
  );
}
