/**
 * Layout of the lineage map, drawn at build time: documents as columns,
 * items as nodes grouped by pillar (the same pillar bands in every column),
 * and a curve for every link.
 */
import type { DocumentData } from '../schemas/document.ts';
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

/**
 * Lays out the items of the given documents (by default every document) and
 * the links between them; a link to a document drawn on another page of the
 * map is left to the text version, which lists every link.
 */
export function layoutLineageMap(site: SiteData, documents: readonly Pick<DocumentData, 'id'>[] = site.documents): LineageMap {
  const columns = documents.map((d, i) => ({ document: d.id, x: LEFT + i * COLUMN }));
  const nodes: MapNode[] = [];
  const bands: MapBand[] = [];
  let y = TOP;
  for (const pillar of site.pillars) {
    const perColumn = columns.map((c) => site.itemsOf(c.document).filter((i) => i.data.pillar === pillar.slug));
    const rows = Math.max(...perColumn.map((list) => list.length));
    if (rows === 0) continue;
    bands.push({ pillar: pillar.slug, y, height: rows * ROW });
    perColumn.forEach((list, c) => list.forEach((item, r) => nodes.push({ item, x: columns[c]!.x, y: y + r * ROW + ROW / 2 })));
    y += rows * ROW + BAND_GAP;
  }
  const byId = new Map(nodes.map((n) => [n.item.id, n]));
  const links = nodes.flatMap((from) =>
    from.item.data.related
      .filter((r) => from.item.id < r.id && byId.has(r.id))
      .map((r) => {
        const to = byId.get(r.id)!;
        const [a, b] = from.x < to.x ? [from, to] : [to, from];
        const bend = (b.x - a.x) / 2;
        return { from: a, to: b, path: `M${a.x},${a.y} C${a.x + bend},${a.y} ${b.x - bend},${b.y} ${b.x},${b.y}` };
      }),
  );
  return { width: LEFT + (columns.length - 1) * COLUMN + 60, height: y, columns, bands, nodes, links };
}
