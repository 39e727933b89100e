import { SponsorDirectory } from "@/components/meetups/sponsor-directory";
import { getMeetupIndex } from "@/lib/collection/meetup-index";
import { getSitePaths } from "@/lib/lists/site-paths";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site, withBasePath } from "@/lib/site";

export const metadata = buildPageMetadata({
  title: "Sponsors",
  path: "/sponsors/",
  description: `The companies that make ${site.name} possible.`,
});

export default function SponsorsPage() {
  const { sponsors } = getMeetupIndex();
  // The sponsor page where the site has one (content/pages/sponsor.md), else the organisers' address.
  const page = site.links.sponsorPage;
  const invite = getSitePaths().has(page) ? withBasePath(page) : site.links.sponsor;
  return (
    <>
      <h1>Sponsors</h1>
      <p>Every meetup is made possible by its sponsors, who keep it free for everyone. Thank you to all of them.</p>
      <SponsorDirectory
        sponsors={sponsors}
        invite={
          <li className="tile tile-invite">
            <a href={invite} className="tile-link">
              <span className="tile-plus" aria-hidden="true">
                +
              </span>
              <span className="tile-name">Become a sponsor</span>
              <span className="tile-detail">Keep the meetup free, and meet the people who build cloud native.</span>
            </a>
          </li>
        }
      />
    </>
  );
}
