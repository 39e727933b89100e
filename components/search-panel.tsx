import { browserScriptPath } from "@/lib/browser-scripts";

type SearchPanelProps = {
  /** The form's target, base path included: the form works as a plain GET form without JavaScript. */
  action: string;
  basePath: string;
  tags: readonly string[];
  years: readonly number[];
};

/**
 * The search form and the place for its results, which lib/browser/search-page.ts draws in the browser
 * from the Pagefind index.
 */
export function SearchPanel({ action, basePath, tags, years }: SearchPanelProps) {
  return (
    <>
      <form
        role="search"
        aria-label="Search posts"
        action={action}
        method="get"
        className="search-form"
        data-search-page
        data-base-path={basePath}
      >
        <label htmlFor="search-query">Search posts</label>
        <div className="search-row">
          <input id="search-query" type="search" name="q" />
          <button type="submit">Search</button>
        </div>
        <div className="search-filters">
          <label>
            Tag{" "}
            <select name="tag" defaultValue="">
              <option value="">All tags</option>
              {tags.map((tag) => (
                <option key={tag}>{tag}</option>
              ))}
            </select>
          </label>
          <label>
            Year{" "}
            <select name="year" defaultValue="">
              <option value="">All years</option>
              {years.map((year) => (
                <option key={year}>{year}</option>
              ))}
            </select>
          </label>
        </div>
      </form>
      <div id="search-output">
        <p role="status" />
      </div>
      <script async type="module" src={browserScriptPath("search-page")} />
    </>
  );
}
