/** What `npm run new-site` asks for, the rest of site.yml starting as a placeholder or a default. */
export type NewSiteAnswers = Record<"name" | "url" | "timeZone" | "city" | "accent" | "join", string>;

/** The text of a new site.yml: valid as it is, commented for an organiser, every placeholder a check warning. */
export function buildSiteYml(answers: NewSiteAnswers): string {
  const { name, url, timeZone, city, accent, join } = answers;
  const quote = (text: string) => JSON.stringify(text);
  return `# The site's settings: everything that makes it this meetup's. \`npm run check\` validates them, and
# lists each placeholder starting with TODO still to be replaced; docs/adopting.md explains each setting.

name: ${quote(name)}
description: ${quote(`[TODO: one sentence on what ${name} is, for search engines and link previews]`)}
# The address the site is published at (docs/adopting.md says which for GitHub Pages).
url: ${quote(url)}
language: en-GB
timeZone: ${quote(timeZone)}
${city ? `city: ${quote(city)}` : "# city: Manchester"}
# What a meetup costs, shown on every meetup.
price: Free
# The accent colour, in quotes; the dark-mode, favicon and social-card colours are derived from it.
accent: ${quote(accent)}
# A logo: put the image in public/images/ and name it here, e.g. /images/logo.svg. Without one, the
# header shows the name in the accent colour.
# logo: /images/logo.svg
# The organisers' address: the sponsor link writes to it.
# email: hello@example.org

# Where readers join the group and RSVP.
join:
  label: Join the group
  url: ${quote(join)}

# The home page's first screen.
intro:
  headline: ${quote(name)}
  summary: ${quote("[TODO: two sentences: what happens at a meetup, and who is welcome]")}
  chips:
    - { label: How often, value: ${quote("[TODO: Monthly]")} }
    - { label: Where, value: ${quote(city || "[TODO: the city]")} }
    - { label: Cost, value: Free }

# The footer's links, in order.
social:
  - { label: Join the group, url: ${quote(join)} }

# The call for speakers on the speak page: open from \`opens\` to the end of \`closes\`.
# callForSpeakers:
#   opens: 2027-01-01
#   closes: 2027-03-31
#   url: https://forms.example.org/talk-proposals

# Old Jekyll URLs kept as redirects: the old site's \`permalink\` setting, or false (npm run import:jekyll sets it).
legacyPermalinks: false
`;
}
