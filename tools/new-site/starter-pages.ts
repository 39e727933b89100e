/** The starter pages of `npm run new-site`, with `[TODO: ...]` where only the organisers know what to write. */
export function starterPages(name: string): Record<string, string> {
  return {
    "about.md": page(
      ["title: About us", `description: Who runs ${name}, what happens at a meetup, and how to get involved.`],
      ["nav: { label: About, order: 70 }", "schema_type: AboutPage"],
      `${name} is [TODO: one paragraph on what the meetup is about, how often it meets, and who it is for].

## What happens at a meetup

[TODO: the evening's shape: doors, talks, food and drink, when it ends.]

## Who runs it

[TODO: the organisers' names, and how to reach them.]`,
    ),
    "code-of-conduct.md": page(
      ["title: Code of conduct", `description: What we expect of everyone at ${name}, and how to report a problem.`],
      ["nav: { order: 1, menu: footer }", "schema_type: ContactPage"],
      `${name} is for everyone. We want every attendee, speaker, sponsor and volunteer to have a good time,
whatever their experience, background or identity.

## What we expect

- Be kind and patient, especially with people who are new.
- Disagree with ideas, never with people.
- Harassment is never acceptable: unwelcome comments, photography or contact, intimidation, or disrupting talks.

## How to report a problem

Speak to any organiser on the night, or write to [TODO: the address that reaches the organisers] at any
time. We reply within [TODO: how many days], and we keep what you tell us between the organisers.`,
    ),
    "speak.md": page(
      ["title: Speak at a meetup", "description: What talks we look for and how to propose one."],
      ["nav: { label: Speak, order: 25 }", "sections: [call-for-speakers]"],
      `We welcome first-time speakers. [TODO: what talks fit: the audience, the topics, how long a talk is.]

## How to propose a talk

While the call for speakers is open (\`callForSpeakers\` in site.yml), the button below opens the proposal
form. [TODO: what happens after someone proposes a talk.]`,
    ),
    "sponsor.md": page(
      ["title: Sponsor us", `description: What sponsoring ${name} costs and what sponsors get.`],
      ["nav: { label: Sponsor us, order: 3, menu: footer }", "schema_type: ContactPage"],
      `Sponsors keep every meetup going. [TODO: what a sponsor pays for: food, drinks, a room, a video.]

## What sponsors get

[TODO: what each sponsor gets, and what it costs.]

## Get in touch

[TODO: how a sponsor reaches the organisers.]`,
    ),
    "venue.md": page(
      ["title: Venue and access", `description: Where ${name} meets, how to get in, and step-free access.`],
      ["nav: { label: Venue and access, order: 2, menu: footer }", "schema_type: ContactPage"],
      `[TODO: where the meetups usually are, and how each meetup's page says when it is somewhere else.]

## Getting in

[TODO: the entrance, signing in, what to bring.]

## Access

[TODO: step-free access, toilets, quiet space, and who to ask for help on the night.]`,
    ),
  };
}

function page(head: string[], settings: string[], body: string): string {
  return `---\n${[...head, ...settings].join("\n")}\n---\n\n${body}\n`;
}
