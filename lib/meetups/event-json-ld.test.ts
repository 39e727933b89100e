import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildEventJsonLd } from "./event-json-ld";
import { readPostFile } from "../content/post-file";
import { post, setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

function jsonLd(frontMatter: string) {
  const { post: result, problems } = readPostFile(
    "posts/2018-10-09-october.md",
    post(`title: October 2018\n${frontMatter}`),
  );
  assert.deepEqual(problems, []);
  assert.ok(result);
  return buildEventJsonLd(result);
}

describe("buildEventJsonLd", () => {
  it("describes an in-person meetup as a schema.org Event", () => {
    const event = jsonLd(
      "description: Three talks.\nimage: /images/2018-10-cloud-native-london.jpg\n" +
        "event: { date: 2018-10-09, start: '18:30', end: '21:00', venue: Skills Matter, address: '10 South Place, London' }\n" +
        "speakers:\n  - { name: Luke Addison, org: Jetstack, photo: /images/speakers/luke-addison.jpg }\n  - { name: Paul Fremantle }",
    );
    assert.deepEqual(event, {
      "@type": "Event",
      "@id": "https://cloudnative.london/posts/october/#event",
      name: "October 2018",
      description: "Three talks.",
      startDate: "2018-10-09T18:30:00+01:00",
      endDate: "2018-10-09T21:00:00+01:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "Skills Matter", address: "10 South Place, London" },
      performer: [
        {
          "@type": "Person",
          name: "Luke Addison",
          affiliation: { "@type": "Organization", name: "Jetstack" },
          image: "https://cloudnative.london/images/speakers/luke-addison.jpg",
        },
        { "@type": "Person", name: "Paul Fremantle" },
      ],
      organizer: { "@type": "Organization", name: "Cloud Native London", url: "https://cloudnative.london/" },
      url: "https://cloudnative.london/posts/october/",
      image: ["https://cloudnative.london/images/2018-10-cloud-native-london.jpg"],
    });
  });

  it("uses VirtualLocation and mixed or online attendance for streamed meetups", () => {
    const online = jsonLd("event: { date: 2021-03-03 18:30, online: 'https://youtube.com/live/x' }");
    assert.equal(online?.eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
    assert.deepEqual(online?.location, { "@type": "VirtualLocation", url: "https://youtube.com/live/x" });
    // London is on GMT in March 2021, so the offset is Z.
    assert.equal(online?.startDate, "2021-03-03T18:30:00Z");
    const mixed = jsonLd("event: { date: 2021-03-03, start: '18:30', venue: Hall, online: true }");
    assert.equal(mixed?.eventAttendanceMode, "https://schema.org/MixedEventAttendanceMode");
    assert.deepEqual(mixed?.location, [
      { "@type": "Place", name: "Hall" },
      { "@type": "VirtualLocation", url: "https://cloudnative.london/posts/october/" },
    ]);
  });

  it("gives day-long meetups plain dates, and posts without an event nothing", () => {
    const day = jsonLd("event: { date: 2018-12-05 }");
    assert.equal(day?.startDate, "2018-12-05");
    assert.equal(day?.endDate, "2018-12-05");
    assert.equal(day?.location, undefined);
    assert.deepEqual(jsonLd("location: London, UK\nevent: { date: 2018-12-05 }")?.location, {
      "@type": "Place",
      name: "London, UK",
      address: "London, UK",
    });
    assert.equal(jsonLd("tags: [Meetup]"), undefined);
  });
});
