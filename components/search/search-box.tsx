import { withBasePath } from "@/lib/site";

/**
 * The header's search: a plain GET form to /search/ (it works before and without JavaScript). On a phone
 * only its button shows, a 44-px magnifier that opens the search page; from 48rem the box shows beside it.
 */
export function SearchBox() {
  return (
    <form role="search" aria-label="Site" action={withBasePath("/search/")} method="get" className="site-search">
      <label htmlFor="site-search" className="visually-hidden">
        Search the site
      </label>
      <input id="site-search" type="search" name="q" placeholder="Search" />
      <button type="submit" aria-label="Search">
        <SearchIcon />
      </button>
    </form>
  );
}

/** A magnifier drawn in the text colour, 20 px: the only mark the search control needs. */
function SearchIcon() {
  return (
    <svg className="search-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
