import { SECTIONS } from '../schemas/sections.ts';
import { formatLongDate } from '../lib/dates.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../lib/search-record.ts';
import {
  inDateOrder,
  PART_FILTER,
  PARTS_MANIFEST,
  type FilterCounts,
  type PartResults,
  type PartsManifest,
  type SearchPart,
} from '../lib/search-parts.ts';
import { filterOptions, PAGEFIND_OPTIONS, pagefindQuery, partialStatus, statusMessage } from '../lib/search-results.ts';
import { formatSearchState, pagefindOptions, parseSearchState, type SearchState } from '../lib/search-state.ts';
import { editionUrl, pageUrl, searchIndexUrl, searchUrl } from '../lib/urls.ts';

/** The parts of Pagefind's browser API this page uses. */
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title: string; date: string; summary?: string };
  filters: Partial<Record<SearchFilter, string[]>>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
type Search = PartResults<Result>;
interface Pagefind {
  options(o: object): Promise<void>;
  mergeIndex(url: string, o: object): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(q: string | null, o: object): Promise<void>;
  search(q: string | null, o: object): Promise<Search>;
}
type Options = ReturnType<typeof pagefindOptions>;

const PAGE_SIZE = 10;

/**
 * `<search-app>`: the search page's interface on Pagefind's JS API. Results as you type, filters with counts,
 * relevance or date order, all kept in the URL; arrow keys walk the results. The markup is in SearchApp.astro.
 *
 * The index comes in parts (src/lib/search-parts.ts): the page opens the newest part, shows its results, then
 * merges the older parts into the same Pagefind instance and searches again. New results only ever replace the
 * list or go below it, inside space the page reserves, so nothing moves under the reader. The older parts are
 * fetched once the reader asks for something (a query in the URL, typing, a filter), not on every visit: the
 * first results then cost the newest part alone.
 */
class SearchApp extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #selects!: Map<SearchFilter, HTMLSelectElement>;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #pagefind!: Pagefind;
  #parts: SearchPart[] = [];
  /** How many parts (newest first) are merged so far. */
  #merged = 0;
  /** The merge of the older parts, once started. */
  #merging?: Promise<void>;
  #allCounts: FilterCounts = {};
  /** Bumped by every search, so a slower earlier one never overwrites a later one. */
  #run = 0;
  #pending: Result[] = [];

  connectedCallback() {
    const find = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    this.#form = find('form');
    this.#input = find('input[type="search"]');
    this.#sort = find('select[name="sort"]');
    this.#selects = new Map(SEARCH_FILTERS.map((key) => [key, find<HTMLSelectElement>(`select[name="${key}"]`)]));
    this.#status = find('[role="status"]');
    this.#list = find('ol');
    this.#more = find('button[data-more]');
    this.#start();
  }

  async #start() {
    try {
      const manifest: PartsManifest = await (await fetch(searchIndexUrl(PARTS_MANIFEST))).json();
      this.#parts = manifest.parts;
      const newest = this.#parts[0];
      const bundle = searchIndexUrl(`${newest.id}/pagefind.js`);
      this.#pagefind = await import(/* @vite-ignore */ bundle);
      await this.#pagefind.options({ ...PAGEFIND_OPTIONS, mergeFilter: { [PART_FILTER]: newest.id } });
      this.#allCounts = await this.#pagefind.filters();
      this.#merged = 1;
    } catch {
      this.#form.hidden = true;
      this.querySelector<HTMLElement>('[data-unavailable]')!.hidden = false;
      return;
    }
    // The reader may have typed while the script loaded; what the URL says comes second.
    const typed = this.#input.value;
    this.#writeForm(parseSearchState(new URLSearchParams(location.search)));
    if (typed) this.#input.value = typed;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(false);
    });
    this.#input.addEventListener('input', () => this.#update(true));
    this.#form.addEventListener('change', (event) => event.target !== this.#input && this.#update(false));
    // Choosing a filter needs every part's values: fetch them as soon as the reader reaches for one.
    for (const select of [...this.#selects.values(), this.#sort])
      select.addEventListener('focus', () => this.#mergeOlderParts(), { once: true });
    this.#more.addEventListener('click', () => this.#showMore(this.#run, { focus: true }));
    document.addEventListener('keydown', (event) => this.#onSlash(event));
    this.#form.addEventListener('keydown', (event) => this.#onArrow(event));
    this.#list.addEventListener('keydown', (event) => this.#onArrow(event));
    if (!this.#input.value) this.#input.focus();
    await this.#update(false);
  }

  /** Merges every older part (once), then counts and searches again over the whole archive. */
  #mergeOlderParts(): Promise<void> {
    this.#merging ??= this.#mergeParts();
    return this.#merging;
  }

  async #mergeParts() {
    const older = this.#parts.slice(1);
    if (older.length === 0) return;
    await Promise.all(
      older.map((part) =>
        this.#pagefind.mergeIndex(searchIndexUrl(`${part.id}/`), {
          ...PAGEFIND_OPTIONS,
          mergeFilter: { [PART_FILTER]: part.id },
        }),
      ),
    );
    this.#merged = this.#parts.length;
    this.#allCounts = await this.#pagefind.filters();
    const state = this.#readForm();
    if (pagefindQuery(state.q) === null && Object.keys(pagefindOptions(state).filters).length === 0)
      this.#writeCounts(state, this.#allCounts, {});
    else await this.#update(false);
  }

  #readForm(): SearchState {
    return {
      q: this.#input.value,
      filters: Object.fromEntries([...this.#selects].map(([key, select]) => [key, select.value])),
      sort: this.#sort.value === 'date' ? 'date' : undefined,
    };
  }

  #writeForm(state: SearchState) {
    this.#input.value = state.q;
    this.#sort.value = state.sort ?? '';
    this.#writeCounts(state, this.#allCounts, {});
  }

  #writeCounts(state: SearchState, counts: FilterCounts, own: Partial<FilterCounts>) {
    for (const [key, select] of this.#selects) {
      const selected = state.filters[key] ?? '';
      const options = filterOptions(key, own[key] ?? counts[key] ?? {}, selected);
      select.replaceChildren(
        new Option('Any', ''),
        ...options.map((o) => new Option(o.label, o.value, false, o.value === selected)),
      );
      select.value = selected;
    }
  }

  /** Runs the search the form describes, then updates URL, counts, results and the live region. */
  async #update(debounce: boolean) {
    const state = this.#readForm();
    const id = ++this.#run;
    const query = formatSearchState(state);
    history.replaceState(null, '', query ? `${searchUrl}?${query}` : searchUrl);
    const options = pagefindOptions(state);
    const term = pagefindQuery(state.q);
    if (term === null && Object.keys(options.filters).length === 0) {
      this.#writeCounts(state, this.#allCounts, {});
      await this.#render(id, state, []);
      return;
    }
    if (debounce) {
      this.#pagefind.preload(term, options);
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (id !== this.#run) return;
    }
    const search = await this.#search(term, options);
    if (id !== this.#run) return;
    // A filter's own options count as if it were unset; Pagefind's counts assume it stays applied.
    const own: Partial<FilterCounts> = {};
    for (const key of Object.keys(options.filters)) {
      const { [key]: _, ...others } = options.filters;
      own[key] = (await this.#pagefind.search(term, { ...options, filters: others })).filters[key];
    }
    if (id !== this.#run) return;
    this.#writeCounts(state, search.filters, own);
    await this.#render(id, state, search.results);
    if (this.#merged < this.#parts.length) await this.#mergeOlderParts();
  }

  /**
   * Searches every merged part. Relevance: Pagefind's merged search, which orders all parts' results by score.
   * Date order: each part on its own, put together newest part first (see inDateOrder).
   */
  async #search(term: string | null, options: Options): Promise<Search> {
    if (!options.sort) return this.#pagefind.search(term, options);
    const parts = this.#parts.slice(0, this.#merged);
    return inDateOrder(
      await Promise.all(
        parts.map((part) =>
          this.#pagefind.search(term, { ...options, filters: { ...options.filters, [PART_FILTER]: part.id } }),
        ),
      ),
    );
  }

  async #render(id: number, state: SearchState, results: Result[]) {
    this.#pending = results;
    await this.#showMore(id, { replace: true });
    if (id !== this.#run) return;
    const complete = this.#merged === this.#parts.length;
    this.#status.textContent = complete
      ? statusMessage(state, results.length)
      : partialStatus(state, this.#parts[this.#merged - 1].from);
  }

  /**
   * Shows the next page of results (fetching only their fragments) below the others, or in their place, in one
   * step once all are fetched; optionally focuses the first new one. A search by words shows the matching
   * excerpt, a search by filters alone the item's summary.
   */
  async #showMore(id: number, { focus = false, replace = false } = {}) {
    const next = this.#pending.slice(0, PAGE_SIZE);
    this.#pending = this.#pending.slice(PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (id !== this.#run) return;
    const byWords = pagefindQuery(this.#input.value) !== null;
    const items = data.map((r) => resultItem(r, byWords));
    if (replace) this.#list.replaceChildren(...items);
    else this.#list.append(...items);
    this.#more.hidden = this.#pending.length === 0;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  /** Arrow keys move from the search box through the result titles and back; Enter opens the focused one. */
  #onArrow(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('h2 a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.target === this.#input) {
      if (event.key !== 'ArrowDown' || links.length === 0) return;
      links[0].focus();
    } else if (at >= 0) {
      const to = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (to < 0) this.#input.focus();
      else links[Math.min(to, links.length - 1)].focus();
    } else return;
    event.preventDefault();
  }

  /** `/` focuses the search box, unless the reader is typing in a field. */
  #onSlash(event: KeyboardEvent) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    event.preventDefault();
    this.#input.focus();
    this.#input.select();
  }
}

/** One result: title link, date, edition and section links, author, and the excerpt or summary. */
function resultItem(r: ResultData, byWords: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const title = document.createElement('h2');
  title.append(Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title }));
  const meta = document.createElement('p');
  meta.className = 'meta';
  const section = r.filters.section?.[0];
  const sectionId = SECTIONS.find((s) => s.title === section)?.id;
  const time = Object.assign(document.createElement('time'), {
    dateTime: r.meta.date,
    textContent: formatLongDate(r.meta.date),
  });
  meta.append(
    time,
    ' · ',
    Object.assign(document.createElement('a'), { href: editionUrl(r.meta.date), textContent: 'Weekly edition' }),
  );
  if (sectionId)
    meta.append(
      ' · ',
      Object.assign(document.createElement('a'), { href: pageUrl(r.meta.date, sectionId), textContent: section }),
    );
  const author = r.filters.author?.[0];
  if (author) meta.append(` · by ${author}`);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind escapes the page text and adds only <mark> around matched words.
  if (byWords) excerpt.innerHTML = r.excerpt;
  else excerpt.textContent = r.meta.summary ?? '';
  li.append(title, meta, excerpt);
  return li;
}

customElements.define('search-app', SearchApp);
