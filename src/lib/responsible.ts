/** An item's responsible bodies, read from its lists (see ResponsibleListSchema). */
import type { AgencyRef, Item } from '../schemas/item.ts';
import type { Side } from '../schemas/registry.ts';

/** Every body the item names, once each, in printed order. */
export function allBodies(item: Pick<Item, 'agencies'>): AgencyRef[] {
  const seen = new Set<string>();
  return item.agencies.flatMap((l) => l.bodies).filter((r) => !seen.has(r.slug) && Boolean(seen.add(r.slug)));
}

/** The bodies on one side (e.g. every Macao list), in printed order. */
export function bodiesOn(item: Pick<Item, 'agencies'>, side: Side): AgencyRef[] {
  return item.agencies.filter((l) => l.side === side).flatMap((l) => l.bodies);
}
