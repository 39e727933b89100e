import { getImageSources } from "@/lib/images/picture";
import type { Sponsor } from "@/lib/meetups/sponsors";
import { Picture } from "../photos/picture";

/** A meetup's sponsors with a thank-you line: logos (or names), linking to each, grouped by level. */
export function SponsorList({ sponsors }: { sponsors: readonly Sponsor[] }) {
  if (sponsors.length === 0) return null;
  const groups = groupByLevel(sponsors);
  return (
    <section className="sponsors" aria-labelledby="sponsors" data-pagefind-ignore>
      <h2 id="sponsors">Sponsors</h2>
      <p>Thank you to our sponsors, who made this meetup possible.</p>
      {groups.map(([level, members]) => (
        <div key={level ?? ""} className="sponsor-group">
          {groups.length > 1 || level ? <h3>{level ?? "Supporters"}</h3> : null}
          <ul className="sponsor-list">
            {members.map((sponsor) => (
              <li key={sponsor.slug}>
                <SponsorMark sponsor={sponsor} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** A sponsor's logo, or its name where it has none, linking to the sponsor where it has a URL. */
export function SponsorMark({ sponsor }: { sponsor: Sponsor }) {
  const image = sponsor.logo ? getImageSources(sponsor.logo, "logo") : undefined;
  // SVG logos come back as they are; the CSS fits any logo into a 3:1 box.
  const content = image ? (
    <Picture
      image={{ ...image, width: image.width ?? 240, height: image.height ?? 80 }}
      alt={sponsor.name}
      className="sponsor-logo"
    />
  ) : (
    <span className="sponsor-name">{sponsor.name}</span>
  );
  return sponsor.url ? (
    <a className="sponsor-mark" href={sponsor.url}>
      {content}
    </a>
  ) : (
    <span className="sponsor-mark">{content}</span>
  );
}

function groupByLevel(sponsors: readonly Sponsor[]): [string | undefined, Sponsor[]][] {
  const groups = new Map<string | undefined, Sponsor[]>();
  for (const sponsor of sponsors) groups.set(sponsor.level, [...(groups.get(sponsor.level) ?? []), sponsor]);
  // Sponsors without a level come last, after the named levels in the order posts list them.
  return [...groups.entries()].sort(([a], [b]) => Number(a === undefined) - Number(b === undefined));
}
