import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PostBody } from "../../components/posts/post-body";
import { renderMarkdown } from "./pipeline";

const page = (markdown: string) =>
  renderToStaticMarkup(createElement(PostBody, { tree: renderMarkdown(markdown).tree }));

describe("iframes in post bodies", () => {
  it("turn a raw YouTube iframe into a facade that loads nothing until pressed", () => {
    const html = page('<iframe src="https://www.youtube.com/embed/abcDEF12345?start=90" title="Cortex talk"></iframe>');
    assert.doesNotMatch(html, /<iframe/);
    assert.doesNotMatch(html, /<img/);
    // The button carries the player the browser script loads when pressed: no-cookie host, same start time.
    assert.match(
      html,
      /<button type="button" class="embed-poster" data-embed-src="https:\/\/www.youtube-nocookie.com\/embed\/abcDEF12345\?autoplay=1&amp;start=90"/,
    );
    assert.match(html, /data-embed-sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"/);
    assert.match(html, /Play video: <\/span><span class="embed-title">Cortex talk<\/span>/);
    assert.match(html, /YouTube · from 1:30/);
    assert.match(html, /<a href="https:\/\/www.youtube.com\/watch\?v=abcDEF12345&amp;t=90s">Watch on YouTube<\/a>/);
  });

  it("do the same for slides and other allowed players, and link what cannot be shown", () => {
    const html = page(
      '<iframe src="https://docs.google.com/presentation/d/1AbC/embed"></iframe>\n\n' +
        '<iframe src="https://speakerdeck.com/player/0f1e2d3c"></iframe>\n\n' +
        '<iframe src="https://www.slideshare.net/slideshow/embed_code/key/aBc"></iframe>\n\n' +
        '<iframe src="https://player.vimeo.com/video/123"></iframe>',
    );
    assert.doesNotMatch(html, /<iframe/);
    assert.equal(html.match(/Show slides: /g)?.length, 3);
    assert.equal(html.match(/Play video: /g)?.length, 1);
    for (const provider of ["Google Slides", "Speaker Deck", "SlideShare", "Vimeo"])
      assert.match(html, new RegExp(`on ${provider}</a>`));
  });
});
