import { distance } from "fastest-levenshtein";
import type { ContentProblem } from "../content/content-error";
import { getLocalImageSize } from "../public-files";
import { checkImageLimits } from "../images/limits";
import { inlineSponsorSchema, type InlineSponsor } from "../content/post-schema";
import { tagSlug } from "../content/tags";
import { parseYamlList, readDataFile, validateEntries } from "../data/yaml-list";
import { env } from "../env";

/** A sponsor as pages show it: name, where it links, its logo and the level it gave at. */
export type Sponsor = { name: string; slug: string; url?: string; logo?: string; level?: string };

/** The sponsors in data/sponsors.yml, with what was wrong in that file. */
export type SponsorRegistry = { file: string; sponsors: Sponsor[]; problems: ContentProblem[] };

/** Read and validate the sponsor registry once (again only when the file changes). */
export function readSponsorRegistry(file: string = env.sponsorsFile): SponsorRegistry {
  return readDataFile(file, parseRegistry, (shown) => ({ file: shown, sponsors: [], problems: [] }));
}

function parseRegistry(file: string, text: string): SponsorRegistry {
  const list = parseYamlList(file, text, {
    field: "sponsors",
    yaml: "valid YAML: a list of sponsors",
    list: "a list of sponsors, each `- name: ...` with url, logo and level",
  });
  const { problems, lineOf, report } = list;
  // A set, not a search of the list so far: a registry of thousands reads in linear time.
  const slugs = new Set<string>();
  const valid = validateEntries(list, inlineSponsorSchema, (entry, index) => {
    const { name, slug, logo } = toSponsor(entry);
    const listed = slugs.has(slug);
    if (listed)
      report(lineOf([index, "name"]), `[${index}].name`, `"${name}" is listed twice`, "one entry per sponsor");
    slugs.add(slug);
    const missingLogo = missingLocalImage(logo);
    const at = { line: lineOf([index, "logo"]), field: `[${index}].logo` };
    if (missingLogo) report(at.line, at.field, missingLogo, "a logo file under public/");
    const oversize = logo && !missingLogo ? checkImageLimits(logo, logo) : undefined;
    if (oversize) problems.push({ file, ...at, ...oversize, severity: "warning" });
    return !listed;
  });
  return { file, sponsors: valid.map(toSponsor), problems };
}

function toSponsor(entry: InlineSponsor): Sponsor {
  const { name, url, logo, level } = entry;
  return { name, slug: tagSlug(name), url, logo: logo?.replace(/^images\//, "/images/"), level };
}

/** A message when `src` is a site path with no file under public/, else undefined. */
export function missingLocalImage(src: string | undefined): string | undefined {
  if (!src || !src.startsWith("/") || src.startsWith("//") || getLocalImageSize(src)) return undefined;
  return `${src} is not in public/`;
}

/** Resolve one `sponsors:` entry: a registry name, or an inline sponsor (merged over its registry entry). */
export function resolveSponsor(entry: string | InlineSponsor, registry: SponsorRegistry): Sponsor | undefined {
  const slug = tagSlug(typeof entry === "string" ? entry : entry.name);
  const known = registry.sponsors.find((sponsor) => sponsor.slug === slug);
  if (typeof entry === "string") return known;
  const inline = toSponsor(entry);
  const defined = Object.fromEntries(Object.entries(inline).filter(([, field]) => field !== undefined));
  return known ? { ...known, ...defined, name: known.name } : inline;
}

/** Up to three registry names near `name` (at least the nearest one), for "did you mean" messages. */
export function closestSponsorNames(name: string, registry: SponsorRegistry) {
  const wanted = name.toLowerCase();
  const ranked = registry.sponsors
    .map((sponsor) => ({ name: sponsor.name, score: distance(wanted, sponsor.name.toLowerCase()) }))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  // Near means at most half the letters differ; "Pusher" is no hint for "Contio".
  const near = ranked.filter((entry) => entry.score <= Math.ceil(Math.max(wanted.length, entry.name.length) / 2));
  return (near.length > 0 ? near : ranked.slice(0, 1)).slice(0, 3).map((entry) => entry.name);
}
