/**
 * Layout of the lineage map, drawn at build time: documents as columns,
 * items as nodes grouped by pillar (the same pillar bands in every column),
 * and a curve for every link.
 */
import type { SiteData, SiteItem } from './site-data.ts';

/** A node of the map. */
export interface MapNode {
  item: SiteItem;
  x: number;
  y: number;
}

/** A band of rows for one pillar. */
export interface MapBand {
  pillar: string;
  y: number;
  height: number;
}

/** The whole layout, in SVG user units. */
export interface LineageMap {
  width: number;
  height: number;
  columns: { document: string; x: number }[];
  bands: MapBand[];
  nodes: MapNode[];
  links: { from: MapNode; to: MapNode; path: string }[];
}

const ROW = 16;
const TOP = 40;
const LEFT = 150;
const COLUMN = 190;
const BAND_GAP = 14;

/** Lays out every item and link of the site. */
export function layoutLineageMap(site: SiteData): LineageMap {
  const columns = site.documents.map((d, i) => ({ document: d.id, x: LEFT + i * COLUMN }));
  const nodes: MapNode[] = [];
  const bands: MapBand[] = [];
  let y = TOP;
  for (const pillar of site.pillars) {
    const perColumn = columns.map((c) => site.items.filter((i) => i.data.document === c.document && i.data.pillar === pillar.slug));
    const rows = Math.max(...perColumn.map((list) => list.length));
    if (rows === 0) continue;
    bands.push({ pillar: pillar.slug, y, height: rows * ROW });
    perColumn.forEach((list, c) => list.forEach((item, r) => nodes.push({ item, x: columns[c]!.x, y: y + r * ROW + ROW / 2 })));
    y += rows * ROW + BAND_GAP;
  }
  const byId = new Map(nodes.map((n) => [n.item.id, n]));
  const links = nodes.flatMap((from) =>
    from.item.data.related
      .filter((r) => from.item.id < r.id)
      .map((r) => {
        const to = byId.get(r.id)!;
        const [a, b] = from.x < to.x ? [from, to] : [to, from];
        const bend = (b.x - a.x) / 2;
        return { from: a, to: b, path: `M${a.x},${a.y} C${a.x + bend},${a.y} ${b.x - bend},${b.y} ${b.x},${b.y}` };
      }),
  );
  return { width: LEFT + (columns.length - 1) * COLUMN + 60, height: y, columns, bands, nodes, links };
}
