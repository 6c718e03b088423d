import { Suspense } from 'react';
import { Button, Card, Col, Row, Skeleton, Space } from 'antd';
import { navigate } from '../../app/router';
import { PageTitle } from '../../ui/PageTitle';
import { OrganSettings } from './OrganSettings';
import { CorrectionRateSettings } from './CorrectionRateSettings';
import { HolidaySettings } from './HolidaySettings';
import { ListSettings } from './ListSettings';
import { PeriodSettings } from './PeriodSettings';
import { SupportSettings } from './SupportSettings';
import { StorageSettings } from '../backup';
import { SETTINGS_PANELS } from '../../app/ledger-pages';

export function SettingsPage() {
  return (
    <div>
      <PageTitle>设置</PageTitle>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" title="机关名称与案号" style={{ marginBottom: 16 }}>
            <OrganSettings />
          </Card>
          <Card size="small" title="直接纠错率口径" style={{ marginBottom: 16 }}>
            <CorrectionRateSettings />
          </Card>
          <Card size="small" title="选项列表" style={{ marginBottom: 16 }}>
            <ListSettings />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="节假日安排（用于计算工作日期限）" style={{ marginBottom: 16 }}>
            <HolidaySettings />
          </Card>
          <Card size="small" title="审核、报备期限" style={{ marginBottom: 16 }}>
            <PeriodSettings />
          </Card>
          <Card size="small" title="多机同步" style={{ marginBottom: 16 }}>
            <Space wrap>
              <span>几台电脑通过单位的同步服务器共用一套台账。</span>
              <Button onClick={() => navigate('/settings/sync')}>多机同步设置</Button>
            </Space>
          </Card>
          <Card size="small" title="数据存储与备份" style={{ marginBottom: 16 }}>
            <StorageSettings />
          </Card>
          {SETTINGS_PANELS.map(({ key, title, panel: Panel }) => (
            <Card key={key} size="small" title={title} style={{ marginBottom: 16 }}>
              <Suspense fallback={<Skeleton active />}>
                <Panel />
              </Suspense>
            </Card>
          ))}
          <SupportSettings />
        </Col>
      </Row>
    </div>
  );
}
