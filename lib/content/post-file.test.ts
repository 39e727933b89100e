import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatProblem } from "./content-error";
import { readPostFile } from "./post-file";
import { post, setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const FILE = "posts/2018-10-09-october.md";

function errors(source: string, file = FILE): string[] {
  return readPostFile(file, source)
    .problems.filter((p) => p.severity === "error")
    .map(formatProblem);
}

describe("readPostFile: dates and slugs", () => {
  it("takes the date and slug from the file name", () => {
    const { post: result } = readPostFile(FILE, post("title: October"));
    assert.equal(result?.slug, "october");
    assert.equal(result?.date.toISOString(), "2018-10-08T23:00:00.000Z");
    assert.equal(result?.url, "/posts/october/");
  });

  it("lets a date: field win over the file name, in the site's time zone", () => {
    const { post: result } = readPostFile(FILE, post("title: October\ndate: 2018-10-10 18:30"));
    assert.equal(result?.date.toISOString(), "2018-10-10T17:30:00.000Z");
  });

  it("accepts Jekyll's date format with an offset", () => {
    const { post: result } = readPostFile(FILE, post("title: October\ndate: 2018-10-10 18:30:00 +0000"));
    assert.equal(result?.date.toISOString(), "2018-10-10T18:30:00.000Z");
  });

  it("needs a date from somewhere", () => {
    assert.deepEqual(errors(post("title: Undated"), "posts/undated.md"), [
      "posts/undated.md:1: date: is missing: the file name has no date and there is no date: field (a name like 2018-10-09-undated.md, or a date such as 2018-10-09, or 2018-10-09 18:30 with an optional offset like +01:00)",
    ]);
  });

  it("refuses spaces and symbols in the slug", () => {
    assert.deepEqual(errors(post("title: x"), "posts/2018-10-09-My Post.md"), [
      'posts/2018-10-09-My Post.md:1: file name: slug "My Post" has spaces or symbols (letters, digits and hyphens, e.g. 2018-10-09-my-post.md)',
    ]);
  });

  it("accepts capitals in the name, as Jekyll did: the page is at the lower-case slug", () => {
    const name = "posts/2019-07-03-cloud-native-london-july-2019-Suade-Labs-SUSE.md";
    const { post: result, problems } = readPostFile(name, post("title: July"));
    assert.deepEqual(problems, []);
    assert.equal(result?.url, "/posts/cloud-native-london-july-2019-suade-labs-suse/");
    assert.equal(result?.nameSlug, "cloud-native-london-july-2019-Suade-Labs-SUSE");
  });
});

describe("readPostFile: empty fields are absent, as Jekyll read them", () => {
  it("ignores a bare field at any depth with a warning on its line, whatever the field", () => {
    const source = post("title: x\ntwitter_moment:\ntags:\nimage:\nspeakers:\n  - name: Ana\n    photo:");
    const { post: result, problems } = readPostFile(FILE, source);
    assert.deepEqual(problems.map(formatProblem), [
      `${FILE}:3: twitter_moment: warning: is empty and is ignored (a value, or no such line)`,
      `${FILE}:4: tags: warning: is empty and is ignored (a value, or no such line)`,
      `${FILE}:5: image: warning: is empty and is ignored (a value, or no such line)`,
      `${FILE}:8: speakers[0].photo: warning: is empty and is ignored (a value, or no such line)`,
    ]);
    assert.deepEqual(result?.tags, []);
    assert.equal(result?.twitter_moment, undefined);
    assert.equal(result?.speakers[0]?.name, "Ana");
  });

  it("still needs a title: an empty one is missing", () => {
    assert.deepEqual(errors(post("title:")), [
      `${FILE}:2: title: is empty (text, e.g. title: Cloud Native London, October 2018)`,
    ]);
  });
});

describe("readPostFile: front-matter errors name file, line and field", () => {
  it("a missing title", () => {
    assert.deepEqual(errors(post("description: no title")), [
      `${FILE}:1: title: is missing (text, e.g. title: Cloud Native London, October 2018)`,
    ]);
  });

  it("a title that is a list", () => {
    assert.deepEqual(errors(post("description: x\ntitle:\n  - a\n  - b")), [
      `${FILE}:3: title: is a list (text, e.g. title: Cloud Native London, October 2018; text that starts with [ or { goes in double quotes)`,
    ]);
  });

  it("a date that is not a date", () => {
    assert.deepEqual(errors(post("title: x\ndate: next Tuesday")), [
      `${FILE}:3: date: "next Tuesday" is not a date (a date such as 2018-10-09, or 2018-10-09 18:30 with an optional offset like +01:00)`,
    ]);
  });

  it("an impossible calendar date", () => {
    assert.match(errors(post("title: x\ndate: 2018-02-31"))[0] ?? "", /:3: date: "2018-02-31" is not a date/);
  });

  it("broken YAML, with its line", () => {
    assert.deepEqual(errors("---\ntitle: x\ntags: [a, b\nlocation: y\n---\nbody"), [
      `${FILE}:3: tags: opens a list with [ that is never closed (a closing ] on the same line: tags: [a, b])`,
    ]);
  });

  it("duplicate keys", () => {
    assert.deepEqual(errors("---\ntitle: x\ntitle: y\n---\n"), [
      `${FILE}:3: title: appears twice: line 2 has it already (one title: line; delete the other)`,
    ]);
  });

  it("a published flag that is not a boolean", () => {
    assert.deepEqual(errors(post("title: x\npublished: maybe")), [
      `${FILE}:3: published: is the text "maybe" (true or false)`,
    ]);
  });

  it("a redirect_to that is not http(s)", () => {
    assert.deepEqual(errors(post("title: x\nredirect_to: javascript:alert(1)")), [
      `${FILE}:3: redirect_to: is not an accepted URL (an http(s) URL)`,
    ]);
  });

  it("an empty file, and a file without front matter", () => {
    assert.deepEqual(errors(""), [
      `${FILE}:1: file: is empty (front matter with at least a title, then the post in Markdown)`,
    ]);
    assert.deepEqual(errors("# Just Markdown\n"), [
      `${FILE}:1: front matter: is missing (the file to start with a --- line, a title: line and another --- line)`,
    ]);
  });

  it("reports an unknown field as a warning, not an error", () => {
    const { post: result, problems } = readPostFile(FILE, post("title: x\nauthor: someone"));
    assert.ok(result);
    assert.deepEqual(problems.map(formatProblem), [
      `${FILE}:3: author: warning: is not a field this site knows and is ignored (see CONTRIBUTING.md for the fields)`,
    ]);
  });
});

describe("readPostFile: Jekyll front matter", () => {
  it("reads yes/no booleans, quoted-number tags and space-separated tags as Jekyll did", () => {
    const { post: a } = readPostFile(
      FILE,
      post('title: x\npublished: no\nhide_image: yes\ntags:\n  - "2018"\n  - Meetup'),
    );
    assert.equal(a?.published, false);
    assert.equal(a?.hide_image, true);
    assert.deepEqual(
      a?.tags.map((tag) => tag.name),
      ["2018", "Meetup"],
    );
    const { post: b } = readPostFile(FILE, post("title: x\ntags: kubernetes cloud-native"));
    assert.deepEqual(
      b?.tags.map((tag) => tag.slug),
      ["kubernetes", "cloud-native"],
    );
  });

  it("accepts a byte-order mark and CRLF line endings", () => {
    const { post: result } = readPostFile(FILE, "\uFEFF---\r\ntitle: Windows\r\n---\r\n\r\nBody text.\r\n");
    assert.equal(result?.title, "Windows");
    assert.equal(result?.excerpt, "Body text.");
  });

  it("resolves {{ site.baseurl }} and reports other Liquid with its line", () => {
    assert.deepEqual(
      errors(post("title: x", "![a]({{ site.baseurl }}/images/speakers/luke-addison.jpg)\n\n{% include foo.html %}")),
      [
        `${FILE}:7: body: Liquid tag {% include foo.html %} cannot be rendered (only {{ site.baseurl }}, {{ site.url }}, the relative_url and absolute_url filters and {% raw %} are supported)`,
      ],
    );
  });

  it("resolves Jekyll's relative_url and absolute_url filters like {{ site.baseurl }}", () => {
    const body = [
      '![a]({{ "/images/speakers/luke-addison.jpg" | relative_url }})',
      "",
      "[home]({{ '/' | absolute_url }}) and [b]({{ '/posts/x/' | prepend: site.baseurl }})",
    ].join("\n");
    const { post: result, problems } = readPostFile(FILE, post("title: x", body));
    assert.deepEqual(
      problems.filter((problem) => problem.field === "body"),
      [],
    );
    const html = JSON.stringify(result?.body);
    assert.match(html, /"src":"\/images\/speakers\/luke-addison.jpg"/);
    assert.match(html, /"href":"https:\/\/[^"]+\/"/);
    assert.deepEqual(
      result?.internalLinks.map((link) => link.path),
      ["/posts/x/"],
    );
  });
});
