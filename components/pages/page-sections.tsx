import { getMeetupIndex } from "@/lib/collection/meetup-index";
import { readOrganisers, readSponsorTiers } from "@/lib/pages/data-files";
import type { PageSection } from "@/lib/pages/page-schema";
import type { SitePage } from "@/lib/pages/pages";
import { OrganiserList } from "./organiser-list";
import { SponsorDirectory } from "../meetups/sponsor-directory";
import { SponsorTiers } from "./sponsor-tiers";

/** The blocks built from data/ that a page lists in `sections`, below its Markdown. */
export function PageSections({ page }: { page: SitePage }) {
  return page.sections.map((section) => <Section key={section} section={section} />);
}

function Section({ section }: { section: PageSection }) {
  if (section === "organisers") return <OrganiserList organisers={readOrganisers().items} />;
  if (section === "sponsor-tiers") return <SponsorTiers tiers={readSponsorTiers().items} />;
  const { sponsors } = getMeetupIndex();
  return (
    <section aria-labelledby="past-sponsors-heading">
      <h2 id="past-sponsors-heading">Past sponsors</h2>
      <p>Thank you to every company that has supported a meetup, and the evenings they made possible.</p>
      <SponsorDirectory sponsors={sponsors} />
    </section>
  );
}
