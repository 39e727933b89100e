import { site } from "@/lib/site";

/** After the posts, for a newcomer: what the meetup is, how often, where, what it costs, and how to join. */
export function SiteIntro() {
  const { summary, facts, join } = site.intro;
  return (
    <section className="intro" aria-labelledby="about-heading">
      <h2 id="about-heading">New here?</h2>
      <p>{summary}</p>
      <dl className="intro-facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="visually-hidden">{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <a className="button" href={join.href}>
        {join.label}
      </a>
    </section>
  );
}
