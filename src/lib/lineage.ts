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

/** The documents by date, each with this item or its related items in it. */
export function timelineOf(site: SiteData, item: SiteItem): TimelineStep[] {
  return chronological(site.documents)
    .map((document) => ({
      document,
      self: item.data.document === document.id ? item : null,
      related: item.data.related.map((link) => ({ item: site.item(link.id), link })).filter((r) => r.item.data.document === document.id),
    }))
    .filter((step) => step.self || step.related.length);
}

/**
 * The version this item continues: its strongest continuation link in the
 * nearest earlier document (by date), if any. A "related" link is never one:
 * a word diff only makes sense between versions of the same commitment.
 */
export function predecessorOf(site: SiteData, item: SiteItem): { item: SiteItem; link: Related } | null {
  const position = new Map(chronological(site.documents).map((d, i) => [d.id, i]));
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
