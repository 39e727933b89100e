import { getAllPosts, type Post } from "../collection/posts";

const RELATED_COUNT = 3;

/** The newer and older listed posts next to `slug`; empty for a post that is not listed. */
export function getPostNeighbours(slug: string): { newer?: Post; older?: Post } {
  const posts = getAllPosts();
  const index = posts.findIndex((post) => post.slug === slug);
  return index === -1 ? {} : { newer: posts[index - 1], older: posts[index + 1] };
}

/** Up to three listed posts sharing the most tags with `slug`, newest first among equals. */
export function getRelatedPosts(slug: string): Post[] {
  const posts = getAllPosts();
  const tags = new Set(posts.find((post) => post.slug === slug)?.tags.map((tag) => tag.slug));
  // Posts by how many tags they share, each bucket newest first: linear, where a sort per page would not be.
  const byShared: Post[][] = [];
  for (const post of posts) {
    const shared = post.tags.filter((tag) => tags.has(tag.slug)).length;
    if (shared > 0 && post.slug !== slug) (byShared[shared] ??= []).push(post);
  }
  return byShared.reverse().flat().slice(0, RELATED_COUNT);
}
