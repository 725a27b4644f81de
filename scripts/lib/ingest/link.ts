/**
 * Step 4b, link: each item's `related` items in the other documents.
 * Filled by the lineage work; until then every item keeps an empty list.
 */
import type { ItemRecord } from './extract.ts';

/** Returns the items with `related` filled. */
export function linkItems(items: ItemRecord[], _root: string): ItemRecord[] {
  return items;
}
