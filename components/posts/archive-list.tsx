import Link from "next/link";
import { archiveYearPath, type ArchiveYear } from "@/lib/lists/archive";
import { formatDate, toDateKey } from "@/lib/content/dates";
import { plural } from "@/lib/plural";

type ArchiveListProps = {
  years: readonly ArchiveYear[];
  /** Link each year heading to its own page (the full archive); not on a year's page itself. */
  linkYears?: boolean;
};

/** Posts under year and month headings, newest first. */
export function ArchiveList({ years, linkYears = false }: ArchiveListProps) {
  const MonthHeading = linkYears ? "h3" : "h2";
  return (
    <div className="archive">
      {years.map((entry) => (
        <section key={entry.year} aria-labelledby={`year-${entry.year}`}>
          {linkYears ? (
            <h2 id={`year-${entry.year}`}>
              <Link href={archiveYearPath(entry.year)} prefetch={false}>
                {entry.year}
              </Link>{" "}
              <span className="count">{plural(entry.count, "post")}</span>
            </h2>
          ) : null}
          {entry.months.map((month) => (
            <section key={month.key} aria-labelledby={`month-${month.key}`}>
              <MonthHeading id={`month-${month.key}`}>{month.label}</MonthHeading>
              <ul>
                {month.posts.map((post) => (
                  <li key={post.slug}>
                    <time dateTime={toDateKey(post.date)}>{formatDate(post.date)}</time>{" "}
                    <Link href={post.url} prefetch={false}>
                      {post.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
