/** One build's size and one of its times. */
export type SizedSeconds = { posts: number; seconds: number };

/** Milliseconds each post added cost from the smaller build to the larger. */
export function msPerPost(smaller: SizedSeconds, larger: SizedSeconds): number {
  return ((larger.seconds - smaller.seconds) * 1000) / (larger.posts - smaller.posts);
}

/** The middle value, or the mean of the two middle values; NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
