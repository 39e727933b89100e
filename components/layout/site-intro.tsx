import { site } from "@/lib/site";

/** The home page's first words to a newcomer: what the meetup is, how often, where, what it costs, how to join. */
export function SiteIntro() {
  const { headline, summary, facts, join } = site.intro;
  return (
    <section className="intro" aria-labelledby="intro-heading">
      <h1 id="intro-heading">{headline}</h1>
      <p className="intro-summary">{summary}</p>
      <dl className="intro-facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="visually-hidden">{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className="intro-join">
        <a className="button secondary" href={join.href}>
          {join.label}
        </a>
      </p>
    </section>
  );
}
