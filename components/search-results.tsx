import type { SearchState } from "@/lib/pagefind-client";

type SearchResultsProps = { state: SearchState; archiveHref: string; onMore?: () => void };

/** What a search found: a count read out to screen readers, then each post with its excerpt. */
export function SearchResults({ state, archiveHref, onMore }: SearchResultsProps) {
  if (state.status === "unavailable") {
    return (
      <p role="status">
        Search is not available right now. Every post is listed in <a href={archiveHref}>the archive</a>.
      </p>
    );
  }
  if (state.status !== "done") {
    return <p role="status">{state.status === "searching" ? "Searching…" : ""}</p>;
  }
  const { query, total, hits } = state;
  const words = query.q.trim() ? ` for “${query.q.trim()}”` : "";
  return (
    <>
      <p role="status">
        {total === 0 ? "No posts found" : `${total} ${total === 1 ? "post" : "posts"} found`}
        {words}
        {query.tag ? `, tagged ${query.tag}` : ""}
        {query.year ? `, from ${query.year}` : ""}.
      </p>
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.url}>
            <h2>
              <a href={hit.url}>{hit.title}</a>
            </h2>
            {hit.date ? <p className="meta">{hit.date}</p> : null}
            <p>{hit.excerpt.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</p>
          </li>
        ))}
      </ol>
      {onMore ? (
        <button type="button" className="button" onClick={onMore}>
          Show more results
        </button>
      ) : null}
    </>
  );
}
