import type { SponsorTier } from "@/lib/pages/data-files";

/** Ways to sponsor (data/sponsor-tiers.yml): each tier's price, what it gets, and a button to ask for it. */
export function SponsorTiers({ tiers }: { tiers: readonly SponsorTier[] }) {
  return (
    <section className="sponsor-tiers" aria-labelledby="tiers-heading">
      <h2 id="tiers-heading">Ways to sponsor</h2>
      <ul className="tier-list">
        {tiers.map((tier) => (
          <li key={tier.name} className="tier">
            <h3>{tier.name}</h3>
            {tier.price ? <p className="tier-price">{tier.price}</p> : null}
            {tier.summary ? <p>{tier.summary}</p> : null}
            {tier.benefits.length > 0 ? (
              <ul>
                {tier.benefits.map((benefit) => (
                  <li key={benefit}>{benefit}</li>
                ))}
              </ul>
            ) : null}
            {tier.contact ? (
              <p>
                <a className="button" href={tier.contact}>
                  Ask about {tier.name.toLowerCase()}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
