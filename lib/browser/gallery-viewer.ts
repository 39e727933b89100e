// Browser script: a gallery's photo opens larger in a dialog (arrow keys, Previous / Next, Escape or Close; focus
// returns to the photo shown last). Without it each photo is a plain link to its full size.
import { element } from "./document";

let dialog: HTMLDialogElement | undefined;
let links: HTMLAnchorElement[] = [];
let current = 0;

function button(label: string, className: string, onclick: () => void): HTMLButtonElement {
  return element("button", { type: "button", className, onclick }, label);
}

function create(): HTMLDialogElement {
  const created = element("dialog", { className: "gallery-viewer" });
  created.setAttribute("aria-label", "Photo viewer");
  created.append(
    element("figure", { className: "gallery-viewer-figure" }, element("picture"), element("figcaption")),
    element(
      "div",
      { className: "gallery-viewer-controls" },
      button("Previous", "gallery-viewer-previous", () => show(current - 1)),
      button("Next", "gallery-viewer-next", () => show(current + 1)),
      element("a", { className: "gallery-viewer-full" }, "Full size"),
      button("Close", "gallery-viewer-close", () => created.close()),
    ),
  );
  created.addEventListener("keydown", (event) => {
    if (event.key === "ArrowLeft") show(current - 1);
    else if (event.key === "ArrowRight") show(current + 1);
    else return;
    event.preventDefault();
  });
  created.addEventListener("close", () => links[current]?.focus());
  document.body.append(created);
  return created;
}

function show(index: number): void {
  if (!dialog || links.length === 0) return;
  current = (index + links.length) % links.length;
  const link = links[current];
  const picture = link?.querySelector("picture, img");
  const figure = dialog.querySelector("figure");
  if (!link || !picture || !figure) return;
  // The gallery's own sources, asked for at the dialog's width: the browser picks a larger file.
  const copy = picture.cloneNode(true) as HTMLElement;
  for (const image of copy.matches("img") ? [copy] : Array.from(copy.querySelectorAll("source, img"))) {
    image.setAttribute("sizes", "(min-width: 64rem) 60rem, 100vw");
    image.removeAttribute("class");
    image.setAttribute("loading", "eager");
  }
  figure.querySelector("picture")?.replaceWith(copy.matches("picture") ? copy : element("picture", {}, copy));
  const caption = figure.querySelector("figcaption");
  const alt = link.querySelector("img")?.alt ?? "";
  if (caption) caption.textContent = `${alt} (${current + 1} of ${links.length})`;
  const full = dialog.querySelector<HTMLAnchorElement>(".gallery-viewer-full");
  if (full) full.href = link.href;
}

document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.gallery-link") : null;
  const gallery = link?.closest(".gallery");
  if (!(link instanceof HTMLAnchorElement) || !gallery) return;
  // A new tab or window, as the reader asked.
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
  event.preventDefault();
  dialog ??= create();
  links = Array.from(gallery.querySelectorAll<HTMLAnchorElement>("a.gallery-link"));
  show(links.indexOf(link));
  dialog.showModal();
  dialog.querySelector<HTMLButtonElement>(".gallery-viewer-next")?.focus();
});
