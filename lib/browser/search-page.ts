/**
 * Browser script for /search/: the query lives in the page URL (?q=…&tag=…&year=…); the form, which also
 * works as a plain GET form, updates it, and the results are drawn from the Pagefind index.
 */
import { findPosts, isEmptyQuery, readQuery, writeQuery, type SearchQuery } from "@/lib/browser/pagefind-client";
import { renderResults } from "./search-results";

const PAGE_SIZE = 20;

function start(form: HTMLFormElement, output: HTMLElement): void {
  const basePath = form.dataset.basePath ?? "";
  const archiveHref = `${basePath}/archive/`;
  const field = (name: keyof SearchQuery) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  let run = 0;

  function fill(query: SearchQuery): void {
    for (const name of ["q", "tag", "year"] as const) field(name).value = query[name];
  }

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

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go();
  });
  for (const name of ["tag", "year"] as const) field(name).addEventListener("change", go);
  window.addEventListener("popstate", () => {
    const query = readQuery(window.location.search);
    fill(query);
    void search(query, PAGE_SIZE);
  });
  const query = readQuery(window.location.search);
  fill(query);
  void search(query, PAGE_SIZE);
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>("form[data-search-page]");
  const output = document.getElementById("search-output");
  if (form && output) start(form, output);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init, { once: true });
else init();
