import { format } from "date-fns";
import { eventTimesOf } from "./event-times";
import { inSiteZone } from "../content/dates";
import type { Post } from "../content/post-file";
import { absoluteUrl, site } from "../site";

type Thing = { "@type": string; [key: string]: unknown };

/** A schema.org Event node, ready to go into a JSON-LD @graph (add "@context" to use it alone). */
export type EventJsonLd = Thing & { "@type": "Event"; "@id": string; name: string; startDate: string };

/** The schema.org Event a writeup with an `event` describes, or undefined for posts without one. */
export function buildEventJsonLd(post: Post): EventJsonLd | undefined {
  const { event } = post;
  if (!event) return undefined;
  const times = eventTimesOf(event);
  const url = absoluteUrl(post.url);
  const place = event.venue || event.address ? placeOf(event.venue, event.address) : undefined;
  const online = event.online
    ? { "@type": "VirtualLocation", url: typeof event.online === "string" ? event.online : url }
    : undefined;
  const locations = [place, online].filter((location): location is Thing => location !== undefined);
  return {
    "@type": "Event",
    "@id": `${url}#event`,
    name: post.title,
    description: post.description ?? post.excerpt,
    startDate: isoDate(times.start, times.allDay),
    // A day-long event ends when the next day starts; schema.org wants the day it ends on.
    endDate: isoDate(times.allDay ? times.start : times.end, times.allDay),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: `https://schema.org/${place && online ? "Mixed" : online ? "Online" : "Offline"}EventAttendanceMode`,
    ...locationOf(locations, post.location),
    performer: post.speakers.map((speaker) => ({
      "@type": "Person",
      name: speaker.name,
      ...(speaker.org ? { affiliation: { "@type": "Organization", name: speaker.org } } : {}),
      ...(speaker.role ? { jobTitle: speaker.role } : {}),
      ...(speaker.photo ? { image: toAbsolute(speaker.photo) } : {}),
    })),
    organizer: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
    url,
    ...(post.image ? { image: [toAbsolute(post.image)] } : {}),
  };
}

function locationOf(locations: Thing[], postLocation: string | undefined): { location?: Thing | Thing[] } {
  if (locations.length > 1) return { location: locations };
  const [only] = locations;
  if (only) return { location: only };
  return postLocation ? { location: placeOf(undefined, postLocation) } : {};
}

function placeOf(venue: string | undefined, address: string | undefined): Thing {
  return { "@type": "Place", name: venue ?? address, ...(address ? { address } : {}) };
}

// ISO 8601 with the site's own offset ("2018-10-09T18:30:00+01:00"), as search engines prefer.
function isoDate(date: Date, allDay: boolean): string {
  return format(inSiteZone(date), allDay ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ssXXX");
}

function toAbsolute(src: string): string {
  return src.startsWith("/") && !src.startsWith("//") ? absoluteUrl(src) : src;
}
