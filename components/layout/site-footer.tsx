import { site } from "@/lib/site";

const LINKS = [
  { href: site.links.meetup, label: "Meetup group" },
  { href: site.links.youtube, label: "YouTube" },
  { href: site.links.slack, label: "Slack" },
  { href: site.links.speak, label: "Speak at a meetup" },
  { href: site.links.sponsor, label: "Sponsor us" },
] as const;

/** The meetup's links, on every page. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <nav aria-label={`${site.name} elsewhere`}>
          <ul>
            {LINKS.map((link) => (
              <li key={link.label}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          {site.name}: {site.description}
        </p>
      </div>
    </footer>
  );
}
