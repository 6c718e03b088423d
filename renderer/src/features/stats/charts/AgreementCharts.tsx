import { useMemo } from 'react';
import { Col, Row } from 'antd';
import type { AgreementYearFigures } from '../../../../../shared/agreements/counts';
import type { SigningCapacity } from '../../../../../shared/agreements/types';
import type { OrganNames } from '../../../../../shared/settings';
import { ChartBox } from './ChartBox';
import { BLUE, LIGHT_BLUE, PRIMARY, barHeight, describeEntries, horizontalBarOption, pieOption, type Slice } from './chart-options';

const SIGNING_COLORS: Record<SigningCapacity, string> = { government: PRIMARY, town: BLUE, department: LIGHT_BLUE };

/** The capacities as the report words them, with the organ names from the settings. */
function signingLabels(organs: OrganNames): Record<SigningCapacity, string> {
  return {
    government: `以${organs.governmentShort}名义`,
    town: `以${organs.townLevel}名义`,
    department: `以${organs.departments}名义`,
  };
}

/** Charts of the 行政协议 year figures (agreements with an opinion issued in the year). */
export function AgreementCharts({ f, organs }: { f: AgreementYearFigures; organs: OrganNames }) {
  const signing: Slice[] = useMemo(() => {
    const labels = signingLabels(organs);
    return (Object.keys(labels) as SigningCapacity[])
      .filter((c) => f.bySigning[c] > 0)
      .map((c) => ({ name: labels[c], value: f.bySigning[c], color: SIGNING_COLORS[c] }));
  }, [f, organs]);
  const signingOption = useMemo(() => pieOption(signing), [signing]);
  // Every category is drawn, zeros included: the list is fixed, and a 0 is an answer too.
  const categoryOption = useMemo(() => horizontalBarOption(f.byCategory, BLUE, 190), [f]);

  return (
    <Row gutter={[12, 12]} style={{ marginTop: 16 }} data-testid="agreement-charts">
      <Col xs={24} xl={12}>
        <ChartBox
          title="按签订名义"
          option={signingOption}
          height={barHeight(f.byCategory.length)}
          empty={signing.length === 0}
          description={signing.map((s) => `${s.name} ${s.value}件`).join('，')}
          columns={[
            { key: 'name', title: '签订名义' },
            { key: 'count', title: '件数' },
          ]}
          rows={signing.map((s) => ({ key: s.name, name: s.name, count: s.value }))}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartBox
          title="按协议类别"
          option={categoryOption}
          height={barHeight(f.byCategory.length)}
          empty={f.total === 0}
          description={describeEntries(f.byCategory)}
          columns={[
            { key: 'name', title: '协议类别' },
            { key: 'count', title: '件数' },
          ]}
          rows={f.byCategory.map((e) => ({ key: e.name, name: e.name, count: e.count }))}
        />
      </Col>
    </Row>
  );
}
