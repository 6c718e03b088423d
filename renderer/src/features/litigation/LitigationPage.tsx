import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, CalendarOutlined, CheckCircleOutlined, DeleteOutlined, EditOutlined } from '../../ui/icons';
import type { Dayjs } from 'dayjs';
import { LEDGER_BY_TABLE } from '../../../../shared/ledgers/registry';
import { valueTextOf } from '../../../../shared/ledgers/history';
import { isLost } from '../../../../shared/litigation/counts';
import { litigationDeadlines } from '../../../../shared/litigation/deadlines';
import { LITIGATION_FIELD_LABELS as L } from '../../../../shared/litigation/schema';
import {
  APPEAL_DECISION_LABELS,
  DEFENDANT_KIND_LABELS,
  INSTANCE_LABELS,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
  PLAINTIFF_TYPE_LABELS,
  type LitigationCase,
  type LitigationOutcome,
} from '../../../../shared/litigation/types';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { PageTitle } from '../../ui/PageTitle';
import { toDateStr, today } from '../../ui/dates';
import { errorText } from '../../ui/errors';
import { RecordHistory } from '../history';
import { LitigationFormDrawer } from './LitigationFormDrawer';
import { addHearing, concludeCase, deleteLitigation, updateHearing } from './litigation-repo';
import { useLitigationCase, useLiveLitigation } from './use-litigation';

const ledger = LEDGER_BY_TABLE.litigationCases;
const valueText = valueTextOf(ledger.values, ledger.history.valueText);

interface HearingValues {
  date?: Dayjs;
  agencyAppeared?: boolean;
  headAppeared?: boolean;
  headName?: string;
  note?: string;
}
interface ConcludeValues {
  concludedDate?: Dayjs;
  outcome?: LitigationOutcome;
  servedDate?: Dayjs;
}

/** The case's course, oldest first: what happened and when. */
function timeline(c: LitigationCase) {
  const items: { date: string; text: string; color?: string }[] = [{ date: c.receivedDate, text: `收到应诉通知书（${c.court}）` }];
  if (c.defenceDate) items.push({ date: c.defenceDate, text: '提交答辩状及证据' });
  for (const h of c.hearings) {
    const who = h.headAppeared ? `负责人${h.headName}出庭` : h.agencyAppeared ? '机关工作人员出庭' : h.date > today() ? '待开庭' : '行政机关未出庭';
    items.push({ date: h.date, text: `开庭：${who}`, color: h.date > today() ? 'gray' : h.headAppeared ? 'green' : 'blue' });
  }
  if (c.concludedDate && c.outcome) items.push({ date: c.concludedDate, text: `结案：${LITIGATION_OUTCOME_LABELS[c.outcome]}`, color: 'red' });
  if (c.servedDate) items.push({ date: c.servedDate, text: '裁判文书送达' });
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function LitigationPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const settings = useSettings();
  const cal = useWorkCalendar();
  const c = useLitigationCase(id);
  const all = useLiveLitigation();
  const [editing, setEditing] = useState(false);
  const [hearingOpen, setHearingOpen] = useState(false);
  const [concludeOpen, setConcludeOpen] = useState(false);
  const [hearingForm] = Form.useForm<HearingValues>();
  const [concludeForm] = Form.useForm<ConcludeValues>();
  if (c === undefined) return null;
  if (c === null || c.deleted) {
    return (
      <Empty description="案件不存在或已删除">
        <Button onClick={() => navigate('/litigation')}>返回列表</Button>
      </Empty>
    );
  }
  const now = today();
  const actor = settings.operatorName;
  const deadlines = litigationDeadlines(c, cal, now);
  const earlier = c.earlierInstanceId ? all?.find((x) => x.id === c.earlierInstanceId) : undefined;
  const later = all?.filter((x) => x.earlierInstanceId === c.id) ?? [];
  const lost = isLost(c, settings.litigation.lossOutcomes);
  const fail = (e: unknown) => message.error(errorText(e));

  const saveHearing = async () => {
    const v = await hearingForm.validateFields();
    await addHearing(
      c.id,
      {
        date: toDateStr(v.date) ?? '',
        headAppeared: !!v.headAppeared,
        headName: (v.headName ?? '').trim(),
        agencyAppeared: !!v.agencyAppeared || !!v.headAppeared,
        note: v.note ?? '',
      },
      actor,
      now,
    ).then(() => {
      message.success('已登记开庭');
      setHearingOpen(false);
      hearingForm.resetFields();
    }, fail);
  };
  const saveConclusion = async () => {
    const v = await concludeForm.validateFields();
    await concludeCase(
      c.id,
      { concludedDate: toDateStr(v.concludedDate), outcome: v.outcome ?? null, servedDate: toDateStr(v.servedDate) },
      actor,
      now,
    ).then(() => {
      message.success('已结案');
      setConcludeOpen(false);
    }, fail);
  };

  return (
    <div>
      <PageTitle
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/litigation')}>
              返回列表
            </Button>
            <Button icon={<CalendarOutlined />} onClick={() => setHearingOpen(true)} disabled={!!c.concludedDate}>
              登记开庭
            </Button>
            <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setConcludeOpen(true)}>
              结案
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              修改
            </Button>
            <Popconfirm
              title="删除此应诉案件？"
              description="案件将移入回收站，不再计入统计。"
              okText="删除"
              cancelText="取消"
              onConfirm={() => deleteLitigation(c.id, actor).then(() => navigate('/litigation'), fail)}
            >
              <Button danger icon={<DeleteOutlined />}>
                删除
              </Button>
            </Popconfirm>
          </>
        }
      >
        <Space>
          {c.caseNo}
          <Tag>{INSTANCE_LABELS[c.instance]}</Tag>
          {c.concludedDate ? <Tag color={lost ? 'red' : 'green'}>{lost ? '败诉' : '已结案'}</Tag> : <Tag color="blue">审理中</Tag>}
        </Space>
      </PageTitle>
      {deadlines.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }}>
          {deadlines.map((d) => (
            <Space key={`${d.kind}${d.due}`} size={4}>
              <span>{d.label}：</span>
              <DeadlineTag d={d} />
              <span style={{ color: '#8c8c8c' }}>
                {d.due}（{d.basis}）
              </span>
            </Space>
          ))}
        </Space>
      )}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" title="案件信息" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'court', label: L.court, children: c.court },
                { key: 'received', label: L.receivedDate, children: c.receivedDate },
                {
                  key: 'plaintiff',
                  label: L.plaintiff,
                  children: `${c.plaintiff}（${PLAINTIFF_TYPE_LABELS[c.plaintiffType]}，${c.plaintiffCount}人）`,
                },
                { key: 'defendant', label: L.defendant, children: `${c.defendant}（${DEFENDANT_KIND_LABELS[c.defendantKind]}）` },
                { key: 'co', label: L.coDefendant, children: c.coDefendant || '—' },
                { key: 'third', label: L.thirdParty, children: c.thirdParty || '—' },
                { key: 'act', label: L.actName, span: 2, children: [c.actName, c.actDocNo, c.actDate].filter(Boolean).join('，') },
                { key: 'cat', label: L.actCategory, children: c.actCategory },
                { key: 'field', label: L.field, children: c.field },
                { key: 'claims', label: L.claims, span: 2, children: `${c.claims || '—'}${c.compensationClaimed ? '（一并请求行政赔偿）' : ''}` },
                { key: 'defence', label: L.defenceDate, children: c.defenceDate ?? '—' },
                { key: 'handler', label: `${L.handler} / 代理`, children: [c.handler, c.counsel].filter(Boolean).join(' / ') },
                {
                  key: 'earlier',
                  label: '前审 / 后续审级',
                  span: 2,
                  children: (
                    <Space wrap>
                      {earlier ? (
                        <Typography.Link
                          onClick={() => navigate(`/litigation/${earlier.id}`)}
                        >{`${INSTANCE_LABELS[earlier.instance]} ${earlier.caseNo}`}</Typography.Link>
                      ) : null}
                      {later.map((x) => (
                        <Typography.Link
                          key={x.id}
                          onClick={() => navigate(`/litigation/${x.id}`)}
                        >{`${INSTANCE_LABELS[x.instance]} ${x.caseNo}`}</Typography.Link>
                      ))}
                      {!earlier && later.length === 0 ? '—' : null}
                    </Space>
                  ),
                },
                {
                  key: 'outcome',
                  label: L.outcome,
                  children: c.outcome ? `${LITIGATION_OUTCOME_LABELS[c.outcome]}（${c.concludedDate}）` : '—',
                },
                {
                  key: 'lost',
                  label: '是否败诉',
                  children: c.concludedDate
                    ? `${lost ? '败诉' : '未败诉'}${c.lostOverride !== null ? `（人工认定：${c.lostOverrideReason}）` : ''}`
                    : '—',
                },
                { key: 'served', label: L.servedDate, children: c.servedDate ?? '—' },
                { key: 'appeal', label: L.appealDecision, children: c.appealDecision ? APPEAL_DECISION_LABELS[c.appealDecision] : '—' },
                { key: 'js', label: L.judicialSuggestion, span: 2, children: c.judicialSuggestion || '未收到' },
                { key: 'note', label: L.note, span: 2, children: c.note || '—' },
              ]}
            />
          </Card>
          <Card size="small" title={`开庭（${c.hearings.length}次）`}>
            {c.hearings.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未登记开庭" />
            ) : (
              c.hearings.map((h, i) => (
                <Row key={h.id} style={{ padding: '4px 0', borderBottom: '1px solid #f5f5f5' }} align="middle">
                  <Col flex="110px">
                    第{i + 1}次 {h.date}
                  </Col>
                  <Col flex="auto">
                    {h.headAppeared ? (
                      <Tag color="green">负责人出庭：{h.headName}</Tag>
                    ) : h.agencyAppeared ? (
                      <Tag color="blue">机关工作人员出庭</Tag>
                    ) : h.date > now ? (
                      <Tag>待开庭</Tag>
                    ) : (
                      <Tag color="red">行政机关未出庭</Tag>
                    )}
                    {h.note}
                  </Col>
                  <Col>
                    <Popconfirm
                      title="删除这次开庭记录？"
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => updateHearing(c.id, h.id, null, actor, now).catch(fail)}
                    >
                      <Button size="small" type="link" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  </Col>
                </Row>
              ))
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="办理经过" style={{ marginBottom: 16 }}>
            <Timeline items={timeline(c).map((t) => ({ color: t.color, content: `${t.date}　${t.text}` }))} />
          </Card>
          <Card size="small" title="修改记录">
            <RecordHistory recordId={c.id} labels={L} valueText={valueText} />
          </Card>
        </Col>
      </Row>
      <Modal
        title={`登记开庭：${c.caseNo}`}
        open={hearingOpen}
        onOk={saveHearing}
        onCancel={() => setHearingOpen(false)}
        okText="保存"
        cancelText="取消"
        destroyOnHidden
      >
        <Form form={hearingForm} layout="vertical" initialValues={{ agencyAppeared: true }}>
          <Form.Item
            name="date"
            label="开庭日期"
            rules={[{ required: true, message: '开庭日期不能为空' }]}
            extra="尚未开庭的，登记排定的开庭日期（出庭情况开庭后再填）"
          >
            <DatePicker style={{ width: '100%' }} />
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
        </Form>
      </Modal>
      <Modal
        title={`结案：${c.caseNo}`}
        open={concludeOpen}
        onOk={saveConclusion}
        onCancel={() => setConcludeOpen(false)}
        okText="保存"
        cancelText="取消"
        destroyOnHidden
      >
        <Form form={concludeForm} layout="vertical">
          <Form.Item name="concludedDate" label={L.concludedDate}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="outcome" label={L.outcome}>
            <Select options={LITIGATION_OUTCOMES.map((o) => ({ value: o, label: LITIGATION_OUTCOME_LABELS[o] }))} />
          </Form.Item>
          <Form.Item name="servedDate" label={L.servedDate} extra="一审判决送达之日起15日、裁定送达之日起10日内可以上诉">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <LitigationFormDrawer open={editing} existing={c} cases={all ?? []} onClose={() => setEditing(false)} />
    </div>
  );
}
