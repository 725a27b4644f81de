/**
 * One search page's searches over time: the state, which search is current
 * (a later one makes every earlier one stop showing anything), the results
 * not yet shown, and what the page shows at each step, through a `Screen`
 * (render.ts draws it with the DOM; tests record it).
 */
import { answer, answerCounts, preloadQuery, type SearchIndex } from './index-access.ts';
import type { PagefindResult } from './match.ts';
import { pagefindFilters, type SearchState } from './state.ts';
import type { FilterOption } from './suggest.ts';
import { filtersView, resultView, shownText, summaryView, type FiltersView, type ResultMeta, type ResultView, type Strings, type SummaryView } from './view.ts';

/** Results per page. */
export const PAGE = 20;

/** What a search shows; `Row` is what one shown result is (a list item on the page). */
export interface Screen<Row> {
  /** The results list is being updated (aria-busy). */
  busy(on: boolean): void;
  /** The query in the search box. */
  query(q: string): void;
  /** Nothing is searched: no results, no notes, an empty status line. */
  blank(): void;
  summary(view: SummaryView): void;
  /** Shows results, replacing those shown or after them; returns the rows added. */
  rows(views: ResultView[], mode: 'replace' | 'append'): Row[];
  /** The "more" button. */
  more(shown: boolean): void;
  status(text: string): void;
  filters(view: FiltersView): void;
  /** Moves focus to the first of the rows added by "more". */
  focusFirst(rows: Row[]): void;
}

/** The searches of one page. */
export class SearchSession<Row> {
  /** The search shown and in the URL. */
  state: SearchState;
  #run = 0;
  #pending: PagefindResult[] = [];
  #phrases: string[] = [];
  #shown = 0;
  #total = 0;

  constructor(
    private readonly index: SearchIndex,
    private readonly screen: Screen<Row>,
    private readonly page: { keys: readonly string[]; options: readonly FilterOption[]; strings: Strings },
    state: SearchState,
  ) {
    this.state = state;
  }

  /** Runs the current state's search and shows it: results first (one page of data at most), then the facet counts. */
  async search(): Promise<void> {
    const id = ++this.#run;
    const { screen, index } = this;
    screen.busy(true);
    screen.query(this.state.q);
    const filters = pagefindFilters(this.state);
    const found = await answer(index, this.state.q, filters);
    if (found === null) {
      this.#pending = [];
      this.#shown = 0;
      screen.rows([], 'replace');
      screen.more(false);
      screen.blank();
      screen.filters(filtersView(this.page.options, this.state, null, this.#total));
      screen.busy(false);
      return;
    }
    if (id !== this.#run) return;
    const { query, plan } = found;
    this.#phrases = plan.phrases;
    const count = found.found.results.length;
    this.#total = count;
    this.#shown = 0;
    this.#pending = [...found.found.results];
    screen.more(false);
    const input = { typed: this.state.q, query, searched: plan.searches.length > 0, count, filtered: Object.keys(filters).length > 0 };
    screen.summary(summaryView(input, index.config.entities, this.page.strings, this.page.options));
    await this.#firstPage(id);
    if (id !== this.#run) return;
    screen.more(this.#pending.length > 0);
    const counts = answerCounts(index, found, this.page.keys);
    screen.filters(filtersView(this.page.options, this.state, counts, this.#total));
    screen.busy(false);
  }

  /** Starts fetching what a query being typed will need; a failure here is the search's to report. */
  prepare(typed: string): void {
    preloadQuery(this.index, typed).catch(() => undefined);
  }

  /** Shows the next page of results, moves focus to the first of them and announces how many are shown. */
  async more(): Promise<void> {
    const id = this.#run;
    const loaded = await Promise.all(this.#nextBatch());
    if (id !== this.#run) return;
    const rows = this.screen.rows(
      loaded.map((d) => this.#view(d)),
      'append',
    );
    // Focus goes to the first new result before the button can disappear, and the count is announced.
    this.screen.focusFirst(rows);
    this.screen.more(this.#pending.length > 0);
    this.screen.status(shownText(this.page.strings, this.#shown, this.#total));
  }

  /**
   * The first page replaces what was shown (nothing flickers while typing)
   * and shows each result as soon as it and those before it have loaded.
   */
  async #firstPage(id: number): Promise<void> {
    let replaced = false;
    for (const load of this.#nextBatch()) {
      const d = await load;
      if (id !== this.#run) return;
      this.screen.rows([this.#view(d)], replaced ? 'append' : 'replace');
      replaced = true;
    }
    if (!replaced) this.screen.rows([], 'replace');
  }

  /** Starts loading the data of the next page of results. */
  #nextBatch() {
    return this.#pending.splice(0, PAGE).map((r) => r.data());
  }

  /** A loaded result as shown (and counted as shown). */
  #view(d: Awaited<ReturnType<PagefindResult['data']>>): ResultView {
    this.#shown++;
    return resultView(d.url, d.meta as unknown as ResultMeta, this.#phrases, this.index.config.nested);
  }
}
