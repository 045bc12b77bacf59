/**
 * The SmartArt layouts we lay out ourselves, keyed by their layout definition's uniqueId
 * (dgm:layoutDef uniqueId, e.g. urn:microsoft.com/office/officeart/2005/8/layout/vList5): each
 * turns the data model's tree into shapes in a frame of w × h points, following the shapes,
 * proportions, spacing and style labels of PowerPoint's built-in definition (its dgm:alg,
 * dgm:constrLst and dgm:shape elements, read by hand, not interpreted). Other layouts are not
 * laid out (graphic-frame.ts then lists the diagram's text, with a warning).
 */
import type { DiagramNode } from './data-model.js';
import type { ShapeSpec, TextSpec } from './emit.js';

export type Layout = (root: DiagramNode, w: number, h: number) => ShapeSpec[];

const PREFIX = 'urn:microsoft.com/office/officeart/2005/8/layout/';

/** The node's own paragraphs (level 0), or none when it has no text. */
function ownParas(n: DiagramNode): TextSpec['paras'] {
  return n.text === '' ? [] : n.paras.map((el) => ({ el, lvl: 0 }));
}

/** The paragraphs of a node's descendants, bulleted from level `first`, depth first. */
function descendantParas(n: DiagramNode, first = 1): TextSpec['paras'] {
  const out: TextSpec['paras'] = [];
  const walk = (c: DiagramNode, lvl: number) => {
    if (c.text !== '') for (const el of c.paras) out.push({ el, lvl: Math.min(8, lvl) });
    for (const g of c.children) walk(g, lvl + 1);
  };
  for (const c of n.children) walk(c, first);
  return out;
}

const anyCustom = (nodes: DiagramNode[]) => nodes.some((n) => n.customText);

/**
 * vList5 ("Vertical Bullet List" with a side label): one row per top-level node, rows stacked
 * from the top with 5 % of a row between them (lin fromT, sp h = 0.05); in a row, the node's
 * rounded rectangle (roundRect, 36 % of the width, node1) and its descendants' bulleted text in a
 * rectangle rounded on the far side (round2SameRect turned 90°, 64 % of the width, 80 % of the
 * row's height, centred, alignAccFollowNode1).
 */
const vList5: Layout = (root, w, h) => {
  const rows = root.children;
  const n = rows.length;
  if (n === 0) return [];
  const rowH = h / (n + 0.05 * (n - 1));
  const out: ShapeSpec[] = [];
  const withKids = rows.filter((r) => r.children.length > 0).length;
  let k = 0;
  rows.forEach((r, i) => {
    const y = i * rowH * 1.05;
    const hasKids = r.children.length > 0;
    // Without descendants the label is alone in its row (the descendants' box is not made).
    const pw = w * 0.36;
    out.push({
      name: 'parentText',
      prst: 'roundRect',
      box: { x: 0, y, w: pw, h: rowH },
      style: { label: 'node1', index: i, count: n },
      node: r,
      text: { paras: ownParas(r), anchor: 'ctr', algn: 'ctr', group: 'parentText', max: 65, marg: [0.3, 0.15], fixed: r.customText },
    });
    if (!hasKids) return;
    const dw = w * 0.64;
    const dh = rowH * 0.8;
    const box = { x: pw, y: y + (rowH - dh) / 2, w: dw, h: dh };
    const kids = r.children;
    out.push({
      name: 'descendantText',
      prst: 'round2SameRect',
      // Turned 90°: the unrotated box has the rectangle's width and height swapped about its centre.
      box: { x: box.x + (dw - dh) / 2, y: box.y + (dh - dw) / 2, w: dh, h: dw },
      rot: 90,
      style: { label: 'alignAccFollowNode1', index: k++, count: withKids },
      // The shape takes the shape properties of the first descendant that has its own.
      node: kids.find((c) => c.spPr !== undefined),
      presNode: r,
      textBox: box,
      text: { paras: descendantParas(r), anchor: 'ctr', algn: 'l', group: 'descendantText', max: 65, marg: [0.3, 0.15], fixed: anyCustom(kids) },
    });
  });
  return out;
};

/**
 * vList6 ("Vertical Arrow List"): one row per top-level node, 10 % of a row between rows; in a
 * row, the node's rounded rectangle (roundRect, 40 % of the width, node1) and, after it, a right
 * arrow (rightArrow, shaft 75 % of the height, 60 % of the width, bgAccFollowNode1) holding the
 * descendants' bulleted text. Margins: 0.3 / 0.15 of the size for the label, 0.05 for the arrow.
 */
const vList6: Layout = (root, w, h) => {
  const rows = root.children;
  const n = rows.length;
  if (n === 0) return [];
  const rowH = h / (n + 0.1 * (n - 1));
  const out: ShapeSpec[] = [];
  rows.forEach((r, i) => {
    const y = i * rowH * 1.1;
    const pw = w * 0.4;
    // The arrow first: the definition puts it behind the label (zOrderOff -2).
    out.push({
      name: 'childShp',
      prst: 'rightArrow',
      adj: { adj1: 75000 },
      box: { x: pw, y, w: w - pw, h: rowH },
      style: { label: 'bgAccFollowNode1', index: i, count: n },
      node: r.children.find((c) => c.spPr !== undefined),
      presNode: r,
      text: { paras: descendantParas(r), anchor: 'ctr', algn: 'l', group: 'childShp', max: 65, marg: [0.05, 0.05], fixed: anyCustom(r.children) },
    });
    out.push({
      name: 'parentShp',
      prst: 'roundRect',
      box: { x: 0, y, w: pw, h: rowH },
      style: { label: 'node1', index: i, count: n },
      node: r,
      text: { paras: ownParas(r), anchor: 'ctr', algn: 'ctr', group: 'parentShp', max: 65, marg: [0.3, 0.15], fixed: r.customText },
    });
  });
  return out;
};

/** Millimetres to points (layout definitions give lengths in millimetres). */
const MM = 72 / 25.4;

/**
 * chevron2 ("Vertical Chevron List"): one row per top-level node, from the top; in a row, the node
 * as a chevron pointing down (chevron turned 90°, alignNode1) as wide as 40 % of the frame but at
 * most 70 % of the row's height, and its descendants' bulleted text in a box rounded on the far
 * side (round2SameRect turned 90°, alignAcc1) filling the rest of the width and the row's height
 * less half the chevron's width. Rows overlap by 14.88 mm, at most 30 % of the chevron's width,
 * before the column is scaled to the frame's height.
 */
const chevron2: Layout = (root, w, h) => {
  const rows = root.children;
  const n = rows.length;
  if (n === 0) return [];
  // The lin algorithm first gives every row the frame's height and the overlap its constraint
  // (-14.88 mm, at most 30 % of the chevron's width, the chevron then min(0.4, 0.5 of the width,
  // 0.7 of its height)), then scales the column's heights to the frame's (rows and overlap alike);
  // the chevron's width follows its scaled height. (PowerPoint's saved drawing of this layout in
  // pandoc's pptx-reader basic.pptx: 2 rows in 640 × 315.3 pt, chevrons 118.1 × 168.75 pt, 146.2 pt apart.)
  const gap0 = Math.max(-14.88 * MM, -0.3 * Math.min(w * 0.4, h * 0.7));
  const total0 = n * h + (n - 1) * gap0;
  const scale = total0 > h ? h / total0 : 1;
  const rowH = h * scale;
  const gap = gap0 * scale;
  const pw = Math.min(w * 0.4, rowH * 0.7);
  const out: ShapeSpec[] = [];
  const withKids = rows.filter((r) => r.children.length > 0).length;
  let k = 0;
  rows.forEach((r, i) => {
    const y = i * (rowH + gap);
    const chevron = { x: 0, y, w: pw, h: rowH };
    if (r.children.length > 0) {
      const dh = rowH - 0.5 * pw;
      const box = { x: pw, y, w: w - pw, h: dh };
      out.push({
        name: 'descendantText',
        prst: 'round2SameRect',
        box: { x: box.x + (box.w - dh) / 2, y: box.y + (dh - box.w) / 2, w: dh, h: box.w },
        rot: 90,
        style: { label: 'alignAcc1', index: k++, count: withKids },
        node: r.children.find((c) => c.spPr !== undefined),
        presNode: r,
        textBox: box,
        text: { paras: descendantParas(r), anchor: 'ctr', algn: 'l', group: 'descendantText', max: 65, marg: [0.05, 0.05], fixed: anyCustom(r.children) },
      });
    }
    out.push({
      name: 'parentText',
      prst: 'chevron',
      box: { x: chevron.x + (pw - rowH) / 2, y: chevron.y + (rowH - pw) / 2, w: rowH, h: pw },
      rot: 90,
      style: { label: 'alignNode1', index: i, count: n },
      node: r,
      textBox: chevron,
      text: { paras: ownParas(r), anchor: 'ctr', algn: 'ctr', group: 'parentText', max: 65, marg: [0.05, 0.05], fixed: r.customText },
    });
  });
  return out;
};

/**
 * orgChart1 ("Organization Chart"), standard branches: every box the same size, twice as wide as
 * high (rect; the top node0, the others node1, assistants asst1); a node's children in a row below
 * it, centred under it, 0.21 box widths apart and one level 0.21 box widths lower; its assistants
 * (dgm:pt type="asst") in pairs between it and its children, left and right of its axis; elbow
 * connectors (parChTrans1D2 to 1D4 by depth) from the bottom of a box down half the level gap,
 * across and down to each child, and across to each assistant. Top-level nodes stand side by
 * side; the whole is scaled to fit the frame and centred in it. A box resized in PowerPoint
 * (custScaleX / custScaleY) keeps its size. (Branches set to "hang", "l" or "r" in PowerPoint are
 * drawn standard.)
 */
const orgChart1: Layout = (root, w, h) => {
  // In box widths: box 1 × 0.5, level gap and sibling gap 0.21.
  const BW = 1;
  const BH = 0.5;
  const SP = 0.21;
  interface Sub {
    node: DiagramNode;
    /** The node's box (a box resized in PowerPoint keeps its custScaleX / custScaleY). */
    bw: number;
    bh: number;
    w: number;
    h: number;
    asst: Sub[];
    kids: Sub[];
    /** Height of the assistants' rows below the box. */
    asstH: number;
  }
  let count = 0;
  const measure = (n: DiagramNode, depth: number): Sub => {
    count++;
    const scale = n.presScale.get('rootText1') ?? n.presScale.get('rootText') ?? n.presScale.get('rootText3') ?? { x: 1, y: 1 };
    const bw = BW * scale.x;
    const bh = BH * scale.y;
    const asst = depth > 12 ? [] : n.children.filter((c) => c.assistant).map((c) => measure(c, depth + 1));
    const kids = depth > 12 ? [] : n.children.filter((c) => !c.assistant).map((c) => measure(c, depth + 1));
    let asstH = 0;
    let asstW = 0;
    for (let i = 0; i < asst.length; i += 2) {
      const pair = asst.slice(i, i + 2);
      asstH += SP + Math.max(...pair.map((a) => a.h));
      asstW = Math.max(asstW, 2 * Math.max(...pair.map((a) => a.w)) + SP);
    }
    const kidsW = kids.reduce((sum, k) => sum + k.w, 0) + SP * Math.max(0, kids.length - 1);
    const kidsH = kids.length > 0 ? SP + Math.max(...kids.map((k) => k.h)) : 0;
    return { node: n, bw, bh, w: Math.max(bw, kidsW, asstW), h: bh + asstH + kidsH, asst, kids, asstH };
  };
  const tops = root.children.map((c) => measure(c, 0));
  if (tops.length === 0) return [];
  const totalW = tops.reduce((sum, t) => sum + t.w, 0) + SP * (tops.length - 1);
  const totalH = Math.max(...tops.map((t) => t.h));
  const u = Math.min(w / totalW, h / totalH);
  const ox = (w - totalW * u) / 2;
  const oy = (h - totalH * u) / 2;
  const boxes: ShapeSpec[] = [];
  const lines: ShapeSpec[] = [];
  let index = 0;
  const line = (x0: number, y0: number, x1: number, y1: number, depth: number) =>
    lines.push({
      name: 'connector',
      prst: 'line',
      box: { x: ox + Math.min(x0, x1) * u, y: oy + Math.min(y0, y1) * u, w: Math.abs(x1 - x0) * u, h: Math.abs(y1 - y0) * u },
      style: { label: `parChTrans1D${Math.min(4, depth + 2)}`, index: lines.length, count: count },
    });
  const place = (s: Sub, left: number, top: number, depth: number, label: string) => {
    const cx = left + s.w / 2;
    boxes.push({
      name: 'rootText',
      prst: 'rect',
      box: { x: ox + (cx - s.bw / 2) * u, y: oy + top * u, w: s.bw * u, h: s.bh * u },
      style: { label, index: index++, count },
      node: s.node,
      text: { paras: ownParas(s.node), anchor: 'ctr', algn: 'ctr', group: 'node', max: 65, marg: [0.05, 0.05], fixed: s.node.customText },
    });
    const bottom = top + s.bh;
    // Assistants: pairs left and right of the axis, each row SP below the previous.
    let y = bottom;
    for (let i = 0; i < s.asst.length; i += 2) {
      const pair = s.asst.slice(i, i + 2);
      const rowTop = y + SP;
      pair.forEach((a, j) => {
        const aLeft = j === 0 ? cx - SP / 2 - a.w : cx + SP / 2;
        place(a, aLeft, rowTop, depth + 1, 'asst1');
        const mid = rowTop + a.bh / 2;
        const edge = j === 0 ? aLeft + a.w / 2 + a.bw / 2 : aLeft + a.w / 2 - a.bw / 2;
        line(cx, mid, edge, mid, depth);
      });
      y = rowTop + Math.max(...pair.map((a) => a.h));
    }
    if (s.asst.length > 0) line(cx, bottom, cx, s.kids.length > 0 ? bottom + s.asstH + SP / 2 : bottom + s.asstH - Math.max(...s.asst.slice(-2).map((a) => a.h)) + s.asst[s.asst.length - 1]!.bh / 2, depth);
    if (s.kids.length === 0) return;
    const kidsW = s.kids.reduce((sum, k) => sum + k.w, 0) + SP * (s.kids.length - 1);
    let kx = cx - kidsW / 2;
    const kidTop = bottom + s.asstH + SP;
    const bend = kidTop - SP / 2;
    if (s.asst.length === 0) line(cx, bottom, cx, bend, depth);
    const centres: number[] = [];
    for (const k of s.kids) {
      centres.push(kx + k.w / 2);
      place(k, kx, kidTop, depth + 1, 'node1');
      kx += k.w + SP;
    }
    if (centres.length > 1 || centres[0] !== cx) line(Math.min(cx, ...centres), bend, Math.max(cx, ...centres), bend, depth);
    for (const c of centres) line(c, bend, c, kidTop, depth);
  };
  let left = 0;
  for (const t of tops) {
    place(t, left, 0, 0, 'node0');
    left += t.w + SP;
  }
  // Connectors behind the boxes.
  return [...lines, ...boxes];
};

/**
 * pyramid2 ("Pyramid List"): a triangle (node1) as high and as wide as the frame allows, and
 * over its right half a column of rounded rectangles (roundRect, fgAcc1), one per top-level node
 * with its descendants as bullets: the column 0.65 of the triangle's height wide and 0.8 high,
 * centred on it vertically, starting at its centre; rectangles 0.1 of the height apart (in the
 * proportion the lin algorithm scales them to). The whole is centred in the frame.
 */
const pyramid2: Layout = (root, w, h) => {
  const nodes = root.children;
  const n = nodes.length;
  if (n === 0) return [];
  // The composite is 1.15 × its height wide (the list reaches 0.5 + 0.65 of the triangle's size).
  const side = Math.min(h, w / 1.15);
  const x0 = (w - side * 1.15) / 2;
  const y0 = (h - side) / 2;
  const listH = side * 0.8;
  const k = listH / (n * listH + (n - 1) * side * 0.1);
  const nodeH = listH * k;
  const gap = side * 0.1 * k;
  const out: ShapeSpec[] = [{ name: 'pyramid', prst: 'triangle', box: { x: x0, y: y0, w: side, h: side }, style: { label: 'node1', index: 0, count: 1 } }];
  nodes.forEach((node, i) => {
    out.push({
      name: 'aNode',
      prst: 'roundRect',
      box: { x: x0 + side * 0.5, y: y0 + side * 0.1 + i * (nodeH + gap), w: side * 0.65, h: nodeH },
      style: { label: 'fgAcc1', index: i, count: n },
      node,
      text: { paras: [...ownParas(node), ...descendantParas(node)], anchor: 'ctr', algn: 'ctr', group: 'aNode', max: 65, marg: [0.3, 0.3], fixed: node.customText || anyCustom(node.children) },
    });
  });
  return out;
};

/**
 * A text size that the frame's height allows, in whole points as PowerPoint picks it (its saved
 * drawing of list1 in Open-XML-SDK's Bug571679_Brownbag: 34 pt where 34.4 would fill 354 pt);
 * below 1 pt, as it is.
 */
const wholePoints = (size: number) => (size >= 1 ? Math.floor(size) : size);

/**
 * vList2 ("Vertical Bullet List"): one full-width rounded bar per top-level node (roundRect,
 * node1, text from the left), its descendants' bullets below it (revTx: text only, indented by
 * 9 % of the width); heights follow the text size s as in the definition (bar 0.52 s mm, bullets
 * 0.46 s mm, 0.08 s mm between bars without bullets), s the largest (at most 65 pt) at which the
 * column fits the frame's height; the column is centred vertically.
 */
const vList2: Layout = (root, w, h) => {
  const rows = root.children;
  const n = rows.length;
  if (n === 0) return [];
  const bar = 0.52 * MM;
  const kids = 0.46 * MM;
  const spacer = 0.08 * MM;
  const withKids = rows.filter((r) => r.children.length > 0).length;
  const spacers = rows.slice(0, -1).filter((r) => r.children.length === 0).length;
  const size = wholePoints(Math.min(65, h / (n * bar + withKids * kids + spacers * spacer)));
  const total = size * (n * bar + withKids * kids + spacers * spacer);
  let y = (h - total) / 2;
  const out: ShapeSpec[] = [];
  rows.forEach((r, i) => {
    out.push({
      name: 'parentText',
      prst: 'roundRect',
      box: { x: 0, y, w, h: size * bar },
      style: { label: 'node1', index: i, count: n },
      node: r,
      text: { paras: ownParas(r), anchor: 'ctr', algn: 'l', group: 'parentText', max: size, marg: [0.3, 0.3], fixed: r.customText },
    });
    y += size * bar;
    if (r.children.length > 0) {
      out.push({
        name: 'childText',
        prst: 'rect',
        box: { x: 0, y, w, h: size * kids },
        style: { label: 'revTx', index: i, count: n },
        node: r.children.find((c) => c.spPr !== undefined),
        presNode: r,
        text: { paras: descendantParas(r), anchor: 't', algn: 'l', group: 'parentText', max: size, marg: [0.1, 0.1], indent: 0.09 * w, fixed: anyCustom(r.children) },
      });
      y += size * kids;
    } else if (i < n - 1) y += size * spacer;
  });
  return out;
};

/**
 * list1 ("Stacked List" with labels over bars): one row per top-level node: a full-width bar
 * (rect, conFgAcc1) holding the descendants' bullets, and over its top edge the node's label
 * (roundRect, node1, 70 % of the width, 5 % in from the left, half of it above the bar). Heights
 * follow the text size s as in the definition (label 0.82 s mm, bar at least 0.7 s mm and as tall
 * as its bullets, 0.15 s mm between rows), s the largest (at most 65 pt) at which the rows fit
 * the frame's height; the rows are centred vertically.
 */
const list1: Layout = (root, w, h) => {
  const rows = root.children;
  const n = rows.length;
  if (n === 0) return [];
  const label = 0.82 * MM;
  const gap = 0.15 * MM;
  // The bar's height per point of text: its minimum, or its bullets (one line each, at 90 % line
  // spacing) below the top margin of 1.64 s.
  const barPer = (r: DiagramNode) => Math.max(0.7 * MM, 1.64 + 1.2 * descendantParas(r).length + 0.1);
  const perPoint = rows.reduce((sum, r) => sum + label / 2 + barPer(r), 0) + gap * (n - 1);
  const size = wholePoints(Math.min(65, h / perPoint));
  let y = (h - size * perPoint) / 2;
  const out: ShapeSpec[] = [];
  const marg = (0.22 * w) / MM;
  rows.forEach((r, i) => {
    const labelH = size * label;
    const barTop = y + labelH / 2;
    const barH = size * barPer(r);
    out.push({
      name: 'childText',
      prst: 'rect',
      box: { x: 0, y: barTop, w, h: barH },
      style: { label: 'conFgAcc1', index: i, count: n },
      node: r.children.find((c) => c.spPr !== undefined),
      presNode: r,
      text: { paras: descendantParas(r), anchor: 't', algn: 'l', group: 'parentText', max: size, marg: [0, 0.1], indent: marg, rightIndent: marg, topMargin: 1.64, fixed: anyCustom(r.children) },
    });
    out.push({
      name: 'parentText',
      prst: 'roundRect',
      box: { x: w * 0.05, y, w: w * 0.7, h: labelH },
      style: { label: 'node1', index: i, count: n },
      node: r,
      text: { paras: ownParas(r), anchor: 'ctr', algn: 'l', group: 'parentText', max: size, marg: [0, 0], indent: (0.075 * w) / MM, rightIndent: (0.075 * w) / MM, fixed: r.customText },
    });
    y = barTop + barH + size * gap;
  });
  return out;
};

/**
 * arrow2 ("Upward Arrow"): a curved arrow (swooshArrow, its head lengthened: adj2 0.25, bgShp)
 * filling a composite of aspect 1.6 (the definition's alg "composite" ar, centred in the frame),
 * and along it one circle per top-level node (ellipse, node1; at most 5, chMax) with the node's
 * text and its descendants' bullets (revTx, no fill) from the circle's centre: to its right
 * (margin 0.53 of the circle's diameter on the left, text from the left, anchored at the top), or
 * for a single node to its left (text from the right). Centres, diameters and text boxes are the
 * definition's (arrowDiagram1 to arrowDiagram5, direction "norm"), as fractions of the composite.
 */
const ARROW2: readonly (readonly [cx: number, cy: number, d: number, tw: number, th: number][])[] = [
  [[0.8, 0.262, 0.074, 0.4, 0.738]],
  [
    [0.25, 0.573, 0.035, 0.325, 0.427],
    [0.585, 0.338, 0.06, 0.325, 0.662],
  ],
  [
    [0.14, 0.711, 0.026, 0.233, 0.289],
    [0.38, 0.456, 0.047, 0.24, 0.544],
    [0.665, 0.305, 0.065, 0.24, 0.695],
  ],
  [
    [0.11, 0.762, 0.023, 0.171, 0.238],
    [0.281, 0.543, 0.04, 0.21, 0.457],
    [0.495, 0.382, 0.053, 0.21, 0.618],
    [0.73, 0.283, 0.071, 0.21, 0.717],
  ],
  [
    [0.11, 0.762, 0.023, 0.131, 0.238],
    [0.241, 0.581, 0.036, 0.166, 0.419],
    [0.407, 0.438, 0.048, 0.193, 0.562],
    [0.6, 0.33, 0.062, 0.2, 0.67],
    [0.8, 0.264, 0.079, 0.2, 0.736],
  ],
];

const arrow2: Layout = (root, w, h) => {
  const nodes = root.children.slice(0, ARROW2.length);
  const n = nodes.length;
  if (n === 0) return [];
  const cw = Math.min(w, 1.6 * h);
  const ch = cw / 1.6;
  const x0 = (w - cw) / 2;
  const y0 = (h - ch) / 2;
  const out: ShapeSpec[] = [{ name: 'arrow', prst: 'swooshArrow', adj: { adj2: 25000 }, box: { x: x0, y: y0, w: cw, h: ch }, style: { label: 'bgShp', index: 0, count: 1 } }];
  const texts: ShapeSpec[] = [];
  nodes.forEach((node, i) => {
    const [fx, fy, fd, fw, fh] = ARROW2[n - 1]![i]!;
    const suffix = n === 1 ? '1' : `${n}${'abcde'[i]}`;
    const cx = x0 + fx * cw;
    const cy = y0 + fy * ch;
    const d = fd * cw;
    out.push({ name: `bullet${suffix}`, prst: 'ellipse', box: { x: cx - d / 2, y: cy - d / 2, w: d, h: d }, style: { label: 'node1', index: i, count: n }, node });
    const tw = fw * cw;
    const single = n === 1;
    texts.push({
      name: `textBox${suffix}`,
      prst: single ? 'round2DiagRect' : 'rect',
      box: { x: single ? cx - tw : cx, y: cy, w: tw, h: fh * ch },
      style: { label: 'revTx', index: i, count: n },
      presNode: node,
      text: {
        paras: [...ownParas(node), ...descendantParas(node)],
        anchor: 't',
        algn: single ? 'r' : 'l',
        group: 'textBox',
        max: 65,
        marg: [0, 0],
        indent: single ? 0 : 0.53 * d,
        rightIndent: single ? 0.53 * d : 0,
        fixed: node.customText || anyCustom(node.children),
      },
    });
  });
  return [...out, ...texts];
};

/**
 * matrix1 ("Titled Matrix"): the first top-level node (chMax 1) in a rounded rectangle at the
 * centre (roundRect, fgShp, 0.3 of the width by 0.25 of the height, margins 0.3 of the text size)
 * over four quadrants, one per child of it (at most four): round1Rect turned so that its rounded
 * corner is the outer one (270°, 0°, 180°, 90° from the top left, clockwise from the top left
 * then bottom left, bottom right: tile1 to tile4 of the definition, node1), each holding its
 * child's text and descendants upright in the outer 75 % of its height (tile1text to tile4text;
 * margins 0.56 of the text size, as PowerPoint's saved drawing of this layout in poi stress022
 * slide 24 has them).
 */
const matrix1: Layout = (root, w, h) => {
  const top = root.children[0];
  if (!top) return [];
  const tw = w / 2;
  const th = h / 2;
  const kids = top.children.slice(0, 4);
  const out: ShapeSpec[] = [];
  // tile1 top left, tile2 top right, tile3 bottom left, tile4 bottom right.
  const tiles = [
    { x: 0, y: 0, rot: 270, textTop: true },
    { x: tw, y: 0, rot: 0, textTop: true },
    { x: 0, y: th, rot: 180, textTop: false },
    { x: tw, y: th, rot: 90, textTop: false },
  ];
  tiles.forEach((t, i) => {
    const node = kids[i];
    const turned = t.rot === 90 || t.rot === 270;
    // A shape turned 90° or 270° has its unrotated box's width and height swapped about its centre.
    const box = turned ? { x: t.x + (tw - th) / 2, y: t.y + (th - tw) / 2, w: th, h: tw } : { x: t.x, y: t.y, w: tw, h: th };
    const textH = th * 0.75;
    out.push({
      name: `tile${i + 1}`,
      prst: 'round1Rect',
      box,
      ...(t.rot ? { rot: t.rot } : {}),
      style: { label: 'node1', index: i, count: 4 },
      ...(node ? { node } : {}),
      ...(node
        ? {
            textBox: { x: t.x, y: t.textTop ? t.y : t.y + th - textH, w: tw, h: textH },
            text: { paras: [...ownParas(node), ...descendantParas(node)], anchor: 'ctr' as const, algn: 'ctr' as const, group: 'node', max: 65, marg: [0.56, 0.56] as [number, number], fixed: node.customText || anyCustom(node.children) },
          }
        : {}),
    });
  });
  out.push({
    name: 'centerTile',
    prst: 'roundRect',
    box: { x: w * 0.35, y: h * 0.375, w: w * 0.3, h: h * 0.25 },
    style: { label: 'fgShp', index: 0, count: 1 },
    node: top,
    text: { paras: ownParas(top), anchor: 'ctr', algn: 'ctr', group: 'node', max: 65, marg: [0.3, 0.3], fixed: top.customText },
  });
  return out;
};

/**
 * cycle8 ("Segmented Cycle"'s pie: one wedge per top-level node, at most seven, chMax): a square
 * composite (alg composite ar 1, centred in the frame) of wedges (pie, node1) of one circle 0.84
 * of the side across, each moved out from the centre a little, the first from 12 o'clock
 * clockwise (dgm:adj idx 1 and 2: 270° + k × 360° / n to the next; a single node is an ellipse);
 * each node's text with its descendants as bullets in its own box over its wedge (wedgeNTx, no
 * geometry), one size for all (primFontSz "equ"), margins 0.1 of it. The wedges' offsets and the
 * text boxes are the definition's, per number of nodes, as fractions of the side (l, t of the
 * wedge; l, t, w, h of the text box). Not drawn: the curved arrows along the rim (arrowWedgeN,
 * a conn algorithm with curved routing).
 */
const CYCLE8: readonly (readonly [l: number, t: number, tl: number, tt: number, tw: number, th: number][])[] = [
  [[0.08, 0.08, 0.22, 0.22, 0.56, 0.56]],
  [
    [0.1, 0.08, 0.559, 0.3, 0.3, 0.4],
    [0.06, 0.08, 0.141, 0.3, 0.3, 0.4],
  ],
  [
    [0.0973, 0.07, 0.54, 0.248, 0.3, 0.25],
    [0.08, 0.1, 0.28, 0.645, 0.45, 0.22],
    [0.0627, 0.07, 0.16, 0.248, 0.3, 0.25],
  ],
  [
    [0.0941, 0.0659, 0.54, 0.24, 0.31, 0.23],
    [0.0941, 0.0941, 0.54, 0.53, 0.31, 0.23],
    [0.0659, 0.0941, 0.15, 0.53, 0.31, 0.23],
    [0.0659, 0.0659, 0.15, 0.24, 0.31, 0.23],
  ],
  [
    [0.0918, 0.0638, 0.53, 0.205, 0.27, 0.18],
    [0.099, 0.0862, 0.64, 0.47, 0.25, 0.2],
    [0.08, 0.1, 0.38, 0.69, 0.24, 0.22],
    [0.061, 0.0862, 0.11, 0.47, 0.25, 0.2],
    [0.0682, 0.0638, 0.2, 0.205, 0.27, 0.18],
  ],
  [
    [0.09, 0.0627, 0.53, 0.17, 0.22, 0.17],
    [0.1, 0.08, 0.67, 0.42, 0.23, 0.165],
    [0.09, 0.0973, 0.53, 0.665, 0.22, 0.17],
    [0.07, 0.0973, 0.25, 0.665, 0.22, 0.17],
    [0.06, 0.08, 0.1, 0.42, 0.23, 0.165],
    [0.07, 0.0627, 0.25, 0.17, 0.22, 0.17],
  ],
  [
    [0.0887, 0.062, 0.53, 0.14, 0.2, 0.16],
    [0.0995, 0.0755, 0.67, 0.38, 0.23, 0.14],
    [0.0956, 0.0925, 0.635, 0.59, 0.2, 0.155],
    [0.08, 0.1, 0.4025, 0.76, 0.195, 0.14],
    [0.0644, 0.0925, 0.165, 0.59, 0.2, 0.155],
    [0.0605, 0.0755, 0.1, 0.38, 0.23, 0.14],
    [0.0713, 0.062, 0.27, 0.14, 0.2, 0.16],
  ],
];

const cycle8: Layout = (root, w, h) => {
  const nodes = root.children.slice(0, CYCLE8.length);
  const n = nodes.length;
  if (n === 0) return [];
  const side = Math.min(w, h);
  const x0 = (w - side) / 2;
  const y0 = (h - side) / 2;
  const d = 0.84 * side;
  return nodes.map((node, i) => {
    const [l, t, tl, tt, tw, th] = CYCLE8[n - 1]![i]!;
    // Degrees clockwise from 3 o'clock, as the definition's dgm:adj give them (pie adj1, adj2).
    const start = (270 + (i * 360) / n) % 360;
    const end = (start + 360 / n) % 360;
    return {
      name: `wedge${i + 1}`,
      prst: n === 1 ? 'ellipse' : 'pie',
      ...(n === 1 ? {} : { adj: { adj1: start * 60000, adj2: end * 60000 } }),
      box: { x: x0 + l * side, y: y0 + t * side, w: d, h: d },
      style: { label: 'node1', index: i, count: n },
      node,
      textBox: { x: x0 + tl * side, y: y0 + tt * side, w: tw * side, h: th * side },
      text: { paras: [...ownParas(node), ...descendantParas(node)], anchor: 'ctr', algn: 'ctr', group: 'wedgeTx', max: 100, marg: [0.1, 0.1], fixed: node.customText || anyCustom(node.children) },
    } satisfies ShapeSpec;
  });
};

const LAYOUTS: Record<string, Layout> = {
  matrix1,
  arrow2,
  list1,
  vList2,
  pyramid2,
  orgChart1,
  vList5,
  vList6,
  chevron2,
  cycle8,
};

/** The layout for a layout definition's uniqueId (a "#n" suffix of a renamed copy ignored). */
export function layoutFor(uniqueId: string | undefined): { name: string; layout: Layout } | undefined {
  if (!uniqueId) return undefined;
  const base = uniqueId.replace(/#\d+$/, '');
  if (!base.startsWith(PREFIX)) return undefined;
  const name = base.slice(PREFIX.length);
  const layout = Object.hasOwn(LAYOUTS, name) ? LAYOUTS[name] : undefined;
  return layout ? { name, layout } : undefined;
}
