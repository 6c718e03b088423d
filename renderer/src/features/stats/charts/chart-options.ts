/**
 * ECharts options for the 年度统计 charts. Restrained colours around the app's primary
 * dark red: red shades mark what the reader should notice (corrections, the key series),
 * blues and greys the rest. Every user-entered name reaching the HTML tooltip is escaped.
 */
import { CHART_FONT, type ChartOption } from './EChart';

export const PRIMARY = '#a8071a';
export const BLUE = '#3a6b96';
export const LIGHT_BLUE = '#8fb0cf';
export const GREY = '#8c8c8c';
export const LIGHT_GREY = '#d9d9d9';
export const RED_SHADES = ['#a8071a', '#d4505c', '#7a0512', '#e8959b', '#5c0011', '#f2c4c7'];
export const NEUTRAL_SHADES = ['#3a6b96', '#8fb0cf', '#8c8c8c', '#1f4468', '#c4d3e0', '#5f6b78'];
const TEXT = '#262626';
/** The name shared/review/counts.ts gives an empty breakdown value. */
const UNFILLED = '未填写';

export interface Slice {
  name: string;
  value: number;
  color: string;
}

export interface Entry {
  name: string;
  count: number;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const tooltipBase = {
  confine: true,
  textStyle: { fontFamily: CHART_FONT, fontSize: 13, color: TEXT },
} as const;

/** ECharts' tooltip formatter params, reduced to what is read here. */
interface TipParam {
  name: string;
  value: unknown;
  seriesName?: string;
  marker?: unknown;
  percent?: number;
}
const asList = (p: unknown): TipParam[] => (Array.isArray(p) ? p : [p]) as TipParam[];

/** A ring with "name / N件（x%）" beside each slice. */
export function pieOption(slices: Slice[]): ChartOption {
  return {
    tooltip: {
      ...tooltipBase,
      trigger: 'item',
      formatter: (p) => {
        const x = asList(p)[0]!;
        return `${escapeHtml(x.name)}：${String(x.value)}件（${x.percent ?? 0}%）`;
      },
    },
    series: [
      {
        type: 'pie',
        radius: ['28%', '52%'],
        center: ['50%', '50%'],
        percentPrecision: 1,
        minAngle: 4,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        // Two lines: a long name (以市政府组成部门名义) and its figures do not fit beside the ring on one line.
        label: { formatter: '{b}\n{c}件（{d}%）', fontSize: 13, lineHeight: 18, color: TEXT },
        labelLine: { length: 8, length2: 10, lineStyle: { color: '#bfbfbf' } },
        data: slices.map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
      },
    ],
  };
}

/** Horizontal bars, largest on top, the count at the end of each bar; long names cut with "…" (full name in the tooltip). */
export function horizontalBarOption(entries: Entry[], color: string, labelWidth: number): ChartOption {
  return {
    tooltip: {
      ...tooltipBase,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p) => {
        const x = asList(p)[0]!;
        return `${escapeHtml(x.name)}：${String(x.value)}件`;
      },
    },
    grid: { left: 4, right: 52, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', show: false, minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: entries.map((e) => e.name),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: LIGHT_GREY } },
      axisLabel: { width: labelWidth, overflow: 'truncate', ellipsis: '…', fontSize: 13, color: TEXT },
    },
    series: [
      {
        type: 'bar',
        // 未填写 is a data gap, not a category: grey, so it does not read as one.
        data: entries.map((e) => (e.name === UNFILLED ? { value: e.count, itemStyle: { color: '#bfbfbf' } } : e.count)),
        barMaxWidth: 20,
        itemStyle: { color, borderRadius: [0, 2, 2, 0] },
        label: { show: true, position: 'right', formatter: '{c}件', fontSize: 13, color: TEXT },
      },
    ],
  };
}

/** Pixel height for `n` horizontal bars. */
export function barHeight(n: number): number {
  return Math.max(96, n * 30 + 12);
}

/** Grouped monthly columns; zero months stay unlabelled so the numbers that matter stand out. */
export function monthlyOption(series: { name: string; data: number[]; color: string }[]): ChartOption {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  return {
    legend: { top: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 13, color: TEXT } },
    tooltip: {
      ...tooltipBase,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p) => {
        const list = asList(p);
        return [
          escapeHtml(list[0]?.name ?? ''),
          ...list.map((x) => `${String(x.marker ?? '')}${escapeHtml(x.seriesName ?? '')}：${String(x.value)}件`),
        ].join('<br/>');
      },
    },
    grid: { left: 4, right: 4, top: 34, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: months,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: LIGHT_GREY } },
      axisLabel: { fontSize: 13, color: TEXT },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontSize: 12, color: GREY },
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      data: s.data,
      barMaxWidth: 18,
      barGap: '10%',
      itemStyle: { color: s.color },
      label: {
        show: true,
        position: 'top' as const,
        fontSize: 12,
        color: TEXT,
        formatter: (x: { value: unknown }) => (x.value ? String(x.value) : ''),
      },
    })),
  };
}

/** The first `n` entries (already sorted by count), and what the rest add up to. */
export function topEntries(entries: Entry[], n: number): { shown: Entry[]; restKinds: number; restCount: number } {
  const rest = entries.slice(n);
  return { shown: entries.slice(0, n), restKinds: rest.length, restCount: rest.reduce((s, e) => s + e.count, 0) };
}

/** "A 3件，B 1件" — the chart's numbers as text (accessible name, no-chart fallback). */
export function describeEntries(entries: Entry[]): string {
  return entries.map((e) => `${e.name} ${e.count}件`).join('，') || '无';
}
