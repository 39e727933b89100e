import { getMeetupIndex } from "@/lib/collection/meetup-index";
import { readOrganisers, readSponsorTiers } from "@/lib/pages/data-files";
import type { PageSection } from "@/lib/pages/page-schema";
import type { SitePage } from "@/lib/pages/page-file";
import { LinkList } from "../layout/link-list";
import { PersonAvatar } from "../meetups/person-avatar";
import { SponsorDirectory } from "../meetups/sponsor-directory";

/** The blocks built from data/ that a page lists in `sections`, below its Markdown. */
export function PageSections({ page }: { page: SitePage }) {
  return page.sections.map((section) => <Section key={section} section={section} />);
}

function Section({ section }: { section: PageSection }) {
  // Shown above the Markdown, where most readers of the page look for it (site-page-view.tsx).
  if (section === "call-for-speakers") return null;
  if (section === "organisers") return <Organisers />;
  if (section === "sponsor-tiers") return <SponsorTiers />;
  const { sponsors } = getMeetupIndex();
  return (
    <section aria-labelledby="past-sponsors-heading">
      <h2 id="past-sponsors-heading">Past sponsors</h2>
      <p>Thank you to every company that has supported a meetup, and the evenings they made possible.</p>
      <SponsorDirectory sponsors={sponsors} />
    </section>
  );
}

/** The people who run the meetup (data/organisers.yml): photo, name, role, a short bio and their links. */
function Organisers() {
  return (
    <section className="organisers" aria-labelledby="organisers-heading">
      <h2 id="organisers-heading">Organisers</h2>
      <ul className="organiser-list">
        {readOrganisers().items.map((person) => (
          <li key={person.name} className="organiser">
            <PersonAvatar name={person.name} photo={person.photo} size={80} />
            <div>
              <h3>{person.name}</h3>
              {person.role ? <p className="meta">{person.role}</p> : null}
              {person.bio ? <p>{person.bio}</p> : null}
              <LinkList
                className="organiser-links"
                aria-label={`${person.name} elsewhere`}
                links={person.links.map(({ url, label }) => ({ href: url, label }))}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Ways to sponsor (data/sponsor-tiers.yml): each tier's price, what it gets, and a button to ask for it. */
function SponsorTiers() {
  return (
    <section className="sponsor-tiers" aria-labelledby="tiers-heading">
      <h2 id="tiers-heading">Ways to sponsor</h2>
      <ul className="tier-list">
        {readSponsorTiers().items.map((tier) => (
          <li key={tier.name} className="tier">
            <h3>{tier.name}</h3>
            {tier.price ? <p className="tier-price">{tier.price}</p> : null}
            {tier.summary ? <p>{tier.summary}</p> : null}
            {tier.benefits.length > 0 ? (
              <ul>
                {tier.benefits.map((benefit) => (
                  <li key={benefit}>{benefit}</li>
                ))}
              </ul>
            ) : null}
            {tier.contact ? (
              <p>
                <a className="button" href={tier.contact}>
                  Ask about {tier.name.toLowerCase()}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
