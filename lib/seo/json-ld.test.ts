import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildPostGraph, buildWebSiteGraph, serializeJsonLd, type JsonLdNode } from "./json-ld";
import { site } from "../site";
import { loadPost, setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const nodeOf = (nodes: JsonLdNode[], type: string) => nodes.find((node) => node["@type"] === type);

describe("JSON-LD", () => {
  it("describes a post as a BlogPosting with everything search engines ask for", () => {
    const graph = buildPostGraph(
      loadPost("title: Talk\ndescription: About it.\nimage: /images/2019-05-cloud-native-london.jpg"),
    );
    const posting = nodeOf(graph["@graph"], "BlogPosting");
    const url = `${site.url}/posts/talk/`;
    assert.equal(graph["@context"], "https://schema.org");
    assert.equal(posting?.headline, "Talk");
    assert.equal(posting?.datePublished, "2019-05-14T23:00:00.000Z");
    assert.equal(posting?.dateModified, "2019-05-14T23:00:00.000Z");
    assert.deepEqual(posting?.author, { "@type": "Organization", name: site.author, url: `${site.url}/` });
    assert.deepEqual(posting?.mainEntityOfPage, { "@type": "WebPage", "@id": url });
    assert.equal((posting?.image as JsonLdNode).url, `${site.url}/images/2019-05-cloud-native-london.jpg`);
    const publisher = posting?.publisher as { "@id": string };
    assert.equal(nodeOf(graph["@graph"], "Organization")?.["@id"], publisher["@id"]);
    assert.equal(nodeOf(graph["@graph"], "Organization")?.name, site.name);
  });

  it("joins the Event of a post about its own meetup to the post's one graph, and links them", () => {
    const graph = buildPostGraph(loadPost("title: Talk\nevent: { date: 2019-05-15, venue: Skills Matter }"));
    const event = nodeOf(graph["@graph"], "Event");
    assert.equal(event?.["@id"], `${site.url}/posts/talk/#event`);
    assert.equal(event?.["@context"], undefined);
    assert.deepEqual(nodeOf(graph["@graph"], "BlogPosting")?.about, [{ "@id": `${site.url}/posts/talk/#event` }]);
  });

  it("leaves a post without an event unlinked to any Event", () => {
    const graph = buildPostGraph(loadPost("title: Talk"));
    assert.equal(nodeOf(graph["@graph"], "Event"), undefined);
    assert.equal(nodeOf(graph["@graph"], "BlogPosting")?.about, undefined);
  });

  it("describes the home page as a WebSite with a search action", () => {
    const website = nodeOf(buildWebSiteGraph()["@graph"], "WebSite");
    assert.equal(website?.url, `${site.url}/`);
    assert.match(JSON.stringify(website?.potentialAction), /\/search\/\?q=\{search_term_string\}/);
  });

  it("serialises so that no title can close the script element, and parses back to the same data", () => {
    const graph = buildPostGraph(loadPost(`title: "</script><script>alert(1)</script> & <!-- x"`));
    const json = serializeJsonLd(graph);
    assert.doesNotMatch(json, /<|>/);
    assert.deepEqual(JSON.parse(json), graph);
    assert.equal(
      nodeOf(JSON.parse(json)["@graph"], "BlogPosting")?.headline,
      "</script><script>alert(1)</script> & <!-- x",
    );
  });
});
