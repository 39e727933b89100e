import type { Element } from "hast";
import { readFormWidget } from "../../../lib/markdown/form-widgets";
import { firstLineOf, replaceKeepingLines } from "./keep-lines";
import type { LeftOver } from "./liquid-rewrites";

const ANY_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const ANY_FORM = /<form\b([^>]*)>[\s\S]*?<\/form>/gi;
// Scripts of embeds the site shows without them: tweets (lib/markdown/tweets.ts), and the loaders of the
// form widgets it shows as buttons (lib/markdown/form-widgets.ts).
const KEPT_SCRIPTS =
  /^(?:https?:)?\/\/(?:platform\.(?:twitter|x)\.com\/widgets\.js|assets\.calendly\.com\/|embed\.typeform\.com\/|tally\.so\/widgets\/)/i;

// What a script is, by its source or text: the first pattern that matches names it.
const SCRIPT_KINDS: [RegExp, string][] = [
  [/paypal|stripe|checkout|buy-button|gumroad/i, "a payment widget"],
  [/cse\.google|search|algolia/i, "a search widget (this site has its own search)"],
  [/analytics|gtag|googletagmanager/i, "an analytics script"],
  [
    /form|calendly|typeform|tally|booking|hubspot|mailchimp/i,
    "a form or booking widget whose form URL could not be read",
  ],
];

/** Third-party widgets in a body: a form embed the site can read stays (a button), any other script or form goes. */
export function rewriteWidgets(text: string, firstLine: number): { text: string; leftOver: LeftOver[] } {
  const leftOver: LeftOver[] = [];
  let output = replaceKeepingLines(text, ANY_SCRIPT, firstLine, (match, line) => {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(match[1] ?? "")?.[1];
    const script: Element = { type: "element", tagName: "script", properties: { src }, children: [] };
    if (src && (KEPT_SCRIPTS.test(src) || readFormWidget(script))) return undefined;
    const kind = SCRIPT_KINDS.find(([pattern]) => pattern.test(src ?? match[2] ?? ""))?.[1] ?? "a script";
    const why = `${kind}${src ? ` from ${src}` : ""}: scripts from content never run here; add a link to the service's own page by hand`;
    leftOver.push({ line, tag: firstLineOf(match[0]), why });
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
  return { text: output, leftOver };
}
