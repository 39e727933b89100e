import { withBasePath } from "@/lib/site";

/** The header's search box: a plain GET form to /search/, so it works before (and without) JavaScript. */
export function SearchBox() {
  return (
    <form role="search" aria-label="Site" action={withBasePath("/search/")} method="get" className="site-search">
      <label htmlFor="site-search" className="visually-hidden">
        Search the site
      </label>
      <input id="site-search" type="search" name="q" placeholder="Search" />
      <button type="submit">
        <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="search-word">Search</span>
      </button>
    </form>
  );
}
