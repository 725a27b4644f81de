/** A commitment across documents: its timeline and the version it continues. */
import type { DocumentData } from '../schemas/document.ts';
import type { Related } from '../schemas/item.ts';
import type { SiteData, SiteItem } from './site-data.ts';

/** One column of a timeline: a document and the items of it on the commitment's path. */
export interface TimelineStep {
  document: DocumentData;
  /** The page's own item, when it is in this document. */
  self: SiteItem | null;
  related: { item: SiteItem; link: Related }[];
}

/**
 * Documents by date: the first year they cover, then the date when known,
 * then reading order; a document added later with an earlier date sits where it belongs.
 */
export function chronological(documents: DocumentData[]): DocumentData[] {
  return [...documents].sort((a, b) => a.years[0] - b.years[0] || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.order - b.order);
}

/** The documents by date and each document's place in that order. */
interface DocumentOrder {
  documents: readonly DocumentData[];
  position: Map<string, number>;
}

// Every item page asks for the order twice (timeline, predecessor): sorting
// all documents each time grew with pages × documents (1.1 s at ×50, 200 documents).
const orders = new WeakMap<DocumentData[], DocumentOrder>();

/** The chronological order of a list of documents, sorted once per list. */
function documentOrder(documents: DocumentData[]): DocumentOrder {
  let order = orders.get(documents);
  if (!order) {
    const sorted = chronological(documents);
    order = { documents: sorted, position: new Map(sorted.map((d, i) => [d.id, i])) };
    orders.set(documents, order);
  }
  return order;
}

/** The documents by date, each with this item or its related items in it. */
export function timelineOf(site: SiteData, item: SiteItem): TimelineStep[] {
  const { documents, position } = documentOrder(site.documents);
  const related = item.data.related.map((link) => ({ item: site.item(link.id), link }));
  // Only the documents on the item's path, not every document of the corpus.
  const onPath = new Set([item.data.document, ...related.map((r) => r.item.data.document)]);
  return [...onPath]
    .map((id) => position.get(id)!)
    .sort((a, b) => a - b)
    .map((at) => {
      const document = documents[at]!;
      return { document, self: item.data.document === document.id ? item : null, related: related.filter((r) => r.item.data.document === document.id) };
    });
}

/**
 * The version this item continues: its strongest continuation link in the
 * nearest earlier document (by date), if any. A "related" link is never one:
 * a word diff only makes sense between versions of the same commitment.
 */
export function predecessorOf(site: SiteData, item: SiteItem): { item: SiteItem; link: Related } | null {
  const { position } = documentOrder(site.documents);
  const here = position.get(item.data.document)!;
  const earlier = item.data.related
    .filter((link) => link.kind === 'continuation')
    .map((link) => ({ item: site.item(link.id), link, at: position.get(site.item(link.id).data.document)! }))
    .filter((r) => r.at < here);
  if (earlier.length === 0) return null;
  const nearest = Math.max(...earlier.map((r) => r.at));
  const best = earlier.filter((r) => r.at === nearest).sort((a, b) => b.link.score - a.link.score)[0]!;
  return { item: best.item, link: best.link };
}
