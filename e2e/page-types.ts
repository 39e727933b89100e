/**
 * One page of each kind the site serves: the accessibility suite (e2e/accessibility.spec.ts) checks every
 * one, and `npm run lighthouse` measures those marked `budget`. Add a line here when you add a route.
 */
export type PageType = {
  name: string;
  path: string;
  /** The HTTP status the page is served with. */
  status: number;
  /** Held to the page-weight and Lighthouse budgets (README, "Performance and accessibility"). */
  budget?: boolean;
};

export const PAGE_TYPES: PageType[] = [
  { name: "home", path: "/", status: 200, budget: true },
  { name: "list page 2", path: "/page/2/", status: 200 },
  { name: "post", path: "/posts/cloud-native-london-october-2018/", status: 200, budget: true },
  { name: "tag index", path: "/tags/", status: 200 },
  { name: "tag page", path: "/tags/meetup/", status: 200, budget: true },
  { name: "404", path: "/no-such-page/", status: 404 },
];
