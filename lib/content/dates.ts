import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { site } from "../site";

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

// Earlier years are typing slips ("0018-10-09"), and JavaScript's Date would read 0-99 as 1900-1999.
const EARLIEST_YEAR = 1000;
// No place on Earth is further from UTC than this; anything more is a typing slip.
const MAX_OFFSET_MINUTES = 14 * 60;

/** What every date field accepts, for error messages. */
export const DATE_EXPECTED = "a date such as 2018-10-09, or 2018-10-09 18:30 with an optional offset like +01:00";

/** Read a Jekyll-style date ("2018-10-09", "2018-10-09 18:30:00 +0100"); local times are the site's time zone. */
export function parseDateTime(value: string): Date | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = "0", minute = "0", second = "0", offset] = match;
  return buildInstant([year, month, day, hour, minute, second].map(Number) as Parts, offset);
}

/** Combine a calendar date with a time of day ("18:30", "18:30+01:00"). */
export function parseTimeOnDate(day: Date, time: string): Date | undefined {
  return TIME.test(time.trim()) ? parseDateTime(`${toDateKey(day)} ${time.trim()}`) : undefined;
}

/** Why a date or time that looks like one is refused, when it is past a limit ("its year is before 1000"). */
export function describeDateLimit(value: string): string | undefined {
  const date = DATE_TIME.exec(value.trim());
  const offset = date ? date[7] : TIME.exec(value.trim())?.[4];
  if (date && Number(date[1]) < EARLIEST_YEAR) return `its year is before ${EARLIEST_YEAR}`;
  if (offset !== undefined && !isRealOffset(offset)) return "its offset from UTC is not one between -14:00 and +14:00";
  return undefined;
}

type Parts = [number, number, number, number, number, number];

function buildInstant([year, month, day, hour, minute, second]: Parts, offset?: string): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (year < EARLIEST_YEAR || (offset !== undefined && !isRealOffset(offset))) return undefined;
  if (offset === undefined) {
    const local = new TZDate(year, month - 1, day, hour, minute, second, site.timeZone);
    // Rejects 2018-02-31 and friends, which Date would roll over silently.
    if (local.getDate() !== day || local.getMonth() !== month - 1) return undefined;
    return new Date(local.getTime());
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return new Date(utc - offsetMinutes(offset) * 60_000);
}

function isRealOffset(offset: string): boolean {
  if (offset === "Z") return true;
  const minutes = offset.replace(/^[+-]\d{2}:?/, "");
  return Math.abs(offsetMinutes(offset)) <= MAX_OFFSET_MINUTES && (minutes === "" || Number(minutes) < 60);
}

function offsetMinutes(offset: string): number {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0"));
}

/** The instant as a date in the site's time zone, for date-fns. */
export function inSiteZone(date: Date): TZDate {
  return new TZDate(date.getTime(), site.timeZone);
}

// A TZDate asks Intl for the zone's offset, which costs far more than the rest of a page's dates: the
// build formats the same few thousand instants on every page that lists them, so each is formatted once.
function formatOnce<T>(render: (local: TZDate) => T): (date: Date) => T {
  const formatted = new Map<number, T>();
  return (date) => {
    const time = date.getTime();
    if (!formatted.has(time)) formatted.set(time, render(inSiteZone(date)));
    return formatted.get(time) as T;
  };
}

/** The calendar day in the site's time zone, as YYYY-MM-DD. */
export const toDateKey = formatOnce((local) => format(local, "yyyy-MM-dd"));

/** "9 October 2018", in the site's time zone. */
export const formatDate = formatOnce((local) => format(local, "d MMMM yyyy"));

/** "18:30", in the site's time zone. */
export const formatTime = formatOnce((local) => format(local, "HH:mm"));

/** "October 2018", for archive headings. */
export const formatMonth = formatOnce((local) => format(local, "MMMM yyyy"));

/** The year in the site's time zone. */
export const yearOf = formatOnce((local) => local.getFullYear());
