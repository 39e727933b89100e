import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import { visit, SKIP } from "unist-util-visit";
import type { VFile } from "vfile";
import { groupGalleries } from "../images/galleries";
import { checkImageLimits } from "../images/limits";
import { checkSourceNesting, checkTreeNesting } from "./body-limits";
import { rehypeFormWidgets } from "./form-widgets";
import { isSitePdf, linkParagraph, rehypePdfEmbeds } from "./pdf-embeds";
import { remarkSpacedPaths } from "./spaced-paths";
import { rehypeTweets } from "./tweets";
import { EMBED_HOSTS, IFRAME_POLICY, isEmbedHost, isEmbedPath, sanitizeSchema } from "./sanitize-schema";
import { sitePathUrl, withoutBasePath } from "../site";
import { findControlCharacter } from "./control-characters";
import { decodePath, getLocalImageSize, isSitePath } from "../public-files";
import type { FileProblem } from "../mistakes/problems";

/** A rendered body: a sanitized HTML tree, the site links it makes, and what was wrong with it. */
export type RenderedBody = {
  tree: Root;
  internalLinks: { path: string; line: number }[];
  problems: FileProblem[];
};

type BodyData = { problems: FileProblem[]; internalLinks: RenderedBody["internalLinks"] };

declare module "vfile" {
  interface DataMap {
    /** What the site rules find in a body, collected for renderMarkdown. */
    body: BodyData;
  }
}

// Built once per process: plugin order is parse -> GFM -> HTML tree -> raw HTML -> sanitize -> site rules.
// Jekyll-era content is adapted where each step needs it (pdf-embeds, spaced-paths, tweets).
const processor = remark()
  .use(remarkGfm)
  .use(remarkSpacedPaths)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypePdfEmbeds)
  .use(rehypeFormWidgets)
  .use(rehypeSanitize, sanitizeSchema)
  .use(() => applySiteRules)
  .use(rehypeTweets)
  .freeze();

/** Render a body (Markdown with raw HTML) to a sanitized tree; throws BodyLimitError, at its line, past a limit. */
export function renderMarkdown(markdown: string): RenderedBody {
  const data: BodyData = { problems: [], internalLinks: [] };
  checkSourceNesting(markdown);
  const mdast = processor.parse(markdown);
  checkTreeNesting(mdast);
  // unified makes a VFile of these options, sharing `data` with this call.
  const tree = processor.runSync(mdast, { data: { body: data } });
  // A PDF's frame and the link beside it name one file: judged once.
  const internalLinks = new Map(data.internalLinks.map((link) => [`${link.line} ${link.path}`, link]));
  return { tree, problems: data.problems, internalLinks: [...internalLinks.values()] };
}

/** Render a short Markdown string (a takeaway) through the same pipeline; a lone paragraph is unwrapped. */
export function renderInlineMarkdown(markdown: string): RenderedBody {
  const rendered = renderMarkdown(markdown);
  const content = rendered.tree.children.filter((node) => !(node.type === "text" && !node.value.trim()));
  const [only] = content;
  if (content.length !== 1 || only?.type !== "element" || only.tagName !== "p") return rendered;
  return { ...rendered, tree: { type: "root", children: only.children } };
}

/** Serialise a rendered tree, e.g. for feeds. */
export function renderHtml(tree: Root): string {
  return toHtml(tree);
}

// The first URL of a <video> or <audio> (its own, its poster's, its <source>s') that is not the site's own.
function findRemoteMedia(node: Element): string | undefined {
  const parts = [node, ...node.children.filter((child): child is Element => child.type === "element")];
  return parts
    .flatMap((part) => [part.properties.src, part.properties.poster])
    .find((url): url is string => typeof url === "string" && !isSitePath(url));
}

function applySiteRules(tree: Root, file: VFile): void {
  const data = file.data.body;
  if (!data) throw new Error("the site rules run only from renderMarkdown, which gives them the body's data");
  const warn = (line: number, message: string, expected: string) =>
    data.problems.push(bodyProblem(line, message, expected, "warning"));
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const line = node.position?.start.line ?? 1;
    // data: URLs stay on images only; iframes are judged, and reported, by allowIframe below.
    if (!["img", "iframe"].includes(node.tagName) && /^data:/i.test(String(node.properties.src ?? "")))
      delete node.properties.src;
    if (node.tagName === "img" && node.properties.src === undefined) {
      // Its URL was unsafe and removed: show what the image was of rather than an empty frame.
      parent.children[index] = { type: "text", value: String(node.properties.alt ?? "") };
      warn(
        line,
        "an image's URL is not http(s), a site path or a data:image, and its alt text is shown instead",
        "![description](/images/photo.jpg) or an https URL",
      );
      return SKIP;
    }
    if (node.tagName === "img") return checkImage(node, line, data);
    if (node.tagName === "a") return checkLink(node, line, data);
    const remote = node.tagName === "video" || node.tagName === "audio" ? findRemoteMedia(node) : undefined;
    if (remote !== undefined) {
      // Inline, where the media was: a <video> in a paragraph stays in it.
      parent.children[index] = h("a", { href: remote }, `${node.tagName === "video" ? "Video" : "Audio"}: ${remote}`);
      const what = `the <${node.tagName}> from ${remote} was replaced by a link`;
      warn(
        line,
        `${what}: another host's media would load on every page view`,
        "media of a file under public/, or a link to the other host",
      );
      return SKIP;
    }
    if (["video", "audio", "source"].includes(node.tagName)) return addMediaPaths(node, line, data);
    const blocked = node.tagName === "iframe" ? checkIframe(node, line, data) : undefined;
    if (blocked) {
      parent.children[index] = blocked;
      return SKIP;
    }
    // Code blocks and tables scroll sideways on a narrow screen: focusable, so that a keyboard scrolls them too.
    if (node.tagName === "pre" || node.tagName === "table") node.properties.tabIndex = 0;
    // A paragraph holding only images becomes the images themselves, so each can be a <figure>.
    const content =
      node.tagName === "p" ? node.children.filter((child) => !(child.type === "text" && !child.value.trim())) : [];
    if (content.length > 0 && content.every((child) => child.type === "element" && child.tagName === "img")) {
      for (const image of content as Element[]) image.properties.dataStandalone = true;
      parent.children.splice(index, 1, ...content);
      return [SKIP, index];
    }
    return undefined;
  });
  groupGalleries(tree);
  checkControlCharacters(tree, data);
}

// A character reference (&#7;) writes a control character the file's own text does not show; the file's
// text itself is checked before it is parsed (lib/content/post-file.ts).
function checkControlCharacters(tree: Root, data: BodyData): void {
  visit(tree, (node) => {
    const values =
      node.type === "text" ? [node.value] : node.type === "element" ? Object.values(node.properties).flat() : [];
    const control = findControlCharacter(values.filter((value) => typeof value === "string").join(" "));
    if (control)
      data.problems.push({ ...control, line: node.position?.start.line ?? 1, field: "body", severity: "error" });
  });
}

function checkImage(node: Element, line: number, data: BodyData): void {
  const src = String(node.properties.src ?? "");
  const report = (severity: FileProblem["severity"], message: string, expected: string) =>
    data.problems.push(bodyProblem(line, message, expected, severity));
  if (src.startsWith("data:") && !/^data:image\/(png|jpe?g|gif|webp|avif);/i.test(src)) {
    delete node.properties.src;
    report("error", "an image has a data: URL that is not an image", "data:image/png, jpeg, gif, webp or avif");
    return;
  }
  if (isRelativeReference(src)) return reportRelative(src, "image", line, data);
  if (/^\s*http:/i.test(src)) {
    report(
      "error",
      `the image ${src} is loaded in the clear, and browsers block it on an https page`,
      "the same image from an https:// URL, or a file under public/",
    );
    return;
  }
  if (!isSitePath(src)) return;
  const path = withoutBasePath(src);
  if (path.includes("\\")) {
    data.problems.push(backslashProblem(path, line));
    return;
  }
  const shown = decodePath(path);
  if (!String(node.properties.alt ?? "").trim())
    report(
      "warning",
      `image ${shown} has no alt text`,
      "a few words saying what the photo shows, e.g. ![Speakers on stage](/images/photo.jpg)",
    );
  const size = getLocalImageSize(path);
  if (!size) report("error", `image ${shown} is not in public/`, `a file at public${shown.split(/[?#]/)[0] ?? shown}`);
  else {
    node.properties.width = size.width;
    node.properties.height = size.height;
    const oversize = checkImageLimits(path, shown);
    if (oversize) report("warning", oversize.message, oversize.expected);
  }
  node.properties.src = sitePathUrl(path);
}

function checkLink(node: Element, line: number, data: BodyData): void {
  const href = String(node.properties.href ?? "");
  if (isRelativeReference(href)) return reportRelative(href, "link", line, data);
  if (isSitePath(href)) node.properties.href = addSitePath(href, line, data);
}

// Each site path a body points at is judged by the check as the build's link check judges the page; a
// backslash, which browsers read as "/", is refused outright.
function addSitePath(href: string, line: number, data: BodyData): string {
  const path = withoutBasePath(href);
  if (path.includes("\\")) data.problems.push(backslashProblem(path, line));
  else data.internalLinks.push({ path, line });
  return sitePathUrl(path);
}

function backslashProblem(path: string, line: number): FileProblem {
  const message = `the path ${path} holds a backslash, which browsers read as "/"`;
  return bodyProblem(line, message, "a site path written with / only, such as /files/slides.pdf");
}

function bodyProblem(line: number, message: string, expected: string, severity: FileProblem["severity"] = "error") {
  return { line, field: "body", message, expected, severity };
}

// A relative reference ("x", "photo.jpg", "todogroup.org") is read from the page that shows it, and no page
// of the site has files beside it: the build's link check would stop on it.
function isRelativeReference(url: string): boolean {
  const trimmed = url.replace(/[\t\n\r]/g, "").trim();
  return trimmed !== "" && !/^([a-z][a-z0-9+.-]*:|[/#?])/i.test(trimmed);
}

// The ends of file names a relative reference is more likely to be than a domain written without https://.
const FILE_NAME = /\.(jpe?g|png|gif|webp|avif|svg|pdf|html?|md|txt|zip|pptx?|key)$/i;

function reportRelative(url: string, kind: "link" | "image", line: number, data: BodyData): void {
  const trimmed = url.trim();
  const domain = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(?=[/?#:]|$)/i.exec(trimmed);
  const guess = domain && !(FILE_NAME.test(trimmed) && !trimmed.includes("/")) ? `https://${trimmed}` : undefined;
  const why = guess ? `did you mean ${guess}?` : "a relative path is read from each page that shows it";
  const expected =
    kind === "image"
      ? "a site path from the top, such as /images/photo.jpg, or a full https:// URL"
      : "a site path from the top, such as /posts/<slug>/, or a full URL starting with https://";
  data.problems.push(bodyProblem(line, `the ${kind} to "${trimmed}" leads nowhere: ${why}`, expected));
}

function addMediaPaths(node: Element, line: number, data: BodyData): void {
  for (const name of ["src", "poster"]) {
    const value = node.properties[name];
    if (typeof value === "string" && isSitePath(value)) node.properties[name] = addSitePath(value, line, data);
  }
}

// An iframe kept, made safe; or, refused, the paragraph that replaces it.
function checkIframe(node: Element, line: number, data: BodyData): Element | undefined {
  const raw = String(node.properties.src ?? "");
  const pdf = isSitePdf(raw);
  const href = raw.startsWith("//") ? `https:${raw}` : raw;
  const url = URL.parse(href) ?? undefined;
  const host = url?.protocol === "https:" ? url.hostname : "";
  const allowed = isEmbedHost(host);
  // Some hosts serve far more than players (docs.google.com): only the listed paths may be framed. An allowed
  // URL is framed as the browser reads it, so that what was checked is exactly what loads.
  const src = pdf ? addSitePath(raw, line, data) : allowed && url && isEmbedPath(url) ? url.href : undefined;
  if (src === undefined) {
    const from = allowed && url ? `${host}${url.pathname}` : host || raw || "nowhere";
    const only = allowed && url ? " (docs.google.com: Slides and Forms only)" : "";
    const expected = `an https iframe from one of ${EMBED_HOSTS.join(", ")}${only}`;
    data.problems.push(bodyProblem(line, `an iframe from ${from} was replaced by a link`, expected, "warning"));
    if (/^https?:\/\//i.test(href)) return linkParagraph({ href }, `Embedded content: ${href}`, undefined);
    return h("p", "Embedded content removed.");
  }
  // The site's own PDF is shown as the link beside it would open it: Chromium shows no PDF in a sandboxed frame.
  Object.assign(node.properties, { src }, pdf ? { loading: "lazy" } : IFRAME_POLICY);
  node.properties.title ??= pdf ? "PDF" : "Embedded content";
  node.children = [];
  return undefined;
}
