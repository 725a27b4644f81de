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

/** The documents in reading order, each with this item or its related items in it. */
export function timelineOf(site: SiteData, item: SiteItem): TimelineStep[] {
  return site.documents
    .map((document) => ({
      document,
      self: item.data.document === document.id ? item : null,
      related: item.data.related.map((link) => ({ item: site.item(link.id), link })).filter((r) => r.item.data.document === document.id),
    }))
    .filter((step) => step.self || step.related.length);
}

/** The version this item continues: its strongest link in the nearest earlier document, if any. */
export function predecessorOf(site: SiteData, item: SiteItem): { item: SiteItem; link: Related } | null {
  const order = site.document(item.data.document).order;
  const earlier = item.data.related.map((link) => ({ item: site.item(link.id), link })).filter((r) => site.document(r.item.data.document).order < order);
  if (earlier.length === 0) return null;
  const nearest = Math.max(...earlier.map((r) => site.document(r.item.data.document).order));
  return earlier.filter((r) => site.document(r.item.data.document).order === nearest).sort((a, b) => b.link.score - a.link.score)[0]!;
}
