import { formatDate, toDateKey } from "@/lib/content/dates";

/** A post's date as readers read it ("9 October 2018"), machine-readable too. */
export function PostDate({ date }: { date: Date }) {
  return <time dateTime={toDateKey(date)}>{formatDate(date)}</time>;
}
