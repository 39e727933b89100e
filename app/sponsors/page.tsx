import { SponsorDirectory } from "@/components/sponsor-directory";
import { getMeetupIndex } from "@/lib/meetup-index";
import { site } from "@/lib/site";

export const metadata = { title: "Sponsors", description: "The companies that make Cloud Native London possible." };

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
