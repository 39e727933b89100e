import { browserScriptPath } from "@/lib/browser/browser-scripts";
import { formatDate } from "@/lib/content/dates";
import { cfpState, cfpWindow, type CallForSpeakers as Cfp } from "@/lib/pages/call-for-speakers";

/** The call for speakers: "opens on…", a button to the proposal form while it is open, or "closed". */
export function CallForSpeakers({ cfp }: { cfp: Cfp }) {
  const { opensAt, closesAt } = cfpWindow(cfp);
  const atBuild = cfpState(cfp, new Date());
  const lastDay = cfp.closes ? formatDate(cfp.closes) : undefined;
  // All three are in the HTML; lib/browser/call-for-speakers.ts shows the right one by the reader's clock.
  return (
    <section
      className="cfp"
      aria-labelledby="cfp-heading"
      data-cfp=""
      data-opens-at={opensAt?.toISOString()}
      data-closes-at={closesAt?.toISOString()}
    >
      <h2 id="cfp-heading">Call for speakers</h2>
      <div data-when="before" hidden={atBuild !== "before"}>
        <p>
          The call for speakers opens on {opensAt ? formatDate(opensAt) : ""}
          {lastDay ? ` and closes at the end of ${lastDay}` : ""}. Come back then to propose a talk.
        </p>
      </div>
      <div data-when="open" hidden={atBuild !== "open"}>
        <p>
          <a className="button" href={cfp.url}>
            Propose a talk
          </a>
        </p>
        <p className="meta">{lastDay ? `Open until the end of ${lastDay}.` : "Open all year round."}</p>
      </div>
      <div data-when="closed" hidden={atBuild !== "closed"}>
        <p>The call for speakers closed on {lastDay}. The next call opens soon: watch this page or the Meetup group.</p>
      </div>
      <script async type="module" src={browserScriptPath("call-for-speakers")} />
    </section>
  );
}
