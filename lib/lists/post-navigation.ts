import { getAllPosts, readPostCollection, type Post } from "../collection/posts";

/** The posts either side of a post in date order: `newer` and `older`, where they exist. */
export type PostNeighbours = { newer?: Post; older?: Post };

type NavigationIndex = { neighbours: Map<string, PostNeighbours>; related: Map<string, Post[]> };

const RELATED_COUNT = 3;
// Keyed on the memoised collection, so the index is built once per build (and again only when posts change).
const indexes = new WeakMap<object, NavigationIndex>();

/** The newer and older listed posts next to `slug`; empty for a post that is not listed. */
export function getPostNeighbours(slug: string): PostNeighbours {
  return getNavigationIndex().neighbours.get(slug) ?? {};
}

/** Up to three listed posts sharing the most tags with `slug`, newest first among equals. */
export function getRelatedPosts(slug: string): Post[] {
  return getNavigationIndex().related.get(slug) ?? [];
}

function getNavigationIndex(): NavigationIndex {
  const key = readPostCollection().posts;
  let index = indexes.get(key);
  if (!index) {
    index = buildNavigationIndex(getAllPosts());
    indexes.set(key, index);
  }
  return index;
}

/** Neighbours and related posts for every post of a newest-first list, computed in one pass over its tags. */
function buildNavigationIndex(posts: readonly Post[]): NavigationIndex {
  const neighbours = new Map<string, PostNeighbours>();
  posts.forEach((post, position) =>
    neighbours.set(post.slug, { newer: posts[position - 1], older: posts[position + 1] }),
  );

  const position = new Map(posts.map((post, index) => [post.slug, index]));
  const byTag = new Map<string, Post[]>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const list = byTag.get(tag.slug);
      if (list) list.push(post);
      else byTag.set(tag.slug, [post]);
    }
  }
  const related = new Map<string, Post[]>();
  for (const post of posts) {
    const shared = new Map<Post, number>();
    for (const tag of post.tags) {
      for (const other of byTag.get(tag.slug) ?? []) {
        if (other !== post) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    related.set(post.slug, pickTop(shared, position));
  }
  return { neighbours, related };
}

// A single pass keeping the best few: sorting every candidate would cost n log n per post on a big site.
function pickTop(shared: Map<Post, number>, position: Map<string, number>): Post[] {
  const best: [Post, number][] = [];
  const beats = ([a, countA]: [Post, number], [b, countB]: [Post, number]) =>
    countA > countB || (countA === countB && (position.get(a.slug) ?? 0) < (position.get(b.slug) ?? 0));
  for (const entry of shared) {
    const last = best.at(-1);
    if (best.length === RELATED_COUNT && last && !beats(entry, last)) continue;
    const at = best.findIndex((other) => beats(entry, other));
    best.splice(at === -1 ? best.length : at, 0, entry);
    if (best.length > RELATED_COUNT) best.pop();
  }
  return best.map(([post]) => post);
}
