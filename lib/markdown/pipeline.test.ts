import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderHtml, renderInlineMarkdown, renderMarkdown } from "./pipeline";
import { setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const html = (markdown: string) => renderHtml(renderMarkdown(markdown).tree);

describe("renderMarkdown", () => {
  it("lets a keyboard reach code blocks and tables, which scroll sideways on a phone", () => {
    assert.equal(
      html("```sh\nkubectl get pods\n```"),
      '<pre tabindex="0"><code class="language-sh">kubectl get pods\n</code></pre>',
    );
    assert.match(html("| a |\n|---|\n| 1 |"), /^<table tabindex="0">/);
  });

  it("renders GitHub-flavoured Markdown: tables, strikethrough, autolinks and footnotes", () => {
    const output = html("| a |\n|---|\n| 1 |\n\n~~old~~ https://example.com\n\nNote[^1]\n\n[^1]: The footnote.");
    assert.match(output, /<table tabindex="0">/);
    assert.match(output, /<del>old<\/del>/);
    assert.match(output, /<a href="https:\/\/example.com">https:\/\/example.com<\/a>/);
    assert.match(output, /The footnote\./);
  });

  it("never lets a script, an event handler or a javascript: URL through", () => {
    const output = html(
      '<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)">\n\n[x](javascript:alert(3)) <a href="javascript:alert(4)">y</a>',
    );
    assert.doesNotMatch(output, /script|onerror|javascript:|alert/i);
  });

  it("turns an iframe from an unlisted host into a link, and locks down allowed ones", () => {
    const output = html(
      '<iframe src="https://evil.example/x"></iframe>\n\n<iframe src="https://www.youtube.com/embed/abc" onload="x()"></iframe>',
    );
    assert.match(output, /<a href="https:\/\/evil.example\/x">Embedded content: https:\/\/evil.example\/x<\/a>/);
    assert.match(
      output,
      /<iframe src="https:\/\/www.youtube.com\/embed\/abc" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" referrerpolicy="strict-origin-when-cross-origin" loading="lazy"/,
    );
    assert.doesNotMatch(output, /onload/);
  });

  it("reports a local image missing from public/ with its line", () => {
    const { problems } = renderMarkdown("Intro\n\n![Gone](/images/does-not-exist.jpg)");
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [[3, "image /images/does-not-exist.jpg is not in public/"]],
    );
  });

  it("sizes local images and unwraps photos that stand alone", () => {
    const output = html("![Luke Addison](/images/speakers/luke-addison.jpg)");
    assert.equal(
      output,
      '<img src="/images/speakers/luke-addison.jpg" alt="Luke Addison" data-standalone width="480" height="480">',
    );
  });
});

describe("renderInlineMarkdown", () => {
  it("renders a short string without its paragraph, through the same sanitizer", () => {
    const inline = (markdown: string) => renderHtml(renderInlineMarkdown(markdown).tree);
    assert.equal(
      inline("Run as a **DaemonSet**, see [docs](https://ebpf.io/)"),
      'Run as a <strong>DaemonSet</strong>, see <a href="https://ebpf.io/">docs</a>',
    );
    assert.equal(inline('<img src=x onerror="alert(1)"> [x](javascript:alert(2))'), '<img src="x"> <a>x</a>');
    assert.equal(inline("- a list\n- stays a list"), "<ul>\n<li>a list</li>\n<li>stays a list</li>\n</ul>");
  });
});
