import { getLocalImageSize } from "@/lib/public-files";
import type { Organiser } from "@/lib/pages/data-files";
import { withBasePath } from "@/lib/site";

/** The people who run the meetup (data/organisers.yml): photo, name, role, a short bio and their links. */
export function OrganiserList({ organisers }: { organisers: readonly Organiser[] }) {
  return (
    <section className="organisers" aria-labelledby="organisers-heading">
      <h2 id="organisers-heading">Organisers</h2>
      <ul className="organiser-list">
        {organisers.map((person) => (
          <li key={person.name} className="organiser">
            <OrganiserPhoto person={person} />
            <div>
              <h3>{person.name}</h3>
              {person.role ? <p className="meta">{person.role}</p> : null}
              {person.bio ? <p>{person.bio}</p> : null}
              {person.links.length > 0 ? (
                <ul className="organiser-links" aria-label={`${person.name} elsewhere`}>
                  {person.links.map((link) => (
                    <li key={link.url}>
                      <a href={link.url}>{link.label}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function OrganiserPhoto({ person }: { person: Organiser }) {
  if (!person.photo) {
    const initials = person.name
      .split(/\s+/)
      .map((word) => word[0] ?? "")
      .join("")
      .slice(0, 2);
    return (
      <span className="organiser-photo organiser-initials" aria-hidden="true">
        {initials}
      </span>
    );
  }
  const local = person.photo.startsWith("/");
  const size = local ? getLocalImageSize(person.photo) : undefined;
  return (
    <img
      className="organiser-photo"
      src={local ? withBasePath(person.photo) : person.photo}
      alt={person.name}
      width={size?.width ?? 160}
      height={size?.height ?? 160}
      loading="lazy"
      decoding="async"
    />
  );
}
