import { useMemo } from 'react';
import { Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { legalityReviewDeadline } from '../../../../shared/normative/legality';
import { LEGALITY_FIELD_LABELS as L, LEGALITY_FIELD_NAMES } from '../../../../shared/normative/schema';
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
import { DeadlineTag } from '../../ui/DeadlineTag';
import { FormDrawer } from '../../ui/FormDrawer';
import { ChoiceItem, DateItem, NameItem, NoteItem, TextItem } from '../../ui/form-items';
import { actionsColumn, LedgerTable, LedgerToolbar, useRecordDrawer } from '../../ui/ledger-table';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { deleteLegalityReview, saveLegalityReview } from './normative-repo';
import { useLiveDocuments, useLiveLegalityReviews } from './use-normative';
import { formInput } from '../../ui/form-values';
import { LEGALITY_STATE_LABELS, LEGALITY_STATES, legalityMatches } from '../../../../shared/normative/tab-filters';
import { useTabView, yearsOf } from './tab-view';

const FIELDS = LEGALITY_FIELD_NAMES;

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
          <TextItem name="title" label={L.title} span={24} required placeholder="如：丹阳市机动车停车服务收费办法（送审稿）" />
          <ChoiceItem name="kind" label={L.kind} span={8} required labels={LEGALITY_REVIEW_KIND_LABELS} />
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
          <TextItem name="draftingUnit" label={L.draftingUnit} span={12} required />
          <DateItem name="submittedDate" label={L.submittedDate} span={6} required />
          <NameItem name="handler" label={L.handler} span={6} required names={[settings.operatorName]} />
          <DateItem name="completedDate" label={L.completedDate} span={12} />
          <ChoiceItem name="opinion" label={L.opinion} span={12} allowClear placeholder="审核完成后选择" labels={LEGALITY_OPINION_LABELS} />
          <NoteItem name="problems" label={L.problems} span={24} />
          <TextItem name="docNo" label={L.docNo} span={12} extra="文件公布后填写" placeholder="如：丹政规〔2019〕3号" />
          <DateItem name="publishDate" label={L.publishDate} span={12} extra="填写后，新制定的文件登记入文件库，重新修订的记入原文件沿革" />
          <NoteItem name="note" label={L.note} span={24} />
        </Row>
      )}
    </FormDrawer>
  );
}

export function LegalityTab() {
  const settings = useSettings();
  const reviews = useLiveLegalityReviews();
  const cal = useWorkCalendar();
  const drawer = useRecordDrawer<LegalityReview>();
  const now = today();
  const view = useTabView();
  const kind = view.url.oneOf('kind', Object.keys(LEGALITY_REVIEW_KIND_LABELS) as LegalityReviewKind[]);
  const state = view.url.oneOf('state', LEGALITY_STATES);
  const year = view.url.int('year');
  const { q } = view;
  const years = useMemo(() => yearsOf((reviews ?? []).map((r) => r.submittedDate)), [reviews]);
  const rows = useMemo(
    () => (reviews ?? []).filter((r) => legalityMatches(r, { q, kind, state, year })).sort((a, b) => b.submittedDate.localeCompare(a.submittedDate)),
    [reviews, q, kind, state, year],
  );

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
    actionsColumn<LegalityReview>(drawer.edit, '删除此审核记录？', (r) => deleteLegalityReview(r.id, settings.operatorName)),
  ];

  return (
    <div>
      <LedgerToolbar
        addLabel="登记合法性审核"
        onAdd={drawer.add}
        hint={`审核期限：送审之日起${settings.normativePeriods.legalityReviewWorkingDays}个工作日（可在设置中修改）`}
      />
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Input.Search
          allowClear
          placeholder="搜索文件名称、起草单位、文号"
          aria-label="搜索合法性审核"
          style={{ width: 300 }}
          value={view.search}
          onChange={(e) => view.filter({ q: e.target.value })}
        />
        <Select
          allowClear
          placeholder="类型"
          aria-label="类型"
          style={{ width: 110 }}
          value={kind}
          onChange={(v) => view.filter({ kind: v })}
          options={(Object.keys(LEGALITY_REVIEW_KIND_LABELS) as LegalityReviewKind[]).map((k) => ({
            value: k,
            label: LEGALITY_REVIEW_KIND_LABELS[k],
          }))}
        />
        <Select
          allowClear
          placeholder="办理状态"
          aria-label="办理状态"
          style={{ width: 110 }}
          value={state}
          onChange={(v) => view.filter({ state: v })}
          options={LEGALITY_STATES.map((s) => ({ value: s, label: LEGALITY_STATE_LABELS[s] }))}
        />
        <Select
          allowClear
          placeholder="送审年度"
          aria-label="送审年度"
          style={{ width: 110 }}
          value={year}
          onChange={(v) => view.filter({ year: v })}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
      </Space>
      <LedgerTable<LegalityReview>
        rows={reviews && rows}
        columns={columns}
        emptyText={reviews?.length ? '没有符合条件的记录' : '还没有合法性审核记录'}
        paging={view.paging}
      />
      <LegalityFormDrawer open={drawer.open} existing={drawer.editing} onClose={drawer.close} />
    </div>
  );
}
