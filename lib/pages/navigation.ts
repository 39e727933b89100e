import { site } from "../site";
import { getPageNavLinks, type NavLink } from "./pages";

export type { NavLink } from "./pages";

/** The header's or footer's links: the settings' fixed ones and the pages that ask with `nav`, in order. */
export function getNavLinks(menu: "header" | "footer"): NavLink[] {
  return [...site.nav[menu], ...getPageNavLinks(menu)].sort((a, b) => a.order - b.order);
}

/** True for a link to a path of this site, which Next's Link prefixes with the base path. */
export function isSiteLink(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}
