import { format } from "date-fns";
import { eventTimesOf } from "./event-times";
import { inSiteZone } from "../content/dates";
import type { Post } from "../content/post-file";
import { absoluteUrl, site } from "../site";

/** The schema.org Event a writeup with an `event` describes, or undefined for posts without one. */
export function buildEventJsonLd(post: Post): { "@type": "Event"; "@id": string; [key: string]: unknown } | undefined {
  const { event } = post;
  if (!event) return undefined;
  const times = eventTimesOf(event);
  const url = absoluteUrl(post.url);
  // The post's own `location` stands in for a place only where the event names neither a place nor a stream.
  const address = event.venue || event.address || event.online ? event.address : post.location;
  const place =
    event.venue || address
      ? { "@type": "Place", name: event.venue ?? address, ...(address ? { address } : {}) }
      : undefined;
  const online = event.online
    ? { "@type": "VirtualLocation", url: typeof event.online === "string" ? event.online : url }
    : undefined;
  const locations = [place, online].filter((location) => location !== undefined);
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
    ...(locations.length > 0 ? { location: locations.length > 1 ? locations : locations[0] } : {}),
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

// ISO 8601 with the site's own offset ("2018-10-09T18:30:00+01:00"), as search engines prefer.
function isoDate(date: Date, allDay: boolean): string {
  return format(inSiteZone(date), allDay ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ssXXX");
}

function toAbsolute(src: string): string {
  return src.startsWith("/") && !src.startsWith("//") ? absoluteUrl(src) : src;
}
