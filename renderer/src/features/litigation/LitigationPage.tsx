import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, CalendarOutlined, CheckCircleOutlined, DeleteOutlined, EditOutlined } from '../../ui/icons';
import { LEDGER_BY_TABLE } from '../../../../shared/ledgers/registry';
import { valueTextOf } from '../../../../shared/ledgers/history';
import { isLost } from '../../../../shared/litigation/counts';
import { litigationDeadlines } from '../../../../shared/litigation/deadlines';
import { LITIGATION_DEADLINE_SHORT, lapsedAppeal } from '../../../../shared/litigation/list';
import { LITIGATION_FIELD_LABELS as L } from '../../../../shared/litigation/schema';
import {
  APPEAL_DECISION_LABELS,
  APPEAL_DECISIONS,
  DEFENDANT_KIND_LABELS,
  INSTANCE_LABELS,
  LITIGATION_OUTCOME_LABELS,
  outcomeForm,
  PLAINTIFF_TYPE_LABELS,
  type Hearing,
  type LitigationCase,
} from '../../../../shared/litigation/types';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { DateCell } from '../../ui/OrganName';
import { PageTitle } from '../../ui/PageTitle';
import { today } from '../../ui/dates';
import { errorText } from '../../ui/errors';
import { RecordHistory } from '../history';
import { LitigationFormDrawer } from './LitigationFormDrawer';
import { deleteLitigation, recordAppealDecision, updateHearing } from './litigation-repo';
import { ConcludeModal, HearingModal } from './LitigationModals';
import { useLitigationCase, useLiveLitigation } from './use-litigation';

const ledger = LEDGER_BY_TABLE.litigationCases;
const valueText = valueTextOf(ledger.values, ledger.history.valueText);

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
  /** The hearing modal: closed, a new hearing (null) or one to correct. */
  const [hearingEdit, setHearingEdit] = useState<{ hearing: Hearing | null } | null>(null);
  const [concludeOpen, setConcludeOpen] = useState(false);
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
  // A first-instance decision without its service date: the appeal period cannot be counted yet.
  const appealHint =
    c.concludedDate && c.outcome && !c.servedDate && c.instance !== 'second' && outcomeForm(c.outcome) !== 'none'
      ? `上诉期限：填写${L.servedDate}后计算（${outcomeForm(c.outcome) === 'judgment' ? '判决书送达之日起15日' : '裁定书送达之日起10日'}）`
      : null;
  const fail = (e: unknown) => message.error(errorText(e));

  return (
    <div>
      <PageTitle
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/litigation')}>
              返回列表
            </Button>
            <Tooltip title={c.concludedDate ? `已于${c.concludedDate}结案，不能再登记开庭` : undefined}>
              <Button icon={<CalendarOutlined />} onClick={() => setHearingEdit({ hearing: null })} disabled={!!c.concludedDate}>
                登记开庭
              </Button>
            </Tooltip>
            <Tooltip title={c.concludedDate ? `已于${c.concludedDate}结案；结案信息有误的，请点“修改”更正` : undefined}>
              <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setConcludeOpen(true)} disabled={!!c.concludedDate}>
                结案
              </Button>
            </Tooltip>
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
      <Card size="small" title="期限" style={{ marginBottom: 16 }} data-testid="litigation-deadlines">
        <Space orientation="vertical" size={4}>
          {deadlines.map((d) => (
            <Space key={`${d.kind}${d.due}`} size={8} wrap>
              <span style={{ display: 'inline-block', minWidth: 112 }}>{d.label}</span>
              <span style={{ whiteSpace: 'nowrap' }}>{d.kind === 'hearing' ? `开庭日${d.due}` : `截止${d.due}`}</span>
              {lapsedAppeal(d) ? (
                <Tag title={`上诉期限：${d.due}（${d.basis}）`}>上诉期已届满，未记录是否上诉</Tag>
              ) : (
                <DeadlineTag d={{ ...d, label: LITIGATION_DEADLINE_SHORT[d.kind] }} />
              )}
              <Typography.Text type="secondary">{d.basis}</Typography.Text>
              {d.kind === 'appeal' && d.state === 'open' && (
                <Space size={4}>
                  {APPEAL_DECISIONS.map((a) => (
                    <Button
                      key={a}
                      size="small"
                      onClick={() =>
                        recordAppealDecision(c.id, a, actor, now, c.updatedAt).then(
                          () => message.success(`已记录：${APPEAL_DECISION_LABELS[a]}`),
                          fail,
                        )
                      }
                    >
                      {APPEAL_DECISION_LABELS[a]}
                    </Button>
                  ))}
                </Space>
              )}
            </Space>
          ))}
          {appealHint && <Typography.Text type="secondary">{appealHint}</Typography.Text>}
          {deadlines.length === 0 && !appealHint && <Typography.Text type="secondary">没有正在计算的期限</Typography.Text>}
        </Space>
      </Card>
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
                    ? `${lost ? '败诉' : '未败诉'}${c.lostOverride !== null ? `（人工认定：${c.lostOverrideReason}）` : '（按结案方式认定）'}`
                    : '—',
                },
                { key: 'served', label: L.servedDate, children: c.servedDate ?? '—' },
                { key: 'appeal', label: L.appealDecision, children: c.appealDecision ? APPEAL_DECISION_LABELS[c.appealDecision] : '—' },
                { key: 'js', label: L.judicialSuggestion, span: 2, children: c.judicialSuggestion || '未收到' },
                { key: 'note', label: L.note, span: 2, children: c.note || '—' },
              ]}
            />
          </Card>
          <Card size="small" title={`开庭（${c.hearings.length}次）`} data-testid="litigation-hearings">
            <Table<Hearing>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={c.hearings}
              locale={{ emptyText: '尚未登记开庭' }}
              columns={[
                { title: '次序', key: 'n', width: 64, render: (_, _h, i) => `第${i + 1}次` },
                { title: '开庭日期', key: 'date', width: 104, render: (_, h) => <DateCell date={h.date} /> },
                {
                  title: '出庭情况',
                  key: 'appearance',
                  width: 150,
                  render: (_, h) =>
                    h.headAppeared ? (
                      <Tag color="green">负责人出庭</Tag>
                    ) : h.agencyAppeared ? (
                      <Tag color="blue">机关工作人员出庭</Tag>
                    ) : h.date > now ? (
                      <Tag>待开庭</Tag>
                    ) : (
                      <Tag color="red">行政机关未出庭</Tag>
                    ),
                },
                { title: '出庭负责人', key: 'head', render: (_, h) => h.headName || '—' },
                { title: '备注', key: 'note', ellipsis: true, render: (_, h) => h.note || '' },
                {
                  title: '操作',
                  key: 'actions',
                  width: 104,
                  render: (_, h, i) => (
                    <Space size={0}>
                      <Button size="small" type="link" aria-label={`修改第${i + 1}次开庭`} onClick={() => setHearingEdit({ hearing: h })}>
                        修改
                      </Button>
                      <Popconfirm
                        title="删除这次开庭记录？"
                        okText="删除"
                        cancelText="取消"
                        onConfirm={() => updateHearing(c.id, h.id, null, actor, now, c.updatedAt).catch(fail)}
                      >
                        <Button size="small" type="link" danger aria-label={`删除第${i + 1}次开庭`}>
                          删除
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]}
            />
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
      <HearingModal c={c} open={hearingEdit !== null} hearing={hearingEdit?.hearing ?? null} onClose={() => setHearingEdit(null)} />
      <ConcludeModal c={c} open={concludeOpen} onClose={() => setConcludeOpen(false)} />
      <LitigationFormDrawer open={editing} existing={c} cases={all ?? []} onClose={() => setEditing(false)} />
    </div>
  );
}
