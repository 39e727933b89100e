import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findPageLinks } from "./page-links";

describe("the links of a page", () => {
  it("finds links, images, scripts, stylesheets, srcset candidates and posters, entities decoded", () => {
    const html = [
      '<html><head><link rel="stylesheet" href="/_next/a.css"/><script src="/_next/a.js" async=""></script></head>',
      "<body><a href='/posts/a/?x=1&amp;y=2'>a</a><img src=/images/b.jpg alt=\"x > y\">",
      '<picture><source srcset="/images/c-1x.jpg 1x, /images/c-2x.jpg 2x"></picture>',
      '<video poster="/images/d.jpg"><source src="/video/e.mp4"></video><p title="/not/a/link">x</p></body></html>',
    ].join("");
    assert.deepEqual(findPageLinks(html), [
      "/_next/a.css",
      "/_next/a.js",
      "/posts/a/?x=1&y=2",
      "/images/b.jpg",
      "/images/c-1x.jpg",
      "/images/c-2x.jpg",
      "/images/d.jpg",
      "/video/e.mp4",
    ]);
  });

  it("finds every width of a <picture> as React writes it (srcSet), in each format", () => {
    const html = [
      '<picture><source type="image/avif" srcSet="/images/processed/k/a-360.avif 360w, /images/processed/k/a-720.avif 720w"',
      ' sizes="(min-width: 46rem) 44rem, calc(100vw - 2rem)"/>',
      '<img src="/images/processed/k/a-720.jpg" srcSet="/images/processed/k/a-360.jpg 360w, /images/processed/k/a-720.jpg 720w" alt=""/></picture>',
    ].join("");
    assert.deepEqual(findPageLinks(html), [
      "/images/processed/k/a-360.avif",
      "/images/processed/k/a-720.avif",
      "/images/processed/k/a-720.jpg",
      "/images/processed/k/a-360.jpg",
      "/images/processed/k/a-720.jpg",
    ]);
  });

  it("follows a refresh redirect and absolute meta URLs, and skips preconnect hints", () => {
    const html = [
      '<meta http-equiv="refresh" content="0; url=/new/"/>',
      '<meta property="og:image" content="https://example.org/og.png"/><meta name="description" content="Talks"/>',
      '<link rel="preconnect" href="https://fonts.example"/>',
    ].join("");
    assert.deepEqual(findPageLinks(html), ["/new/", "https://example.org/og.png"]);
  });

  it("reads the URLs of JSON-LD but not markup quoted inside other scripts, styles or comments", () => {
    const html = [
      '<script type="application/ld+json">{"@graph":[{"url":"https://example.org/posts/a/","name":"A"}]}</script>',
      '<script>self.__next_f.push([1,"<a href=\\"/quoted/\\">"])</script>',
      '<style>a::after{content:"<img src=/styled.png>"}</style><!-- <a href="/commented/"> -->',
      '<a href="/real/">r</a>',
    ].join("");
    assert.deepEqual(findPageLinks(html), ["https://example.org/posts/a/", "/real/"]);
  });
});
