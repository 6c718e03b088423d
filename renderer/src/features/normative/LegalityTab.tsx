import { useMemo, useState } from 'react';
import { AutoComplete, Button, Col, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { PlusOutlined } from '../../ui/icons';
import { legalityReviewDeadline } from '../../../../shared/normative/legality';
import { LEGALITY_FIELD_LABELS as L } from '../../../../shared/normative/schema';
import {
  LEGALITY_OPINION_LABELS,
  LEGALITY_REVIEW_KIND_LABELS,
  type LegalityOpinion,
  type LegalityReview,
  type LegalityReviewKind,
} from '../../../../shared/normative/types';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { DateField } from '../../ui/DateField';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { FormDrawer } from '../../ui/FormDrawer';
import { RowActions } from '../../ui/RowActions';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { deleteLegalityReview, saveLegalityReview } from './normative-repo';
import { useLiveDocuments, useLiveLegalityReviews } from './use-normative';
import { formInput } from '../../ui/form-values';

const FIELDS = [
  'title',
  'kind',
  'draftingUnit',
  'submittedDate',
  'completedDate',
  'opinion',
  'problems',
  'handler',
  'docNo',
  'publishDate',
  'documentId',
  'note',
] as const;

type Values = Record<(typeof FIELDS)[number], unknown> & { submittedDate?: Dayjs; completedDate?: Dayjs; publishDate?: Dayjs };

function LegalityFormDrawer({ open, existing, onClose }: { open: boolean; existing: LegalityReview | null; onClose: () => void }) {
  const settings = useSettings();
  const docs = useLiveDocuments();
  return (
    <FormDrawer<Values, LegalityReview>
      open={open}
      existing={existing}
      table="legalityReviews"
      onClose={onClose}
      title={existing ? `修改合法性审核：${existing.title}` : '登记合法性审核'}
      fieldNames={FIELDS}
      initial={(e) =>
        e
          ? {
              ...e,
              submittedDate: fromDateStr(e.submittedDate),
              completedDate: fromDateStr(e.completedDate),
              publishDate: fromDateStr(e.publishDate),
            }
          : { kind: 'new', submittedDate: fromDateStr(today()), handler: settings.operatorName }
      }
      onSubmit={(v, openedAt) =>
        saveLegalityReview(
          {
            ...v,
            ...formInput(v, {
              texts: ['title', 'draftingUnit', 'problems', 'handler', 'docNo', 'note'],
              choices: ['opinion', 'documentId'],
              requiredDates: ['submittedDate'],
              dates: ['completedDate', 'publishDate'],
            }),
          },
          existing?.id ?? null,
          settings.operatorName,
          today(),
          settings.organNames.government,
          openedAt,
        )
      }
    >
      {(form) => (
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="title" label={L.title} required>
              <Input placeholder="如：丹阳市机动车停车服务收费办法（送审稿）" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={L.kind} required>
              <Select
                options={(Object.keys(LEGALITY_REVIEW_KIND_LABELS) as LegalityReviewKind[]).map((k) => ({
                  value: k,
                  label: LEGALITY_REVIEW_KIND_LABELS[k],
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
              {() =>
                form.getFieldValue('kind') === 'revision' ? (
                  <Form.Item name="documentId" label={L.documentId} required>
                    <Select
                      showSearch
                      // Thousands of documents: a virtual list (the app's small lists are not, so every option is in the accessibility tree).
                      virtual
                      optionFilterProp="label"
                      placeholder="选择文件库中被修订的文件"
                      options={(docs ?? []).map((d) => ({ value: d.id, label: `《${d.title}》${d.docNo}` }))}
                    />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="draftingUnit" label={L.draftingUnit} required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="submittedDate" label={L.submittedDate} required>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="handler" label={L.handler} required>
              <AutoComplete options={[{ value: settings.operatorName }]} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="completedDate" label={L.completedDate}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="opinion" label={L.opinion}>
              <Select
                allowClear
                placeholder="审核完成后选择"
                options={(Object.keys(LEGALITY_OPINION_LABELS) as LegalityOpinion[]).map((o) => ({ value: o, label: LEGALITY_OPINION_LABELS[o] }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="problems" label={L.problems}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="docNo" label={L.docNo} extra="文件公布后填写">
              <Input placeholder="如：丹政规〔2019〕3号" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="publishDate" label={L.publishDate} extra="填写后，新制定的文件登记入文件库，重新修订的记入原文件沿革">
              <DateField style={{ width: '100%' }} />
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

export function LegalityTab() {
  const settings = useSettings();
  const reviews = useLiveLegalityReviews();
  const cal = useWorkCalendar();
  const [editing, setEditing] = useState<LegalityReview | null>(null);
  const [open, setOpen] = useState(false);
  const now = today();
  const rows = useMemo(() => (reviews ?? []).slice().sort((a, b) => b.submittedDate.localeCompare(a.submittedDate)), [reviews]);

  const columns: ColumnsType<LegalityReview> = [
    { title: '文件名称', dataIndex: 'title', ellipsis: true },
    { title: '类型', dataIndex: 'kind', width: 90, render: (k: LegalityReviewKind) => LEGALITY_REVIEW_KIND_LABELS[k] },
    { title: '起草单位', dataIndex: 'draftingUnit', width: 150, ellipsis: true },
    { title: '送审日期', dataIndex: 'submittedDate', width: 110 },
    { title: '审核完成', dataIndex: 'completedDate', width: 110, render: (d: string | null) => d ?? '—' },
    {
      title: '审核意见',
      dataIndex: 'opinion',
      width: 110,
      render: (o: LegalityOpinion | null) =>
        o ? <Tag color={o === 'illegal' ? 'red' : o === 'legal' ? 'green' : 'gold'}>{LEGALITY_OPINION_LABELS[o]}</Tag> : '—',
    },
    {
      title: '期限',
      key: 'deadline',
      width: 150,
      render: (_, r) => <DeadlineTag d={legalityReviewDeadline(r, cal, now, settings.normativePeriods.legalityReviewWorkingDays)} />,
    },
    {
      title: '公布',
      key: 'publish',
      width: 160,
      render: (_, r) =>
        r.publishDate ? (
          r.documentId ? (
            <Typography.Link onClick={() => navigate(`/normative/doc/${r.documentId}`)}>
              {r.docNo}（{r.publishDate}）
            </Typography.Link>
          ) : (
            r.publishDate
          )
        ) : (
          '未公布'
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, r) => (
        <RowActions
          onEdit={() => {
            setEditing(r);
            setOpen(true);
          }}
          confirmTitle="删除此审核记录？"
          onDelete={() => deleteLegalityReview(r.id, settings.operatorName)}
        />
      ),
    },
  ];

  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setEditing(null);
            setOpen(true);
          }}
        >
          登记合法性审核
        </Button>
        <Typography.Text type="secondary">
          审核期限：送审之日起{settings.normativePeriods.legalityReviewWorkingDays}个工作日（可在设置中修改）
        </Typography.Text>
      </Space>
      <Table<LegalityReview>
        rowKey="id"
        size="middle"
        loading={!reviews}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: '还没有合法性审核记录' }}
        pagination={{ defaultPageSize: 50, showTotal: (t) => `共 ${t} 件` }}
      />
      <LegalityFormDrawer open={open} existing={editing} onClose={() => setOpen(false)} />
    </div>
  );
}
