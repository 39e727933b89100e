import { formatMonth, toDateKey, yearOf } from "../content/dates";
import { getAllPosts, type Post } from "../collection/posts";

/** One year of the archive, its months (a heading and posts) newest first. */
export type ArchiveYear = { year: number; count: number; months: { key: string; label: string; posts: Post[] }[] };

/** The whole archive of listed posts, grouped by year and then month in the site's time zone, newest first. */
export function getArchive(): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const post of getAllPosts()) {
    const key = toDateKey(post.date).slice(0, 7);
    let entry = years.at(-1);
    if (entry?.year !== yearOf(post.date)) years.push((entry = { year: yearOf(post.date), count: 0, months: [] }));
    let month = entry.months.at(-1);
    if (month?.key !== key) entry.months.push((month = { key, label: formatMonth(post.date), posts: [] }));
    month.posts.push(post);
    entry.count += 1;
  }
  return years;
}

/** Every year with at least one listed post, newest first. */
export function getArchiveYears(): number[] {
  return getArchive().map((entry) => entry.year);
}

/** One year of the archive, if any listed post falls in it. */
export function getArchiveYear(year: number): ArchiveYear | undefined {
  return getArchive().find((entry) => entry.year === year);
}

/** The site path of a year's archive page. */
export function archiveYearPath(year: number): string {
  return `/archive/${year}/`;
}
