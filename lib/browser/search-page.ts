/** Browser script for /search/: the form (a plain GET form without it) updates the URL's query as the reader types. */
import { findPosts, isEmptyQuery, readQuery, writeQuery, type SearchQuery } from "@/lib/browser/pagefind-client";
import { whenReady } from "./document";
import { renderResults } from "./search-results";

const PAGE_SIZE = 20;
// Results follow the typing once the reader pauses this long: each keystroke is not a search of its own.
const TYPING_PAUSE_MS = 200;

function start(form: HTMLFormElement, output: HTMLElement): void {
  const basePath = form.dataset.basePath ?? "";
  const archiveHref = `${basePath}/archive/`;
  const field = (name: keyof SearchQuery) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  let run = 0;

  async function search(query: SearchQuery, limit: number): Promise<void> {
    const current = ++run;
    if (isEmptyQuery(query)) {
      renderResults(output, { status: "idle" }, archiveHref);
      return;
    }
    // While more results load, the ones already shown stay.
    if (limit === PAGE_SIZE) renderResults(output, { status: "searching" }, archiveHref);
    const found = await findPosts(basePath, query, limit);
    if (current !== run) return;
    const state = found === "unavailable" ? { status: found } : { status: "done" as const, query, ...found };
    const more = state.status === "done" && state.total > state.hits.length;
    const links = renderResults(
      output,
      state,
      archiveHref,
      more ? () => void search(query, limit + PAGE_SIZE) : undefined,
    );
    // "Show more results" is gone once they load: the reader goes on from the first new one.
    if (limit > PAGE_SIZE) links[limit - PAGE_SIZE]?.focus();
  }

  function go(): void {
    const query = { q: field("q").value, tag: field("tag").value, year: field("year").value };
    window.history.replaceState(null, "", `${window.location.pathname}${writeQuery(query)}`);
    void search(query, PAGE_SIZE);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go();
  });
  for (const name of ["tag", "year"] as const) field(name).addEventListener("change", go);
  field("q").addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(go, TYPING_PAUSE_MS);
  });
  // The query in the address, shown in the form and searched: on arrival, and on going back or forward.
  function load(): SearchQuery {
    const query = readQuery(window.location.search);
    for (const name of ["q", "tag", "year"] as const) field(name).value = query[name];
    void search(query, PAGE_SIZE);
    return query;
  }
  window.addEventListener("popstate", load);
  // Arriving from the header's search button with nothing asked yet: the box is ready for typing.
  if (isEmptyQuery(load())) field("q").focus();
}

whenReady(() => {
  const form = document.querySelector<HTMLFormElement>("form[data-search-page]");
  const output = document.getElementById("search-output");
  if (form && output) start(form, output);
});
