import type { Element, ElementContent, Parent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

/** The property marking a body element as a gallery: rendered by components/photos/gallery.tsx. */
const GALLERY_PROPERTY = "dataGallery";

const isBlank = (node: ElementContent) => node.type === "text" && !node.value.trim();
const isStandalone = (node: ElementContent | undefined): node is Element =>
  node?.type === "element" && node.tagName === "img" && node.properties.dataStandalone === true;

/** Turns runs of two or more standalone photos, and lists holding only images, into <div data-gallery> galleries. */
export function groupGalleries(tree: Root): void {
  visit(tree, (node) => {
    if (!("children" in node)) return;
    // A gallery's own photos are already grouped.
    if (node.type === "element" && node.properties[GALLERY_PROPERTY]) return SKIP;
    const parent = node as Parent;
    parent.children = groupRuns(parent.children as ElementContent[]).map((child) => listGallery(child) ?? child);
  });
}

function groupRuns(children: ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [];
  let run: Element[] = [];
  let pending: ElementContent[] = [];
  const flush = () => {
    result.push(...(run.length >= 2 ? [gallery(run)] : run), ...pending);
    run = [];
    pending = [];
  };
  for (const child of children) {
    if (isStandalone(child)) {
      run.push(child);
      pending = [];
    } else if (run.length > 0 && isBlank(child)) {
      pending.push(child);
    } else {
      flush();
      result.push(child);
    }
  }
  flush();
  return result;
}

// A list whose every item is one image, alone or in a paragraph.
function listGallery(node: ElementContent): Element | undefined {
  if (node.type !== "element" || (node.tagName !== "ul" && node.tagName !== "ol")) return undefined;
  const items = node.children.filter((child) => !isBlank(child));
  const images = items.map((item) => (item.type === "element" && item.tagName === "li" ? onlyImage(item) : undefined));
  if (images.length < 2 || images.some((image) => !image)) return undefined;
  return gallery(images as Element[]);
}

function onlyImage(node: Element): Element | undefined {
  const [only, ...others] = node.children.filter((child) => !isBlank(child));
  if (others.length > 0 || only?.type !== "element") return undefined;
  return only.tagName === "img" ? only : only.tagName === "p" ? onlyImage(only) : undefined;
}

function gallery(images: Element[]): Element {
  for (const image of images) image.properties.dataStandalone = true;
  return { type: "element", tagName: "div", properties: { [GALLERY_PROPERTY]: true }, children: images };
}
