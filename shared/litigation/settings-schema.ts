import { z } from 'zod';
import { APPEARANCE_RATE_LABELS, LITIGATION_OUTCOMES, type AppearanceRateKind } from './types';

const text = (label: string) => z.string({ error: `${label}不是文字` });

/** The stored `litigation` settings group (shared/settings.ts STORED_SETTINGS_FIELDS): each member optional, of its type when present. */
export const STORED_LITIGATION_SETTINGS = z
  .object(
    {
      localCourt: text('基层法院名称'),
      intermediateCourt: text('中级法院名称'),
      reportRate: z.enum(Object.keys(APPEARANCE_RATE_LABELS) as [AppearanceRateKind, ...AppearanceRateKind[]], {
        error: '报告采用的出庭应诉率无效',
      }),
      lossOutcomes: z.array(z.enum(LITIGATION_OUTCOMES, { error: '计为败诉的结案方式无效' }), { error: '计为败诉的结案方式不是列表' }),
    },
    { error: '行政应诉设置不是有效的设置' },
  )
  .partial();
