import { sitePathUrl, site } from "@/lib/site";

/** The meetup's logo beside its name (site.yml's `logo`), or nothing: the name alone is then its wordmark. */
export function BrandMark() {
  if (!site.logo) return null;
  // The logo is as decorative as the name beside it is not: the link's name is the meetup's.
  return <img className="brand-mark" src={sitePathUrl(site.logo)} alt="" width={32} height={32} />;
}
