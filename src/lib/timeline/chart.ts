/**
 * Geometry of the timeline picture, computed at build time with d3-scale and
 * d3-time: a time axis with its ticks, one lane per kind, the V1.0 notice line,
 * a build-date line and one mark per event (or, for a view too large to draw
 * event by event, one mark per lane and year sized by its count). No labels:
 * the component words them in the page's language.
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { start } from '../base/dates';
import type { Lane, TimelineEvent } from '../model/events';
import { hasHappened } from '../model/status-today';

export const CHART = {
  width: 960,
  labelWidth: 200,
  right: 24,
  top: 30,
  laneHeight: 34,
  axisHeight: 34,
  /** Room above the later documents' lanes for the caption that sets them apart from V1.0. */
  groupGap: 22,
  /** Sub-rows within a lane, so that marks on nearby dates do not hide one another. */
  rowOffsets: [0, -9, 9],
  markGap: 11,
  /** Room a year's label needs on the axis. */
  yearLabelWidth: 40,
} as const;

export interface ChartMark {
  x: number;
  y: number;
  lane: Lane;
  v1: boolean;
  scheduled: boolean;
  /** The event shown, or undefined for a mark that stands for `count` events of a year. */
  event?: TimelineEvent;
  count: number;
  radius: number;
  year: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  lanes: { lane: Lane; y: number; top: number }[];
  /** Where the later documents' lanes begin, for their caption; absent when there are none. */
  laterTop?: number;
  /** Year boundaries and quarter ticks; years are labelled in the middle of their span. */
  ticks: { x: number; major: boolean }[];
  years: { x: number; year: string }[];
  notice?: { x: number };
  today?: { x: number };
  marks: ChartMark[];
  aggregated: boolean;
}

const toDate = (d: string) => new Date(`${start(d)}T00:00:00Z`);

export function layoutTimeline(
  events: readonly TimelineEvent[],
  { lanes, notice, today, aggregate }: { lanes: readonly Lane[]; notice: string; today: string; aggregate: boolean },
): ChartLayout {
  const laneList = lanes.filter((l) => events.some((e) => e.lane === l));
  const firstLater = laneList.findIndex((l) => l.startsWith('later-'));
  const gap = firstLater >= 0 ? CHART.groupGap : 0;
  const laneTop = (i: number) => CHART.top + i * CHART.laneHeight + (firstLater >= 0 && i >= firstLater ? gap : 0);
  const axisY = CHART.top + laneList.length * CHART.laneHeight + gap;
  const height = axisY + CHART.axisHeight;
  const dates = events.map((e) => toDate(e.date));
  const min = dates.reduce((a, b) => (b < a ? b : a), toDate(notice));
  const max = dates.reduce((a, b) => (b > a ? b : a), toDate(notice));
  // Whole years either side, so the first and last events do not sit on the edge.
  const x = scaleUtc()
    .domain([utcYear.floor(min), utcYear.offset(utcYear.floor(max), 1)])
    .range([CHART.labelWidth, CHART.width - CHART.right]);
  const [d0, d1] = x.domain() as [Date, Date];
  const years = utcYear.range(d0, utcYear.offset(d1, 1));
  // Quarter ticks only while a year is wide enough to hold them, and every nth year's label so that none overlap.
  const yearWidth = (CHART.width - CHART.right - CHART.labelWidth) / Math.max(1, years.length - 1);
  const quarters =
    yearWidth >= 60
      ? utcMonth
          .every(3)!
          .range(d0, d1)
          .filter((d) => d.getUTCMonth() !== 0)
      : [];
  const ticks = [...years.map((d) => ({ x: x(d), major: true })), ...quarters.map((d) => ({ x: x(d), major: false }))];
  const labelEvery = Math.ceil(CHART.yearLabelWidth / yearWidth);
  const yearLabels = years
    .slice(0, -1)
    .filter((d) => d.getUTCFullYear() % labelEvery === 0)
    .map((d) => ({ x: (x(d) + x(utcYear.offset(d, 1))) / 2, year: String(d.getUTCFullYear()) }));
  const laneY = new Map(laneList.map((l, i) => [l, laneTop(i) + CHART.laneHeight / 2]));
  const marks: ChartMark[] = [];
  if (aggregate) {
    // One mark per lane and year: the picture stays the same size whatever the number of events.
    const groups = new Map<string, TimelineEvent[]>();
    for (const e of events) {
      const k = `${e.lane}|${e.date.slice(0, 4)}`;
      groups.set(k, [...(groups.get(k) ?? []), e]);
    }
    const most = Math.max(1, ...[...groups.values()].map((g) => g.length));
    for (const [k, group] of groups) {
      const [lane, year] = k.split('|') as [Lane, string];
      marks.push({
        x: x(new Date(Date.UTC(Number(year), 6, 1))),
        y: laneY.get(lane)!,
        lane,
        v1: group[0]!.v1,
        scheduled: group.every((e) => !hasHappened(e.date, today)),
        count: group.length,
        radius: 4 + 10 * Math.sqrt(group.length / most),
        year,
      });
    }
  } else {
    const rows = new Map<Lane, number[]>();
    for (const e of events) {
      const px = x(toDate(e.date));
      const last = rows.get(e.lane) ?? CHART.rowOffsets.map(() => -Infinity);
      rows.set(e.lane, last);
      let row = last.findIndex((lx) => px - lx >= CHART.markGap);
      if (row < 0) row = last.indexOf(Math.min(...last));
      last[row] = px;
      marks.push({
        x: px,
        y: laneY.get(e.lane)! + CHART.rowOffsets[row]!,
        lane: e.lane,
        v1: e.v1,
        scheduled: !hasHappened(e.date, today),
        event: e,
        count: 1,
        radius: 5,
        year: e.date.slice(0, 4),
      });
    }
  }
  const inside = (d: Date) => d >= d0 && d <= d1;
  return {
    width: CHART.width,
    height,
    plotLeft: CHART.labelWidth,
    plotRight: CHART.width - CHART.right,
    axisY,
    lanes: laneList.map((lane) => ({ lane, y: laneY.get(lane)!, top: laneY.get(lane)! - CHART.laneHeight / 2 })),
    ticks,
    years: yearLabels,
    ...(firstLater >= 0 ? { laterTop: laneTop(firstLater) - gap } : {}),
    ...(inside(toDate(notice)) ? { notice: { x: x(toDate(notice)) } } : {}),
    ...(inside(toDate(today)) ? { today: { x: x(toDate(today)) } } : {}),
    marks,
    aggregated: aggregate,
  };
}
