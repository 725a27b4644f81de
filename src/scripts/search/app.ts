/**
 * The search page, put together: its parts (render.ts), the index
 * (index-access.ts), the searches over time (session.ts), the address
 * (address.ts) and the reader's actions (events.ts). State lives in the URL;
 * everything shown is built as text.
 */
import { searchAddress } from './address.ts';
import { listen, placeFilters } from './events.ts';
import { loadIndex, queryForIndex, type SearchIndex } from './index-access.ts';
import { domScreen, filterOptions, searchPage, type SearchPage } from './render.ts';
import { SearchSession } from './session.ts';
import { stateFromUrl, withQuery, type FilterLabels } from './state.ts';
import type { FilterOption } from './suggest.ts';
import type { Strings } from './view.ts';

/** Every name of each filter value: this script's from the page, the other script's from the search data (URLs written before ids). */
function filterLabels(options: readonly FilterOption[], index: SearchIndex): FilterLabels {
  const labels: FilterLabels = {};
  for (const o of options) (labels[o.key] ??= new Map<string, string>()).set(o.label, o.value);
  for (const [key, names] of Object.entries(index.config.otherLabels))
    for (const [name, id] of Object.entries(names)) (labels[key] ??= new Map()).set(name, id);
  return labels;
}

/** The results the address asked for are shown: the room kept for them goes (public/scripts/search-awaiting.js). */
function shown(): void {
  document.documentElement.removeAttribute('data-search-awaiting');
}

async function start(page: SearchPage): Promise<void> {
  const script = page.root.dataset['script'] === 'zh-hant' ? 'zh-hant' : 'zh-hans';
  const strings = JSON.parse(page.root.dataset['strings'] ?? '{}') as Strings;
  const options = filterOptions(page.boxes);
  const keys = [...new Set(options.map((o) => o.key))];
  placeFilters(page);

  let index: SearchIndex;
  try {
    page.status.textContent = strings['loading'] ?? '';
    index = await loadIndex(script);
  } catch {
    page.status.textContent = strings['error'] ?? '';
    shown();
    return;
  }
  const labels = filterLabels(options, index);
  const session = new SearchSession(index, domScreen(page), { keys, options, strings }, stateFromUrl(location.search, keys, labels));
  const address = searchAddress();
  listen(page, session, address, { keys, labels });

  // A query in the other script (from the script switch or a shared link) is shown converted,
  // and a URL with old name values is rewritten with ids.
  const converted = await queryForIndex(index, session.state.q);
  if (converted !== session.state.q.trim().normalize('NFC')) session.state = withQuery(session.state, converted);
  // The rewritten address replaces the one the page was opened at, and counts as the committed search.
  address.write(session.state, 'draft');
  address.restore(session.state);
  await session.search();
  shown();
  // For tests and the benchmark: the page now answers typing.
  page.root.dataset['ready'] = '';
}

const root = document.querySelector<HTMLElement>('[data-search-app]');
if (root) void start(searchPage(root));
