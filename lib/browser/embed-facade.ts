/** Browser script: a facade's button becomes the provider's player (address and policy from the page) when pressed. */

document.addEventListener("click", (event) => {
  const poster = event.target instanceof Element ? event.target.closest("button.embed-poster") : null;
  if (!(poster instanceof HTMLButtonElement)) return;
  const { embedSrc, embedTitle, embedAllow, embedSandbox, embedReferrerPolicy } = poster.dataset;
  if (!embedSrc) return;
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", embedSandbox ?? "");
  frame.setAttribute("referrerpolicy", embedReferrerPolicy ?? "strict-origin-when-cross-origin");
  frame.allow = embedAllow ?? "";
  frame.allowFullscreen = true;
  frame.title = embedTitle ?? "";
  frame.src = embedSrc;
  poster.replaceWith(frame);
  frame.focus();
});
