/**
 * A chart part (c:chartSpace) read into what drawing needs: the plot's chart groups (c:barChart,
 * c:lineChart, c:areaChart, c:pieChart, c:doughnutChart, c:scatterChart and their 3-D variants)
 * with their series' cached values (c:numCache, c:strCache: what the file shows, no spreadsheet is
 * read), the axes (c:catAx, c:valAx, c:dateAx), title, legend and text properties.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import type { Namespace } from '../../xml/namespaces.js';
import { formatNumber } from './number-format.js';

export const C: Namespace = { prefix: 'c', uris: ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart'] };

export type GroupKind = 'bar' | 'line' | 'area' | 'pie' | 'doughnut' | 'scatter' | 'bubble';
export type Grouping = 'clustered' | 'standard' | 'stacked' | 'percentStacked';

export interface Series {
  idx: number;
  order: number;
  name: string;
  /** Category labels (c:cat), or undefined when the chart has none (1, 2, 3 ... are shown). */
  categories: string[] | undefined;
  values: (number | undefined)[];
  /** Scatter: c:xVal as numbers (undefined when they are text: 1, 2, 3 ... are used). */
  xValues: (number | undefined)[] | undefined;
  /** Bubble: c:bubbleSize by point (undefined without one). */
  bubbleSizes: (number | undefined)[] | undefined;
  formatCode: string;
  spPr: ReadonlyXElement | undefined;
  /** c:dPt: per-point c:spPr by index. */
  points: Map<number, ReadonlyXElement | undefined>;
  dLbls: ReadonlyXElement | undefined;
  marker: ReadonlyXElement | undefined;
  smooth: boolean;
  invertIfNegative: boolean;
  /** c:shape of a 3-D bar series (box, cylinder, cone, ...), over its group's; undefined if none. */
  shape: string | undefined;
  /** c:explosion of a pie series (percent of the radius), and per point (c:dPt/c:explosion). */
  explosion: number;
  pointExplosion: Map<number, number>;
}

export interface ChartGroup {
  kind: GroupKind;
  el: ReadonlyXElement;
  threeD: boolean;
  /** c:barDir: "col" (vertical bars) or "bar" (horizontal). */
  barDir: 'col' | 'bar';
  grouping: Grouping;
  varyColors: boolean;
  series: Series[];
  gapWidth: number;
  overlap: number | undefined;
  firstSliceAng: number;
  holeSize: number;
  dLbls: ReadonlyXElement | undefined;
  axIds: string[];
  scatterStyle: string;
  /** Bubble: c:bubbleScale (percent, 0–300, default 100), c:sizeRepresents ("area" or "w"), c:showNegBubbles. */
  bubbleScale: number;
  sizeRepresents: 'area' | 'w';
  showNegBubbles: boolean;
}

export interface Axis {
  id: string;
  kind: 'cat' | 'val' | 'date' | 'ser';
  el: ReadonlyXElement;
  deleted: boolean;
  pos: 'b' | 'l' | 'r' | 't';
  reversed: boolean;
  min: number | undefined;
  max: number | undefined;
  majorUnit: number | undefined;
  /** c:minorUnit: the minor gridlines' interval (a fifth of the major unit when absent). */
  minorUnit: number | undefined;
  majorGridlines: ReadonlyXElement | undefined;
  minorGridlines: ReadonlyXElement | undefined;
  formatCode: string | undefined;
  sourceLinked: boolean;
  tickLblPos: string;
  majorTickMark: string;
  crossBetween: 'between' | 'midCat' | undefined;
  crosses: string;
  crossAx: string | undefined;
  title: ReadonlyXElement | undefined;
  spPr: ReadonlyXElement | undefined;
  txPr: ReadonlyXElement | undefined;
}

export interface ChartModel {
  root: ReadonlyXElement;
  title: ReadonlyXElement | undefined;
  autoTitleDeleted: boolean;
  groups: ChartGroup[];
  /** Chart types in the plot area that are not drawn (radar, surface, bubble, stock, ofPie ...). */
  unsupported: string[];
  axes: Map<string, Axis>;
  legend: ReadonlyXElement | undefined;
  plotArea: ReadonlyXElement | undefined;
  spPr: ReadonlyXElement | undefined;
  txPr: ReadonlyXElement | undefined;
  plotVisOnly: boolean;
}

const GROUPS: Record<string, { kind: GroupKind; threeD: boolean }> = {
  barChart: { kind: 'bar', threeD: false },
  bar3DChart: { kind: 'bar', threeD: true },
  lineChart: { kind: 'line', threeD: false },
  line3DChart: { kind: 'line', threeD: true },
  areaChart: { kind: 'area', threeD: false },
  area3DChart: { kind: 'area', threeD: true },
  pieChart: { kind: 'pie', threeD: false },
  pie3DChart: { kind: 'pie', threeD: true },
  doughnutChart: { kind: 'doughnut', threeD: false },
  scatterChart: { kind: 'scatter', threeD: false },
  bubbleChart: { kind: 'bubble', threeD: false },
};
const OTHER_GROUPS = new Set(['radarChart', 'surfaceChart', 'surface3DChart', 'stockChart', 'ofPieChart']);

/** Caps on what one chart may hold (a hostile part could list millions of points). */
const MAX_SERIES = 256;
const MAX_POINTS = 4096;

export const child = (el: ReadonlyXElement | undefined, local: string): ReadonlyXElement | undefined => el?.child(C, local);
export const val = (el: ReadonlyXElement | undefined, local: string): string | undefined => el?.child(C, local)?.attr('val');
const num = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};
const bool = (el: ReadonlyXElement | undefined, local: string, fallback: boolean): boolean => {
  const v = val(el, local);
  if (v === undefined) return el?.child(C, local) ? true : fallback;
  return v === '1' || v === 'true';
};

export function readChart(root: ReadonlyXElement): ChartModel {
  const chart = child(root, 'chart');
  const plotArea = child(chart, 'plotArea');
  const groups: ChartGroup[] = [];
  const unsupported: string[] = [];
  const axes = new Map<string, Axis>();
  for (const el of plotArea?.elements() ?? []) {
    if (!el.inNamespace(C)) continue;
    const g = GROUPS[el.localName];
    if (g) groups.push(readGroup(el, g.kind, g.threeD));
    else if (OTHER_GROUPS.has(el.localName)) unsupported.push(el.localName.replace(/Chart$/, ''));
    else if (el.localName === 'catAx' || el.localName === 'valAx' || el.localName === 'dateAx' || el.localName === 'serAx') {
      const a = readAxis(el);
      if (a.id) axes.set(a.id, a);
    }
  }
  return {
    root,
    title: child(chart, 'title'),
    autoTitleDeleted: bool(chart, 'autoTitleDeleted', false),
    groups,
    unsupported,
    axes,
    legend: child(chart, 'legend'),
    plotArea,
    spPr: child(root, 'spPr'),
    txPr: child(root, 'txPr'),
    plotVisOnly: bool(chart, 'plotVisOnly', true),
  };
}

function readGroup(el: ReadonlyXElement, kind: GroupKind, threeD: boolean): ChartGroup {
  const series = el
    .childrenNamed(C, 'ser')
    .slice(0, MAX_SERIES)
    .map((s, i) => readSeries(s, i));
  series.sort((a, b) => a.order - b.order);
  const grouping = (val(el, 'grouping') ?? (kind === 'bar' ? 'clustered' : 'standard')) as Grouping;
  return {
    kind,
    el,
    threeD,
    barDir: val(el, 'barDir') === 'bar' ? 'bar' : 'col',
    grouping: ['clustered', 'standard', 'stacked', 'percentStacked'].includes(grouping) ? grouping : 'standard',
    varyColors: bool(el, 'varyColors', kind === 'pie' || kind === 'doughnut'),
    series,
    gapWidth: Math.min(500, Math.max(0, num(val(el, 'gapWidth')) ?? 150)),
    overlap: num(val(el, 'overlap')),
    firstSliceAng: num(val(el, 'firstSliceAng')) ?? 0,
    holeSize: Math.min(90, Math.max(10, num(val(el, 'holeSize')) ?? 50)),
    dLbls: child(el, 'dLbls'),
    axIds: el.childrenNamed(C, 'axId').map((a) => a.attr('val') ?? ''),
    scatterStyle: val(el, 'scatterStyle') ?? 'marker',
    bubbleScale: Math.min(300, Math.max(0, num(val(el, 'bubbleScale')) ?? 100)),
    sizeRepresents: val(el, 'sizeRepresents') === 'w' ? 'w' : 'area',
    showNegBubbles: bool(el, 'showNegBubbles', false),
  };
}

function readSeries(s: ReadonlyXElement, i: number): Series {
  const values = numbers(child(s, 'val') ?? child(s, 'yVal'));
  const catEl = child(s, 'cat') ?? child(s, 'xVal');
  const cat = catEl ? strings(catEl) : undefined;
  const xEl = child(s, 'xVal');
  const xNum = xEl && (child(xEl, 'numRef') || child(xEl, 'numLit')) ? numbers(xEl).values : undefined;
  const points = new Map<number, ReadonlyXElement | undefined>();
  const pointExplosion = new Map<number, number>();
  for (const dPt of s.childrenNamed(C, 'dPt').slice(0, MAX_POINTS)) {
    const idx = num(val(dPt, 'idx'));
    if (idx !== undefined) points.set(idx, child(dPt, 'spPr'));
    const ex = num(val(dPt, 'explosion'));
    if (idx !== undefined && ex !== undefined) pointExplosion.set(idx, Math.min(400, Math.max(0, ex)));
  }
  return {
    idx: num(val(s, 'idx')) ?? i,
    order: num(val(s, 'order')) ?? i,
    name: seriesName(child(s, 'tx')) ?? `Series ${i + 1}`,
    categories: cat,
    values: values.values,
    xValues: xNum,
    bubbleSizes: child(s, 'bubbleSize') ? numbers(child(s, 'bubbleSize')).values : undefined,
    formatCode: values.formatCode,
    spPr: child(s, 'spPr'),
    points,
    dLbls: child(s, 'dLbls'),
    marker: child(s, 'marker'),
    smooth: bool(s, 'smooth', false),
    invertIfNegative: bool(s, 'invertIfNegative', false),
    shape: val(s, 'shape'),
    explosion: Math.min(400, Math.max(0, num(val(s, 'explosion')) ?? 0)),
    pointExplosion,
  };
}

function seriesName(tx: ReadonlyXElement | undefined): string | undefined {
  if (!tx) return undefined;
  const direct = child(tx, 'v')?.textContent();
  if (direct !== undefined) return direct;
  const cache = child(child(tx, 'strRef'), 'strCache');
  const pts = cache ? cache.childrenNamed(C, 'pt').map((p) => child(p, 'v')?.textContent() ?? '') : [];
  return pts.length > 0 ? pts.join(' ') : undefined;
}

/** The cached numbers of c:val / c:yVal (c:numRef/c:numCache or c:numLit), by c:pt@idx. */
function numbers(el: ReadonlyXElement | undefined): { values: (number | undefined)[]; formatCode: string } {
  const cache = child(child(el, 'numRef'), 'numCache') ?? child(el, 'numLit');
  if (!cache) return { values: [], formatCode: 'General' };
  const count = Math.min(MAX_POINTS, num(val(cache, 'ptCount')) ?? 0);
  const values: (number | undefined)[] = new Array(count).fill(undefined);
  for (const pt of cache.childrenNamed(C, 'pt')) {
    const idx = num(pt.attr('idx'));
    if (idx === undefined || idx < 0 || idx >= MAX_POINTS) continue;
    values[idx] = num(child(pt, 'v')?.textContent());
  }
  return { values, formatCode: child(cache, 'formatCode')?.textContent() ?? 'General' };
}

/** Category labels: c:strCache, c:numCache (formatted as written), or the last level of c:multiLvlStrCache. */
function strings(el: ReadonlyXElement): string[] | undefined {
  const str = child(child(el, 'strRef'), 'strCache') ?? child(el, 'strLit');
  const numCache = child(child(el, 'numRef'), 'numCache') ?? child(el, 'numLit');
  const multi = child(child(el, 'multiLvlStrRef'), 'multiLvlStrCache');
  const cache = str ?? numCache ?? multi?.childrenNamed(C, 'lvl')[0];
  const countFrom = str ?? numCache ?? multi;
  if (!cache) return undefined;
  const count = Math.min(MAX_POINTS, num(val(countFrom, 'ptCount')) ?? 0);
  const out: string[] = new Array(count).fill('');
  const fmt = numCache ? (child(numCache, 'formatCode')?.textContent() ?? 'General') : undefined;
  for (const pt of cache.childrenNamed(C, 'pt')) {
    const idx = num(pt.attr('idx'));
    if (idx === undefined || idx < 0 || idx >= MAX_POINTS) continue;
    const v = child(pt, 'v')?.textContent() ?? '';
    out[idx] = fmt !== undefined && num(v) !== undefined ? formatNumber(Number(v), pt.attr('formatCode') ?? fmt) : v;
  }
  return out;
}


function readAxis(el: ReadonlyXElement): Axis {
  const kind = el.localName === 'valAx' ? 'val' : el.localName === 'dateAx' ? 'date' : el.localName === 'serAx' ? 'ser' : 'cat';
  const scaling = child(el, 'scaling');
  const numFmt = child(el, 'numFmt');
  const pos = val(el, 'axPos');
  const cb = val(el, 'crossBetween');
  return {
    id: val(el, 'axId') ?? '',
    kind,
    el,
    deleted: bool(el, 'delete', false),
    pos: pos === 'l' || pos === 'r' || pos === 't' ? pos : 'b',
    reversed: val(scaling, 'orientation') === 'maxMin',
    min: num(val(scaling, 'min')),
    max: num(val(scaling, 'max')),
    majorUnit: num(val(el, 'majorUnit')),
    minorUnit: num(val(el, 'minorUnit')),
    majorGridlines: child(el, 'majorGridlines'),
    minorGridlines: child(el, 'minorGridlines'),
    formatCode: numFmt?.attr('formatCode'),
    sourceLinked: numFmt ? numFmt.attr('sourceLinked') === '1' || numFmt.attr('sourceLinked') === 'true' : true,
    tickLblPos: val(el, 'tickLblPos') ?? 'nextTo',
    majorTickMark: val(el, 'majorTickMark') ?? 'out',
    crossBetween: cb === 'between' || cb === 'midCat' ? cb : undefined,
    crosses: val(el, 'crosses') ?? 'autoZero',
    crossAx: val(el, 'crossAx'),
    title: child(el, 'title'),
    spPr: child(el, 'spPr'),
    txPr: child(el, 'txPr'),
  };
}
