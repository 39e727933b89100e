import { firstLineOf, replaceKeepingLines, type Rewrite } from "./keep-lines";
import type { LeftOver } from "./liquid-rewrites";

/** A form or booking service whose embed names the form's own page, which a reader can open instead. */
type FormService = { name: string; url: (match: RegExpExecArray) => string; pattern: RegExp };

// Each embed: the element that names the form, with the loader script and comments around it if any.
const AROUND = String.raw`(?:<!--[^>]*?-->\s*)*`;
const SCRIPT = String.raw`<script\b[^>]*>[\s\S]*?<\/script>`;
const FORM_SERVICES: FormService[] = [
  {
    name: "JotForm",
    pattern:
      /<script\b[^>]*\bsrc\s*=\s*["'](?:https?:)?\/\/(form\.jotform(?:eu)?\.com|www\.jotform\.com)\/jsform\/(\d+)[^"']*["'][^>]*>\s*<\/script>/gi,
    url: ([, host = "", id = ""]) => `https://${host === "www.jotform.com" ? "form.jotform.com" : host}/${id}`,
  },
  {
    name: "Calendly",
    pattern: new RegExp(
      `${AROUND}<div\\b[^>]*class\\s*=\\s*["'][^"']*calendly-inline-widget[^"']*["'][^>]*data-url\\s*=\\s*["'](https:\\/\\/calendly\\.com\\/[^"'\\s]+)["'][^>]*>\\s*<\\/div>\\s*(?:${SCRIPT}\\s*)?${AROUND}`,
      "gi",
    ),
    url: ([, url = ""]) => url,
  },
  {
    name: "Typeform",
    pattern: new RegExp(
      `<div\\b[^>]*data-tf-(?:widget|live)\\s*=\\s*["']([\\w-]+)["'][^>]*>\\s*<\\/div>\\s*(?:${SCRIPT})?`,
      "gi",
    ),
    url: ([, id = ""]) => `https://form.typeform.com/to/${id}`,
  },
  {
    name: "Tally",
    pattern: new RegExp(
      `<iframe\\b[^>]*data-tally-src\\s*=\\s*["']https:\\/\\/tally\\.so\\/embed\\/([\\w-]+)[^"']*["'][^>]*>[\\s\\S]*?<\\/iframe>\\s*(?:${SCRIPT})?`,
      "gi",
    ),
    url: ([, id = ""]) => `https://tally.so/r/${id}`,
  },
];

const ANY_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const ANY_FORM = /<form\b([^>]*)>[\s\S]*?<\/form>/gi;
// Embedded tweets keep their quote; the site shows them without Twitter's script (lib/jekyll/tweets.ts).
const KEPT_SCRIPTS = /^(?:https?:)?\/\/platform\.(?:twitter|x)\.com\/widgets\.js/i;

/**
 * Third-party widgets in a body: a form or booking embed whose form URL can be read becomes the form
 * facade (a button that opens the form; nothing of the provider loads). Any other script or form is
 * taken out and listed with its line, since the site never runs a script from content.
 */
export function rewriteWidgets(
  text: string,
  firstLine: number,
): { text: string; rewrites: Rewrite[]; leftOver: LeftOver[] } {
  const rewrites: Rewrite[] = [];
  const leftOver: LeftOver[] = [];
  let output = text;
  for (const service of FORM_SERVICES) {
    output = replaceKeepingLines(output, service.pattern, firstLine, (match, line) => {
      const to = formFacade(service.url(match), service.name);
      rewrites.push({ line, from: firstLineOf(match[0]), to });
      return to;
    });
  }
  output = replaceKeepingLines(output, ANY_SCRIPT, firstLine, (match, line) => {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(match[1] ?? "")?.[1];
    if (src && KEPT_SCRIPTS.test(src)) return undefined;
    leftOver.push({ line, tag: firstLineOf(match[0]), why: describeScript(src, match[2] ?? "") });
    return "";
  });
  output = replaceKeepingLines(output, ANY_FORM, firstLine, (match, line) => {
    const action = /\baction\s*=\s*["']([^"']+)["']/i.exec(match[1] ?? "")?.[1];
    leftOver.push({
      line,
      tag: firstLineOf(match[0]),
      why: `a form${action ? ` sending to ${action}` : ""}: this site publishes no forms; link to the service's own page instead`,
    });
    return "";
  });
  return { text: output, rewrites, leftOver };
}

/** The form facade for a form's own URL: a link styled as a button, which opens the provider's page. */
export function formFacade(url: string, service: string): string {
  return `<p><a class="form-link" href="${url}">Open the form (${service})</a></p>`;
}

function describeScript(src: string | undefined, inline: string): string {
  const source = src ?? inline;
  const kind = /paypal|stripe|checkout|buy-button|gumroad/i.test(source)
    ? "a payment widget"
    : /cse\.google|search|algolia/i.test(source)
      ? "a search widget (this site has its own search)"
      : /analytics|gtag|googletagmanager/i.test(source)
        ? "an analytics script"
        : /form|calendly|typeform|tally|booking|hubspot|mailchimp/i.test(source)
          ? "a form or booking widget whose form URL could not be read"
          : "a script";
  return `${kind}${src ? ` from ${src}` : ""}: scripts from content never run here; add a link to the service's own page by hand`;
}
