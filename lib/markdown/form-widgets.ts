import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { linkParagraph } from "./pdf-embeds";

/** A form or booking widget found in a body: who provides it and the form's own page. */
export type FormWidget = { provider: string; url: string };

// Each provider's embed code, read for the form's address; its script is never kept (lib/markdown/sanitize-schema.ts).
const READERS: ((node: Element) => FormWidget | undefined)[] = [
  // JotForm: <script src="https://form.jotform.com/jsform/ID"> or an iframe of the form itself.
  (node) => {
    const match = /^https:\/\/(form\.jotform(?:eu)?\.com|[a-z0-9-]+\.jotform\.com)\/(?:jsform\/)?(\d{6,20})\/?$/i.exec(
      source(node),
    );
    return match && ["script", "iframe"].includes(node.tagName)
      ? { provider: "JotForm", url: `https://${match[1]}/${match[2]}` }
      : undefined;
  },
  // Typeform: <div data-tf-widget="ID"> (also data-tf-live, data-tf-popup...), or an iframe of the form.
  (node) => {
    const id = ["dataTfWidget", "dataTfLive", "dataTfPopup", "dataTfSlider", "dataTfPopover", "dataTfSidetab"]
      .map((name) => node.properties[name])
      .find((value) => typeof value === "string" && /^[A-Za-z0-9]{4,40}$/.test(value));
    if (typeof id === "string") return { provider: "Typeform", url: `https://form.typeform.com/to/${id}` };
    const match = /^https:\/\/([a-z0-9-]+\.)?typeform\.com\/to\/([A-Za-z0-9]{4,40})/i.exec(source(node));
    return match && node.tagName === "iframe"
      ? { provider: "Typeform", url: `https://form.typeform.com/to/${match[2]}` }
      : undefined;
  },
  // Tally: <iframe data-tally-src="https://tally.so/embed/ID"> or src=.
  (node) => {
    const match = /^https:\/\/tally\.so\/(?:embed|r)\/([A-Za-z0-9]{3,20})/i.exec(
      String(node.properties.dataTallySrc ?? source(node)),
    );
    return match && node.tagName === "iframe"
      ? { provider: "Tally", url: `https://tally.so/r/${match[1]}` }
      : undefined;
  },
  // Calendly: <div class="calendly-inline-widget" data-url="https://calendly.com/name">.
  (node) => {
    const match = /^https:\/\/calendly\.com\/[A-Za-z0-9/_-]+$/i.exec(
      String(node.properties.dataUrl ?? source(node)).split("?")[0] ?? "",
    );
    return match && (node.tagName === "div" || node.tagName === "iframe")
      ? { provider: "Calendly", url: match[0] }
      : undefined;
  },
];

/** The form a node embeds, if it is one of the widgets this site turns into a button. */
export function readFormWidget(node: Element): FormWidget | undefined {
  return READERS.map((read) => read(node)).find((widget) => widget !== undefined);
}

/** Rehype plugin, before sanitizing: a form or booking widget becomes a button to the form; nothing of theirs loads. */
export function rehypeFormWidgets() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const widget = readFormWidget(node);
      if (!widget) return undefined;
      const verb = widget.provider === "Calendly" ? "Book a time" : "Open the form";
      // The one class the sanitizer lets through on a link, so that it is drawn as a button (app/globals.css).
      const properties = { href: widget.url, className: ["form-button"] };
      parent.children[index] = linkParagraph(properties, `${verb} on ${widget.provider}`, node.position);
      return [SKIP, index + 1];
    });
  };
}

function source(node: Element): string {
  const raw = String(node.properties.src ?? "").trim();
  return raw.startsWith("//") ? `https:${raw}` : raw;
}
