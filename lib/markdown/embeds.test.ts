import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatStartTime, parseEmbed, parseStartTime } from "./embeds";

describe("parseEmbed: videos", () => {
  it("plays YouTube from youtube-nocookie.com, keeping the start time however it was written", () => {
    const cases: [string, number | undefined][] = [
      ["https://www.youtube.com/watch?v=abcDEF12345", undefined],
      ["https://www.youtube.com/watch?v=abcDEF12345&t=1837", 1837],
      ["https://youtu.be/abcDEF12345?t=1837s", 1837],
      ["https://www.youtube.com/watch?v=abcDEF12345#t=30m37s", 1837],
      ["https://www.youtube.com/embed/abcDEF12345?start=1837", 1837],
      ["//www.youtube-nocookie.com/embed/abcDEF12345", undefined],
      ["https://m.youtube.com/watch?v=abcDEF12345&t=1h0m5s", 3605],
    ];
    for (const [url, start] of cases) {
      const embed = parseEmbed(url);
      assert.equal(embed.kind, "video", url);
      assert.equal(embed.provider, "YouTube");
      assert.equal(embed.start, start, url);
      assert.equal(
        embed.embedUrl,
        `https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1${start ? `&start=${start}` : ""}`,
      );
      assert.equal(embed.url, `https://www.youtube.com/watch?v=abcDEF12345${start ? `&t=${start}s` : ""}`);
    }
  });

  it("leaves a YouTube URL without a video id as a link", () => {
    const embed = parseEmbed("https://www.youtube.com/@CloudNativeLondon");
    assert.equal(embed.embedUrl, undefined);
    assert.equal(embed.url, "https://www.youtube.com/@CloudNativeLondon");
  });

  it("plays Vimeo without tracking", () => {
    assert.equal(
      parseEmbed("https://vimeo.com/123456").embedUrl,
      "https://player.vimeo.com/video/123456?autoplay=1&dnt=1",
    );
  });
});

describe("parseEmbed: slides", () => {
  it("embeds Google Slides, and SlideShare and Speaker Deck players", () => {
    const google = parseEmbed("https://docs.google.com/presentation/d/1AbC_d-E/edit#slide=id.p");
    assert.deepEqual(
      [google.kind, google.provider, google.embedUrl, google.url],
      [
        "slides",
        "Google Slides",
        "https://docs.google.com/presentation/d/1AbC_d-E/embed",
        "https://docs.google.com/presentation/d/1AbC_d-E/edit",
      ],
    );
    assert.equal(
      parseEmbed("https://www.slideshare.net/slideshow/embed_code/key/aBc123").embedUrl,
      "https://www.slideshare.net/slideshow/embed_code/key/aBc123",
    );
    assert.equal(
      parseEmbed("https://speakerdeck.com/player/0f1e2d3c").embedUrl,
      "https://speakerdeck.com/player/0f1e2d3c",
    );
  });

  it("links slides pages that cannot be embedded without asking the provider", () => {
    for (const url of ["https://www.slideshare.net/someone/a-talk", "https://speakerdeck.com/someone/a-talk"]) {
      const embed = parseEmbed(url);
      assert.equal(embed.kind, "slides");
      assert.equal(embed.embedUrl, undefined);
      assert.equal(embed.url, url);
    }
    assert.deepEqual(parseEmbed("https://example.com/slides.pdf"), {
      kind: "other",
      provider: "example.com",
      url: "https://example.com/slides.pdf",
    });
  });
});

describe("start times", () => {
  it("reads seconds and h/m/s forms, and rejects anything else", () => {
    assert.equal(parseStartTime("1837"), 1837);
    assert.equal(parseStartTime("30m37s"), 1837);
    assert.equal(parseStartTime("2h"), 7200);
    assert.equal(parseStartTime("soon"), undefined);
    assert.equal(parseStartTime(""), undefined);
    assert.equal(formatStartTime(1837), "30:37");
    assert.equal(formatStartTime(3605), "1:00:05");
  });
});
