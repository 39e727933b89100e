/** A small seeded random source, so a benchmark corpus is the same on every machine and every run. */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** One item, earlier items more likely (Zipf-like), as tags and speakers are in real blogs. */
  pickSkewed: <T>(items: readonly T[]) => T;
  /** `count` distinct items, in the order picked. */
  sample: <T>(items: readonly T[], count: number, skewed?: boolean) => T[];
  /** True with probability `p`. */
  chance: (p: number) => boolean;
};

/** A seeded generator (mulberry32): fast, 32-bit state, good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[Math.min(index, items.length - 1)];
    if (item === undefined) throw new Error("cannot pick from an empty list");
    return item;
  };
  const pick = <T>(items: readonly T[]) => at(items, Math.floor(next() * items.length));
  const pickSkewed = <T>(items: readonly T[]) => at(items, Math.floor(items.length * next() ** 2.2));
  const sample = <T>(items: readonly T[], count: number, skewed = false): T[] => {
    const chosen = new Set<T>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(skewed ? pickSkewed(items) : pick(items));
    return [...chosen];
  };
  return { next, int, pick, pickSkewed, sample, chance: (p) => next() < p };
}
