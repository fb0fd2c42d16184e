import { SECTIONS } from '../schemas/sections.ts';
import { formatLongDate } from '../lib/dates.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../lib/search-record.ts';
import { filterOptions, pagefindQuery, statusMessage, type FilterCounts } from '../lib/search-results.ts';
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
interface Search {
  results: Result[];
  filters: FilterCounts;
}
interface Pagefind {
  options(o: object): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(q: string | null, o: object): Promise<Search>;
  debouncedSearch(q: string | null, o: object, ms?: number): Promise<Search | null>;
}

const PAGE_SIZE = 10;

/**
 * `<search-app>`: the search page's interface on Pagefind's JS API. Results as you type, filters with counts,
 * relevance or date order, all kept in the URL; arrow keys walk the results. The markup is in SearchApp.astro.
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
      const bundle = searchIndexUrl('pagefind.js');
      this.#pagefind = await import(/* @vite-ignore */ bundle);
      await this.#pagefind.options({ highlightParam: 'highlight', excerptLength: 24 });
      this.#allCounts = await this.#pagefind.filters();
    } catch {
      this.querySelector<HTMLElement>('[data-unavailable]')!.hidden = false;
      return;
    }
    this.#writeForm(parseSearchState(new URLSearchParams(location.search)));
    this.#form.hidden = false;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(false);
    });
    this.#input.addEventListener('input', () => this.#update(true));
    this.#form.addEventListener('change', (event) => event.target !== this.#input && this.#update(false));
    this.#more.addEventListener('click', () => this.#showMore(this.#run, true));
    document.addEventListener('keydown', (event) => this.#onSlash(event));
    this.#form.addEventListener('keydown', (event) => this.#onArrow(event));
    this.#list.addEventListener('keydown', (event) => this.#onArrow(event));
    if (!this.#input.value) this.#input.focus();
    await this.#update(false);
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
    const pagefind = this.#pagefind;
    const search = debounce ? await pagefind.debouncedSearch(term, options, 200) : await pagefind.search(term, options);
    if (!search || id !== this.#run) return;
    // A filter's own options count as if it were unset; Pagefind's counts assume it stays applied.
    const own: Partial<FilterCounts> = {};
    for (const key of Object.keys(options.filters)) {
      const { [key]: _, ...others } = options.filters;
      own[key] = (await pagefind.search(term, { ...options, filters: others })).filters[key];
    }
    if (id !== this.#run) return;
    this.#writeCounts(state, search.filters, own);
    await this.#render(id, state, search.results);
  }

  async #render(id: number, state: SearchState, results: Result[]) {
    this.#pending = results;
    this.#list.replaceChildren();
    await this.#showMore(id, false);
    if (id !== this.#run) return;
    this.#status.textContent = statusMessage(state, results.length);
  }

  /**
   * Adds the next page of results (fetching only their fragments); optionally focuses the first new one. A
   * search by words shows the matching excerpt, a search by filters alone the item's summary.
   */
  async #showMore(id: number, focus: boolean) {
    const next = this.#pending.slice(0, PAGE_SIZE);
    this.#pending = this.#pending.slice(PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (id !== this.#run) return;
    const byWords = pagefindQuery(this.#input.value) !== null;
    const items = data.map((r) => resultItem(r, byWords));
    this.#list.append(...items);
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
