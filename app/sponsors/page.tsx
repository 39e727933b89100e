import { SponsorDirectory } from "@/components/meetups/sponsor-directory";
import { getMeetupIndex } from "@/lib/collection/meetup-index";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const metadata = buildPageMetadata({
  title: "Sponsors",
  path: "/sponsors/",
  description: `The companies that make ${site.name} possible.`,
});

export default function SponsorsPage() {
  const { sponsors } = getMeetupIndex();
  return (
    <>
      <h1>Sponsors</h1>
      <p>
        Every meetup is made possible by its sponsors. Thank you to all of them. Would your company like to help?{" "}
        <a href={site.links.sponsor}>Get in touch</a>.
      </p>
      <SponsorDirectory sponsors={sponsors} />
    </>
  );
}
