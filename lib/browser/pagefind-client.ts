/** The browser side of search: loads Pagefind's script from the export (never bundled) and returns plain data. */
import { plural } from "../plural";

/** What a reader asked for: words, and optionally one tag and one year. */
export type SearchQuery = { q: string; tag: string; year: string };

/** One found post: where it is, its title and date, and an excerpt split around the matched words. */
export type SearchHit = { url: string; title: string; date: string; excerpt: ExcerptPart[] };

/** Where the search page is: nothing asked yet, searching, no index to search, or results with a way to load more. */
export type SearchState =
  | { status: "idle" | "searching" | "unavailable" }
  | { status: "done"; query: SearchQuery; total: number; hits: SearchHit[] };

/** A run of excerpt text, marked when it is a match. */
export type ExcerptPart = { text: string; match: boolean };

// The parts of Pagefind's API the search page uses.
type PagefindData = { url: string; excerpt: string; meta: Record<string, string> };
type Pagefind = {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: { data: () => Promise<PagefindData> }[] } | null>;
};

let loading: Promise<Pagefind> | undefined;

/** Load Pagefind once from `<basePath>/pagefind/pagefind.js`; rejects where no index was built (next dev). */
function loadPagefind(basePath: string): Promise<Pagefind> {
  loading ??= (async () => {
    // A URL only known in the browser: the bundler leaves this import to the browser.
    const pagefind = (await import(/* webpackIgnore: true */ `${basePath}/pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: `${basePath}/`, excerptLength: 30 });
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** True when the query asks nothing: no words, no tag and no year. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return !query.q.trim() && !query.tag && !query.year;
}

/** The first `limit` posts matching a query (a tag or year alone lists all it has), and how many match in all. */
export async function findPosts(
  basePath: string,
  query: SearchQuery,
  limit: number,
): Promise<{ total: number; hits: SearchHit[] } | "unavailable"> {
  try {
    const pagefind = await loadPagefind(basePath);
    const filters = { ...(query.tag ? { tag: query.tag } : {}), ...(query.year ? { year: query.year } : {}) };
    const search = await pagefind.search(query.q.trim() || null, { filters });
    const results = search?.results ?? [];
    const hits = await Promise.all(
      results.slice(0, limit).map(async (result) => {
        const { url, meta, excerpt } = await result.data();
        return { url, title: meta.title ?? url, date: meta.date ?? "", excerpt: splitExcerpt(excerpt) };
      }),
    );
    return { total: results.length, hits };
  } catch {
    // No index (next dev), or a browser policy that forbids WebAssembly: the page says so and links the archive.
    return "unavailable";
  }
}

/** The status line over the results: how many posts, and what was asked ("2 posts found for “helm”, from 2019."). */
export function describeResults(query: SearchQuery, total: number): string {
  const words = query.q.trim() ? ` for “${query.q.trim()}”` : "";
  const count = total === 0 ? "No posts found" : `${plural(total, "post")} found`;
  return `${count}${words}${query.tag ? `, tagged ${query.tag}` : ""}${query.year ? `, from ${query.year}` : ""}.`;
}

/** Split Pagefind's excerpt (entity-encoded text with <mark> around matches) into plain text runs. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let match = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === "<mark>") match = true;
    else if (piece === "</mark>") match = false;
    else if (piece) parts.push({ text: decodeEntities(piece), match });
  }
  return parts;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    // "#x1F" and "#31" alike: Number reads "0x1F" as hexadecimal.
    if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1).replace(/^x/i, "0x")));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** The query in a search page URL (?q=…&tag=…&year=…). */
export function readQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  return { q: params.get("q") ?? "", tag: params.get("tag") ?? "", year: params.get("year") ?? "" };
}

/** The search page URL's query string for a query, leaving out empty fields. */
export function writeQuery(query: SearchQuery): string {
  const text = new URLSearchParams(Object.entries(query).filter(([, value]) => value)).toString();
  return text ? `?${text}` : "";
}
