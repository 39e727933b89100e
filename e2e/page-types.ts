/**
 * One page of each kind the site serves: the accessibility suite (e2e/accessibility.spec.ts) checks every
 * one, and `npm run lighthouse` measures those marked `budget`. Add a line here when you add a route.
 */
export type PageType = {
  name: string;
  path: string;
  /** The HTTP status the page is served with. */
  status: number;
  /** Held to the page-weight and Lighthouse budgets (docs/performance.md). */
  budget?: boolean;
  /** A selector that appears once the page has finished what it does in the browser (search results). */
  ready?: string;
  /** Left out of the screenshot tests (e2e/visual.spec.ts): its layout is another type's. */
  sameLayoutAs?: string;
};

export const PAGE_TYPES: PageType[] = [
  { name: "home", path: "/", status: 200, budget: true },
  { name: "list page 2", path: "/page/2/", status: 200, sameLayoutAs: "tag page" },
  { name: "post", path: "/posts/cloud-native-london-october-2018/", status: 200, budget: true },
  { name: "tag index", path: "/tags/", status: 200 },
  { name: "tag page", path: "/tags/meetup/", status: 200, budget: true },
  { name: "meetups", path: "/events/", status: 200 },
  { name: "speaker index", path: "/speakers/", status: 200 },
  { name: "speaker", path: "/speakers/luke-addison/", status: 200 },
  { name: "sponsors", path: "/sponsors/", status: 200 },
  { name: "archive", path: "/archive/", status: 200 },
  { name: "archive year", path: "/archive/2018/", status: 200, sameLayoutAs: "archive" },
  { name: "about page", path: "/about/", status: 200 },
  { name: "code of conduct page", path: "/code-of-conduct/", status: 200, sameLayoutAs: "venue page" },
  { name: "speak page", path: "/speak/", status: 200 },
  { name: "sponsor page", path: "/sponsor/", status: 200 },
  { name: "venue page", path: "/venue/", status: 200 },
  { name: "search", path: "/search/?q=ebpf", status: 200, ready: "main a[href*='/posts/']" },
  { name: "404", path: "/no-such-page/", status: 404 },
];
