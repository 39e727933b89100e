import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseEmbed } from "./embeds";
import { renderHtml, renderMarkdown } from "./pipeline";

/** The sanitized HTML of a body, and its problems as "line: message". */
function render(markdown: string) {
  const { tree, problems } = renderMarkdown(markdown);
  return { html: renderHtml(tree), problems: problems.map((problem) => `${problem.line}: ${problem.message}`) };
}

describe("form and booking widgets", () => {
  it("turn each provider's embed code into a button to the form, with none of its script", () => {
    const { html } = render(
      [
        '<script type="text/javascript" src="https://form.jotform.com/jsform/202446622615350"></script>',
        '<script src="https://form.jotformeu.com/jsform/92682794245368"></script>',
        '<div class="calendly-inline-widget" data-url="https://calendly.com/cloudnativelon" style="height:1000px"></div>\n<script src="https://assets.calendly.com/assets/external/widget.js"></script>',
        '<div data-tf-widget="abc123XY"></div><script src="//embed.typeform.com/next/embed.js"></script>',
        '<iframe data-tally-src="https://tally.so/embed/w7bQ1a?alignLeft=1" title="Tally"></iframe>',
      ].join("\n\n"),
    );
    const links = [...html.matchAll(/<a href="([^"]+)" class="form-button">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(links, [
      ["https://form.jotform.com/202446622615350", "Open the form on JotForm"],
      ["https://form.jotformeu.com/92682794245368", "Open the form on JotForm"],
      ["https://calendly.com/cloudnativelon", "Book a time on Calendly"],
      ["https://form.typeform.com/to/abc123XY", "Open the form on Typeform"],
      ["https://tally.so/r/w7bQ1a", "Open the form on Tally"],
    ]);
    assert.doesNotMatch(html, /<script|<iframe|<div|calendly\.com\/assets|embed\.typeform|data-/);
  });

  it("leave a script from anywhere else removed, and a look-alike host unconverted", () => {
    const { html } = render(
      '<script src="https://form.jotform.com.evil.example/jsform/202446622615350"></script>\n\n<div data-url="https://calendly.com.evil.example/x" class="calendly-inline-widget"></div>',
    );
    assert.doesNotMatch(html, /form-button|evil/);
  });

  it("are the only class a link in a body keeps", () => {
    assert.equal(
      render('<a class="form-button big" href="https://example.com/">Go</a>').html,
      '<p><a class="form-button" href="https://example.com/">Go</a></p>',
    );
    assert.doesNotMatch(render('<a class="big" href="https://example.com/">Go</a>').html, /big/);
  });
});

describe("Google Forms", () => {
  const form = "https://docs.google.com/forms/d/e/1FAIpQLSfbYjUSMEM0pKljM2/viewform";

  it("are framed from their exact host and path, and other Google Docs paths become links", () => {
    const { html, problems } = render(
      `<iframe src="${form}?embedded=true" width="640" height="800">Loading…</iframe>\n\n<iframe src="https://docs.google.com/document/d/1abc/edit"></iframe>`,
    );
    assert.match(html, new RegExp(`<iframe src="${form.replaceAll(".", "\\.")}\\?embedded=true"`));
    assert.match(html, /<a href="https:\/\/docs\.google\.com\/document\/d\/1abc\/edit">Embedded content/);
    assert.deepEqual(problems, ["3: an iframe from docs.google.com/document/d/1abc/edit was replaced by a link"]);
  });

  it("load behind a facade that names the form and opens it on Google without JavaScript", () => {
    assert.deepEqual(parseEmbed(`${form}?embedded=true`), {
      kind: "form",
      provider: "Google Forms",
      embedUrl: `${form}?embedded=true`,
      url: form,
    });
  });
});
