import { useMemo, useState } from 'react';
import { AutoComplete, Button, Col, Form, Input, Radio, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { PlusOutlined } from '../../ui/icons';
import { isFiledOnTime } from '../../../../shared/normative/filing';
import { FILING_FIELD_LABELS as L } from '../../../../shared/normative/schema';
import { FILING_RESULT_LABELS, type FilingResult, type FilingReview } from '../../../../shared/normative/types';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { DateField } from '../../ui/DateField';
import { FormDrawer } from '../../ui/FormDrawer';
import { RowActions } from '../../ui/RowActions';
import { deleteFilingReview, saveFilingReview } from './normative-repo';
import { useLiveFilingReviews } from './use-normative';
import { formInput } from '../../ui/form-values';

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
          <Col span={24}>
            <Form.Item name="title" label={L.title} required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="docNo" label={L.docNo} required>
              <Input placeholder="如：云政发〔2019〕8号" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="issuer" label={L.issuer} required>
              <Input placeholder="如：云阳街道办事处、市市场监督管理局" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="publishDate" label={L.publishDate} required>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="filedDate" label={L.filedDate} required extra={`应自公布之日起${settings.normativePeriods.filingDays}日内报备`}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="handler" label={L.handler} required>
              <AutoComplete options={[{ value: settings.operatorName }]} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="result" label={L.result}>
              <Select
                allowClear
                placeholder="审查后选择"
                options={(Object.keys(FILING_RESULT_LABELS) as FilingResult[]).map((r) => ({ value: r, label: FILING_RESULT_LABELS[r] }))}
              />
            </Form.Item>
          </Col>
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
          <Col span={24}>
            <Form.Item name="problems" label={L.problems}>
              <Input.TextArea rows={2} placeholder="未发现问题可不填" />
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

export function FilingTab() {
  const settings = useSettings();
  const filings = useLiveFilingReviews();
  const [editing, setEditing] = useState<FilingReview | null>(null);
  const [open, setOpen] = useState(false);
  const rows = useMemo(() => (filings ?? []).slice().sort((a, b) => b.filedDate.localeCompare(a.filedDate)), [filings]);
  const days = settings.normativePeriods.filingDays;

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
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, f) => (
        <RowActions
          onEdit={() => {
            setEditing(f);
            setOpen(true);
          }}
          confirmTitle="删除此备案记录？"
          onDelete={() => deleteFilingReview(f.id, settings.operatorName)}
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
          登记备案审查
        </Button>
        <Typography.Text type="secondary">报备期限：公布之日起{days}日内（可在设置中修改）</Typography.Text>
      </Space>
      <Table<FilingReview>
        rowKey="id"
        size="middle"
        loading={!filings}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: '还没有备案审查记录' }}
        pagination={{ defaultPageSize: 50, showTotal: (t) => `共 ${t} 件` }}
      />
      <FilingFormDrawer open={open} existing={editing} onClose={() => setOpen(false)} />
    </div>
  );
}
