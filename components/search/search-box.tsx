import { withBasePath } from "@/lib/site";

/** The header's search box: a plain GET form to /search/, so it works before (and without) JavaScript. */
export function SearchBox() {
  return (
    <form role="search" aria-label="Site" action={withBasePath("/search/")} method="get" className="site-search">
      <label htmlFor="site-search" className="visually-hidden">
        Search the site
      </label>
      <input id="site-search" type="search" name="q" placeholder="Search" />
      <button type="submit">Search</button>
    </form>
  );
}
