import { parse } from "tldts";
import { firstLineOf, replaceKeepingLines, type Rewrite } from "./keep-lines";

// A Markdown link or image destination, and an href or src attribute in HTML.
const MARKDOWN_DESTINATION = /(\]\(\s*<?)([^()<>\s]+)(>?(?:\s+"[^"\n]*")?\s*\))/g;
// A reference-style link's definition: "[label]: url" or "[label]: <url> "title"", on a line of its own.
const REFERENCE_DEFINITION = /^( {0,3}\[[^\]\n]+\]:[ \t]*<?)([^\s<>]+)(>?(?:[ \t]+["'(][^\n]*)?[ \t]*)$/gm;
const HTML_URL = /(\s(?:href|src)\s*=\s*["'])([^"'\n]*)(["'])/gi;
const BUTTON_LINK =
  /<button\b[^>]*?\bonclick\s*=\s*"(?:window\.)?location(?:\.href)?\s*=\s*'([^'"]+)'[^"]*"[^>]*>([\s\S]*?)<\/button>/gi;
const FENCE = /^(```|~~~)[\s\S]*?^\1/gm;

const EMAIL = /^[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const HANDLE = /^@(\w{1,15})$/;
const HOST = /^([a-z0-9.-]+\.([a-z0-9-]+))(?::\d+)?(?:[/?#]\S*)?$/i;
// A name ending like these is a file next to the page, not a host: "slides.pdf", "about.html".
const FILE_EXTENSION =
  /^(html?|md|markdown|png|jpe?g|gif|svg|webp|avif|pdf|xml|json|txt|css|m?js|ya?ml|ics|zip|gz|tar|mp[34]|mov|webm|pptx?|key|docx?|xlsx?|csv|rb|py|sh|php|aspx?)$/i;

/**
 * The URL a link written without a scheme plainly meant: a host name ending in a public suffix (the
 * Public Suffix List, through tldts) gets https://, an email address mailto:, an @handle the profile URL.
 * Undefined for anything else, which `npm run check` names.
 */
export function fixSchemelessUrl(value: string): string | undefined {
  if (EMAIL.test(value)) return `mailto:${value}`;
  const handle = HANDLE.exec(value);
  if (handle) return `https://twitter.com/${handle[1]}`;
  const host = HOST.exec(value);
  // "slides.pdf" and "setup.py" end in a public suffix too, but name files next to the old page.
  if (host && !FILE_EXTENSION.test(host[2] ?? "") && parse(host[1] ?? "").isIcann) return `https://${value}`;
  return undefined;
}

/**
 * Links as the old site's readers followed them (inline, reference-style and HTML): a domain, email or
 * @handle without a scheme gets one, a link relative to the old page becomes a site path (from `oldUrl`, the page's old URL), and a
 * `<button onclick="location.href='...'">` becomes a link. Fenced code is left alone.
 */
export function rewriteLinks(text: string, firstLine: number, oldUrl: string): { text: string; rewrites: Rewrite[] } {
  const rewrites: Rewrite[] = [];
  const fences = [...text.matchAll(FENCE)].map((match) => [match.index, match.index + match[0].length] as const);
  const inCode = (index: number) => fences.some(([start, end]) => index >= start && index < end);

  let output = replaceKeepingLines(text, BUTTON_LINK, firstLine, (match, line) => {
    if (inCode(match.index)) return undefined;
    const [whole, url = "", label = ""] = match;
    const to = `<a href="${url}">${label.trim()}</a>`;
    rewrites.push({ line, from: firstLineOf(whole), to });
    return to;
  });
  // Each pattern captures what comes before the URL, the URL, and what comes after it.
  const fixUrl = (match: RegExpExecArray, line: number) => {
    const [, open = "", url = "", close = ""] = match;
    const fixed = inCode(match.index) ? undefined : (fixSchemelessUrl(url) ?? resolveRelative(url, oldUrl));
    if (fixed === undefined) return undefined;
    if (fixed !== url) rewrites.push({ line, from: url, to: fixed });
    return `${open}${fixed}${close}`;
  };
  for (const pattern of [MARKDOWN_DESTINATION, REFERENCE_DEFINITION, HTML_URL])
    output = replaceKeepingLines(output, pattern, firstLine, fixUrl);
  return { text: output, rewrites };
}

// "product-images/x.jpg" on the old page /cloudnativelondon/ was /cloudnativelondon/product-images/x.jpg.
function resolveRelative(value: string, oldUrl: string): string | undefined {
  if (!value || /^([a-z][a-z0-9+.-]*:|\/|#|\?|\{)/i.test(value)) return undefined;
  try {
    const url = new URL(value, `https://old.invalid${oldUrl}`);
    return decodeURI(`${url.pathname}${url.search}${url.hash}`);
  } catch {
    return undefined;
  }
}
