/** Draws what a search found into the search page, as DOM nodes: result text is never parsed as HTML. */
import { describeResults, type SearchState } from "@/lib/browser/pagefind-client";
import { element } from "./document";

/** Show a state in `output`'s live status line, then its results and "Show more results"; returns the links. */
export function renderResults(
  output: HTMLElement,
  state: SearchState,
  archiveHref: string,
  onMore?: () => void,
): HTMLAnchorElement[] {
  const status = output.querySelector("[role=status]") ?? element("p", { role: "status" });
  const archive = element("a", { href: archiveHref }, "the archive");
  if (state.status === "unavailable")
    status.replaceChildren("Search is not available right now. Every post is listed in ", archive, ".");
  else if (state.status === "searching") status.replaceChildren("Searching…");
  else if (state.status === "done") status.replaceChildren(describeResults(state.query, state.total));
  else status.replaceChildren();
  const rest: Node[] = [];
  const links: HTMLAnchorElement[] = [];
  if (state.status === "done") {
    const items = state.hits.map((hit) => {
      const link = element("a", { href: hit.url }, hit.title);
      links.push(link);
      return element(
        "li",
        {},
        element("h2", {}, link),
        ...(hit.date ? [element("p", { className: "meta" }, hit.date)] : []),
        element("p", {}, ...hit.excerpt.map((part) => (part.match ? element("mark", {}, part.text) : part.text))),
      );
    });
    rest.push(element("ol", { className: "search-results" }, ...items));
  }
  if (onMore) {
    const more = element("button", { type: "button", className: "button" }, "Show more results");
    more.addEventListener("click", onMore, { once: true });
    rest.push(more);
  }
  while (status.nextSibling) status.nextSibling.remove();
  if (!status.isConnected) output.prepend(status);
  output.append(...rest);
  return links;
}
