import type { Organiser } from "@/lib/pages/data-files";
import { PersonAvatar } from "../meetups/person-avatar";

/** The people who run the meetup (data/organisers.yml): photo, name, role, a short bio and their links. */
export function OrganiserList({ organisers }: { organisers: readonly Organiser[] }) {
  return (
    <section className="organisers" aria-labelledby="organisers-heading">
      <h2 id="organisers-heading">Organisers</h2>
      <ul className="organiser-list">
        {organisers.map((person) => (
          <li key={person.name} className="organiser">
            <PersonAvatar name={person.name} photo={person.photo} size={80} />
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
