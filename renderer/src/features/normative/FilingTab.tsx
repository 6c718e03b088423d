import { useMemo } from 'react';
import { Col, Form, Input, Radio, Row, Select, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { isFiledOnTime } from '../../../../shared/normative/filing';
import { FILING_FIELD_LABELS as L } from '../../../../shared/normative/schema';
import { FILING_RESULT_LABELS, type FilingResult, type FilingReview } from '../../../../shared/normative/types';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { ChoiceItem, DateItem, NameItem, NoteItem, TextItem } from '../../ui/form-items';
import { FormDrawer } from '../../ui/FormDrawer';
import { actionsColumn, LedgerTable, LedgerToolbar, useRecordDrawer } from '../../ui/ledger-table';
import { deleteFilingReview, saveFilingReview } from './normative-repo';
import { useLiveFilingReviews } from './use-normative';
import { formInput } from '../../ui/form-values';
import { FILING_STATE_LABELS, FILING_STATES, filingMatches } from '../../../../shared/normative/tab-filters';
import { useTabView, yearsOf } from './tab-view';

const FIELDS = ['title', 'docNo', 'issuer', 'publishDate', 'filedDate', 'result', 'problems', 'corrected', 'handler', 'note'] as const;
type Values = Record<(typeof FIELDS)[number], unknown> & { publishDate?: Dayjs; filedDate?: Dayjs };

function FilingFormDrawer({ open, existing, onClose }: { open: boolean; existing: FilingReview | null; onClose: () => void }) {
  const settings = useSettings();
  return (
    <FormDrawer<Values, FilingReview>
      open={open}
      existing={existing}
      table="filingReviews"
      onClose={onClose}
      title={existing ? `修改备案审查：${existing.title}` : '登记备案审查'}
      fieldNames={FIELDS}
      initial={(e) =>
        e
          ? { ...e, publishDate: fromDateStr(e.publishDate), filedDate: fromDateStr(e.filedDate) }
          : { filedDate: fromDateStr(today()), handler: settings.operatorName, corrected: null }
      }
      onSubmit={(v, openedAt) =>
        saveFilingReview(
          {
            ...v,
            ...formInput(v, {
              texts: ['title', 'docNo', 'issuer', 'problems', 'handler', 'note'],
              choices: ['result', 'corrected'],
              requiredDates: ['publishDate', 'filedDate'],
            }),
          },
          existing?.id ?? null,
          settings.operatorName,
          today(),
          openedAt,
        )
      }
    >
      {() => (
        <Row gutter={16}>
          <TextItem name="title" label={L.title} span={24} required />
          <TextItem name="docNo" label={L.docNo} span={12} required placeholder="如：云政发〔2019〕8号" />
          <TextItem name="issuer" label={L.issuer} span={12} required placeholder="如：云阳街道办事处、市市场监督管理局" />
          <DateItem name="publishDate" label={L.publishDate} span={8} required />
          <DateItem name="filedDate" label={L.filedDate} span={8} required extra={`应自公布之日起${settings.normativePeriods.filingDays}日内报备`} />
          <NameItem name="handler" label={L.handler} span={8} required names={[settings.operatorName]} />
          <ChoiceItem name="result" label={L.result} span={12} allowClear placeholder="审查后选择" labels={FILING_RESULT_LABELS} />
          <Col span={12}>
            <Form.Item name="corrected" label={L.corrected}>
              <Radio.Group
                options={[
                  { value: true, label: '已纠正' },
                  { value: false, label: '未纠正' },
                  { value: null, label: '无问题 / 待定' },
                ]}
              />
            </Form.Item>
          </Col>
          <NoteItem name="problems" label={L.problems} span={24} placeholder="未发现问题可不填" />
          <NoteItem name="note" label={L.note} span={24} />
        </Row>
      )}
    </FormDrawer>
  );
}

export function FilingTab() {
  const settings = useSettings();
  const filings = useLiveFilingReviews();
  const drawer = useRecordDrawer<FilingReview>();
  const days = settings.normativePeriods.filingDays;
  const view = useTabView();
  const state = view.url.oneOf('state', FILING_STATES);
  const year = view.url.int('year');
  const { q } = view;
  const years = useMemo(() => yearsOf((filings ?? []).map((f) => f.filedDate)), [filings]);
  const rows = useMemo(
    () => (filings ?? []).filter((f) => filingMatches(f, { q, state, year }, days)).sort((a, b) => b.filedDate.localeCompare(a.filedDate)),
    [filings, q, state, year, days],
  );

  const columns: ColumnsType<FilingReview> = [
    { title: '文件名称', dataIndex: 'title', ellipsis: true },
    { title: '文号', dataIndex: 'docNo', width: 160 },
    { title: '制定机关', dataIndex: 'issuer', width: 150, ellipsis: true },
    { title: '公布日期', dataIndex: 'publishDate', width: 110 },
    { title: '报备日期', dataIndex: 'filedDate', width: 110 },
    {
      title: '是否按时',
      key: 'onTime',
      width: 90,
      render: (_, f) => (isFiledOnTime(f, days) ? <Tag color="green">按时</Tag> : <Tag color="red">逾期</Tag>),
    },
    { title: '审查结果', dataIndex: 'result', width: 130, render: (r: FilingResult | null) => (r ? FILING_RESULT_LABELS[r] : '待审查') },
    {
      title: '发现问题',
      key: 'problems',
      width: 110,
      render: (_, f) => (f.problems ? (f.corrected ? '有，已纠正' : f.corrected === false ? '有，未纠正' : '有') : '无'),
    },
    actionsColumn<FilingReview>(drawer.edit, '删除此备案记录？', (r) => deleteFilingReview(r.id, settings.operatorName)),
  ];

  return (
    <div>
      <LedgerToolbar addLabel="登记备案审查" onAdd={drawer.add} hint={<>报备期限：公布之日起{days}日内（可在设置中修改）</>} />
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Input.Search
          allowClear
          placeholder="搜索文件名称、文号、制定机关"
          aria-label="搜索备案审查"
          style={{ width: 300 }}
          value={view.search}
          onChange={(e) => view.filter({ q: e.target.value })}
        />
        <Select
          allowClear
          placeholder="办理状态"
          aria-label="办理状态"
          style={{ width: 120 }}
          value={state}
          onChange={(v) => view.filter({ state: v })}
          options={FILING_STATES.map((s) => ({ value: s, label: FILING_STATE_LABELS[s] }))}
        />
        <Select
          allowClear
          placeholder="报备年度"
          aria-label="报备年度"
          style={{ width: 110 }}
          value={year}
          onChange={(v) => view.filter({ year: v })}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
      </Space>
      <LedgerTable<FilingReview>
        rows={filings && rows}
        columns={columns}
        emptyText={filings?.length ? '没有符合条件的记录' : '还没有备案审查记录'}
        paging={view.paging}
      />
      <FilingFormDrawer open={drawer.open} existing={drawer.editing} onClose={drawer.close} />
    </div>
  );
}
