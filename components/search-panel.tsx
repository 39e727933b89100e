"use client";

import { useEffect, useMemo, useState, useSyncExternalStore, type FormEvent } from "react";
import {
  findPosts,
  isEmptyQuery,
  readQuery,
  writeQuery,
  type SearchQuery,
  type SearchState,
} from "@/lib/pagefind-client";
import { SearchResults } from "./search-results";

type SearchPanelProps = {
  /** The form's target, base path included: the form works as a plain GET form without JavaScript. */
  action: string;
  basePath: string;
  tags: readonly string[];
  years: readonly number[];
};

const PAGE_SIZE = 20;
const QUERY_CHANGED = "search-query-change";

// The query lives in the page URL (?q=…&tag=…&year=…): that is the state, read as an external store.
function subscribeToUrl(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(QUERY_CHANGED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(QUERY_CHANGED, onChange);
  };
}

/** The search form and its results, drawn in the browser from the Pagefind index. */
export function SearchPanel({ action, basePath, tags, years }: SearchPanelProps) {
  const search = useSyncExternalStore(
    subscribeToUrl,
    () => window.location.search,
    () => "",
  );
  const query = useMemo(() => readQuery(search), [search]);
  const [draft, setDraft] = useState<SearchQuery>();
  const [limit, setLimit] = useState({ search: "", count: PAGE_SIZE });
  const [outcome, setOutcome] = useState<{ search: string; state: SearchState }>();
  const count = limit.search === search ? limit.count : PAGE_SIZE;
  const shown = draft ?? query;

  useEffect(() => {
    if (isEmptyQuery(query)) return;
    let current = true;
    void findPosts(basePath, query, count).then((found) => {
      if (!current) return;
      setOutcome({ search, state: found === "unavailable" ? { status: found } : { status: "done", query, ...found } });
    });
    return () => {
      current = false;
    };
  }, [basePath, search, query, count]);

  // While more results load, the ones already shown stay.
  const state: SearchState = isEmptyQuery(query)
    ? { status: "idle" }
    : outcome?.search === search
      ? outcome.state
      : { status: "searching" };

  function go(next: SearchQuery) {
    window.history.replaceState(null, "", `${window.location.pathname}${writeQuery(next)}`);
    window.dispatchEvent(new Event(QUERY_CHANGED));
    setDraft(undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(shown);
  }

  return (
    <>
      <form
        role="search"
        aria-label="Search posts"
        action={action}
        method="get"
        className="search-form"
        onSubmit={submit}
      >
        <label htmlFor="search-query">Search posts</label>
        <div className="search-row">
          <input
            id="search-query"
            type="search"
            name="q"
            value={shown.q}
            onChange={(event) => setDraft({ ...shown, q: event.target.value })}
          />
          <button type="submit">Search</button>
        </div>
        <div className="search-filters">
          <label>
            Tag{" "}
            <select name="tag" value={shown.tag} onChange={(event) => go({ ...shown, tag: event.target.value })}>
              <option value="">All tags</option>
              {tags.map((tag) => (
                <option key={tag}>{tag}</option>
              ))}
            </select>
          </label>
          <label>
            Year{" "}
            <select name="year" value={shown.year} onChange={(event) => go({ ...shown, year: event.target.value })}>
              <option value="">All years</option>
              {years.map((year) => (
                <option key={year}>{year}</option>
              ))}
            </select>
          </label>
        </div>
      </form>
      <SearchResults
        state={state}
        archiveHref={`${basePath}/archive/`}
        onMore={
          state.status === "done" && state.total > state.hits.length
            ? () => setLimit({ search, count: count + PAGE_SIZE })
            : undefined
        }
      />
    </>
  );
}
