import { addDays } from "date-fns";
import { formatTime, inSiteZone, parseDateTime } from "../content/dates";
import { site } from "../site";

/** The call for speakers (site.yml's `callForSpeakers`): the proposal form, open from `opens` to `closes`. */
export type CallForSpeakers = { opens?: Date; closes?: Date; url: string };

/** The call for speakers site.yml sets, its days read in the site's time zone; none when it sets none. */
export function getCallForSpeakers(): CallForSpeakers | undefined {
  const call = site.callForSpeakers;
  if (!call) return undefined;
  const day = (value?: string) => (value ? parseDateTime(value) : undefined);
  return { url: call.url, opens: day(call.opens), closes: day(call.closes) };
}

/** The instants a call opens and closes; a `closes` date without a time takes proposals to the end of that day. */
export function cfpWindow({ opens, closes }: CallForSpeakers): { opensAt?: Date; closesAt?: Date } {
  const midnight = closes && formatTime(closes) === "00:00";
  return { opensAt: opens, closesAt: midnight ? new Date(addDays(inSiteZone(closes), 1).getTime()) : closes };
}

/** The state of a call at `now`; lib/browser/call-for-speakers.ts makes the same choice by the reader's clock. */
export function cfpState(cfp: CallForSpeakers, now: Date) {
  const { opensAt, closesAt } = cfpWindow(cfp);
  return opensAt && now < opensAt ? "before" : closesAt && now >= closesAt ? "closed" : "open";
}
