import { browserScriptPath } from "@/lib/browser/browser-scripts";

type SearchPanelProps = {
  /** The form's target, base path included: the form works as a plain GET form without JavaScript. */
  action: string;
  basePath: string;
  tags: readonly string[];
  years: readonly number[];
};

/** The search form and the place lib/browser/search-page.ts draws its Pagefind results in. */
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
          <FilterSelect label="Tag" name="tag" all="All tags" options={tags} />
          <FilterSelect label="Year" name="year" all="All years" options={years} />
        </div>
      </form>
      <div id="search-output">
        <p role="status" />
      </div>
      <script async type="module" src={browserScriptPath("search-page")} />
    </>
  );
}

type FilterSelectProps = { label: string; name: string; all: string; options: readonly (string | number)[] };

function FilterSelect({ label, name, all, options }: FilterSelectProps) {
  return (
    <label>
      {label}{" "}
      <select name={name} defaultValue="">
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </label>
  );
}
