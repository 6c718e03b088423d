import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Tag, Timeline, Typography } from 'antd';
import { RollbackOutlined } from '../../ui/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { computeCaseDeadlines, deemedAcceptanceOffer, isBreached } from '../../../../shared/review/deadlines';
import { allowedSteps } from '../../../../shared/review/lifecycle';
import {
  APPLICANT_TYPE_LABELS,
  LAW_LABELS,
  OUTCOME_LABELS,
  PROCEDURE_LABELS,
  STEP_LABELS,
  type ReviewEvent,
  type ReviewStepKind,
} from '../../../../shared/review/types';
import { formatChinaTime } from '../../../../shared/dates';
import { PageTitle } from '../../ui/PageTitle';
import { RecordPageActions } from '../../ui/RecordPageActions';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { today } from '../../ui/dates';
import { errorText } from '../../ui/errors';
import { CaseFormDrawer } from './CaseFormDrawer';
import { StepModal } from './StepModal';
import { StatusTag } from './badges';
import { DeadlineTag, daysLeftText } from '../../ui/DeadlineTag';
import { LEDGERS, RecordHistory } from '../history';
import { deleteCase, removeLastStep } from './review-repo';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { readCaseByIdOrNo } from './use-review-data';

function eventDetail(e: ReviewEvent): string {
  const parts: string[] = [];
  if (e.kind === 'accept') {
    if (e.deemed) parts.push('视为受理');
    if (e.procedure) parts.push(PROCEDURE_LABELS[e.procedure]);
  }
  if (e.kind === 'extend' && e.extensionDays) parts.push(`延长${e.extensionDays}日`);
  if (e.kind === 'conclude' && e.outcome) {
    parts.push(`审理结果：${OUTCOME_LABELS[e.outcome]}`);
    if (e.compensation) parts.push('一并决定赔偿');
    if (e.correctedBeforeTermination) parts.push('改正后终止');
  }
  if (e.note) parts.push(e.note);
  return parts.join('；');
}

export function CasePage({ id }: { id: string }) {
  const { message } = App.useApp();
  const settings = useSettings();
  const cal = useWorkCalendar();
  // `id` is the case's id or its 案号 (#/review/丹政复〔2026〕1号).
  const c = useLiveQuery(() => readCaseByIdOrNo(id), [id]);
  const [editing, setEditing] = useState(false);
  const [step, setStep] = useState<ReviewStepKind | null>(null);
  const [deemed, setDeemed] = useState<string | null>(null);

  if (c === undefined) return null;
  if (c === null || c.deleted) {
    return (
      <Empty description="案件不存在或已删除">
        <Button onClick={() => navigate('/review')}>返回案件列表</Button>
      </Empty>
    );
  }

  const now = today();
  const deadlines = computeCaseDeadlines(c, cal, now);
  const overdue = deadlines.filter(isBreached);
  const steps = allowedSteps(c);
  const deemedDate = deemedAcceptanceOffer(c, cal, now);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      message.success(done);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <div>
      <PageTitle
        extra={
          <RecordPageActions
            backLabel="返回列表"
            onBack={() => navigate('/review')}
            editLabel="修改信息"
            onEdit={() => setEditing(true)}
            deleteTitle="删除此案件？"
            deleteDescription="案件将移入回收站，不再计入统计。"
            onDelete={() => deleteCase(c.id, settings.operatorName)}
            onDeleted={() => navigate('/review')}
            deletedMessage="已删除，案件已移入回收站"
          />
        }
      >
        <Space>
          {c.caseNo}
          <StatusTag c={c} />
        </Space>
      </PageTitle>

      <Card size="small" title="办理" style={{ marginBottom: 16 }}>
        <Space wrap>
          {steps.map((k) => (
            <Button key={k} type={k === 'accept' || k === 'conclude' ? 'primary' : 'default'} onClick={() => setStep(k)}>
              {STEP_LABELS[k]}
            </Button>
          ))}
          {deemedDate && (
            <Button
              onClick={() => {
                setDeemed(deemedDate);
                setStep('accept');
              }}
            >
              视为受理
            </Button>
          )}
          {steps.length === 0 && <Typography.Text type="secondary">本案已办结，没有可办理的步骤。</Typography.Text>}
        </Space>
      </Card>

      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title="案件信息" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'applicant', label: '申请人', children: `${c.applicant}（${APPLICANT_TYPE_LABELS[c.applicantType]}，${c.applicantCount}人）` },
                { key: 'respondent', label: '被申请人', children: `${c.respondent}（${c.respondentLevel}）` },
                { key: 'thirdParty', label: '第三人', children: c.thirdParty || '—' },
                { key: 'act', label: '被申请行为', children: [c.actName, c.actDocNo, c.actDate].filter(Boolean).join('，') || '—' },
                { key: 'actCategory', label: '行为类别', children: c.actCategory },
                { key: 'field', label: '管理领域', children: c.field },
                { key: 'handler', label: '承办人', children: c.handler },
                { key: 'intakePoint', label: '受理点', children: c.intakePoint },
                { key: 'law', label: '适用法律', children: LAW_LABELS[c.law] },
                { key: 'procedure', label: '审理程序', children: c.procedure ? PROCEDURE_LABELS[c.procedure] : '—' },
                { key: 'incidental', label: '附带审查', children: c.incidentalReview ? '是' : '否' },
                { key: 'hearing', label: '听证', children: c.hearingDate ?? '否' },
                { key: 'outcome', label: '审理结果', children: c.outcome ? OUTCOME_LABELS[c.outcome] + (c.compensation ? '（一并赔偿）' : '') : '—' },
                { key: 'request', label: '复议请求', span: 2, children: c.request || '—' },
                { key: 'note', label: '备注', span: 2, children: c.note || '—' },
              ]}
            />
          </Card>
          <Card size="small" title="期限">
            {deadlines.length === 0 ? (
              <Typography.Text type="secondary">没有需要跟踪的期限。</Typography.Text>
            ) : (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {deadlines.map((d) => (
                  <div key={d.kind} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 12 }}>
                    <span>
                      <b>{d.label}</b>：{d.due ?? '计时暂停'}
                      <Typography.Text type="secondary"> （{d.basis}）</Typography.Text>
                    </span>
                    <DeadlineTag d={d} />
                  </div>
                ))}
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title="办理过程"
            extra={
              c.events.length > 1 && (
                <Popconfirm
                  title="撤回最后一步？"
                  description={`将撤回“${STEP_LABELS[c.events[c.events.length - 1].kind]}”，撤回记录保留在修改记录中。`}
                  okText="撤回"
                  cancelText="取消"
                  onConfirm={() => run(() => removeLastStep(c.id, settings.operatorName, now), '已撤回最后一步')}
                >
                  <Button size="small" icon={<RollbackOutlined />}>
                    撤回最后一步
                  </Button>
                </Popconfirm>
              )
            }
          >
            <Timeline
              items={c.events.map((e) => ({
                key: e.id,
                color: e.kind === 'conclude' ? 'green' : e.kind === 'reject' || e.kind === 'redirect' ? 'gray' : 'blue',
                title: e.date,
                content: (
                  <div>
                    <b>{STEP_LABELS[e.kind]}</b>
                    {eventDetail(e) && <div>{eventDetail(e)}</div>}
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {e.recordedBy || '未署名'} 记录于 {formatChinaTime(e.recordedAt, 'minute')}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              }))}
            />
            {overdue.length > 0 && <Tag color="red">有期限已超期：{overdue.map((d) => `${d.label}${daysLeftText(d)}`).join('，')}</Tag>}
          </Card>
          <Card size="small" title="修改记录" style={{ marginTop: 16 }}>
            <RecordHistory recordId={c.id} labels={LEDGERS.reviewCases.labels} valueText={LEDGERS.reviewCases.valueText} />
          </Card>
        </Col>
      </Row>
      <CaseFormDrawer open={editing} existing={c} onClose={() => setEditing(false)} />
      <StepModal
        c={c}
        kind={step}
        deemedDate={deemed}
        onClose={() => {
          setStep(null);
          setDeemed(null);
        }}
      />
    </div>
  );
}
