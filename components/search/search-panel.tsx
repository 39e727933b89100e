import { browserScriptPath } from "@/lib/browser/browser-scripts";
import { getAllTags } from "@/lib/collection/posts";
import { getArchiveYears } from "@/lib/lists/archive";
import { site, withBasePath } from "@/lib/site";

/** The search form (a plain GET form without JavaScript) and where lib/browser/search-page.ts draws its results. */
export function SearchPanel() {
  const tags = getAllTags()
    .map((tag) => tag.name)
    .sort((a, b) => a.localeCompare(b));
  return (
    <>
      <form
        role="search"
        aria-label="Search posts"
        action={withBasePath("/search/")}
        method="get"
        className="search-form"
        data-search-page
        data-base-path={site.basePath}
      >
        <label htmlFor="search-query">Search posts</label>
        <div className="search-row">
          <input id="search-query" type="search" name="q" />
          <button type="submit">Search</button>
        </div>
        <div className="search-filters">
          <FilterSelect label="Tag" name="tag" all="All tags" options={tags} />
          <FilterSelect label="Year" name="year" all="All years" options={getArchiveYears()} />
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
