import { buildPageGraph } from "@/lib/seo/json-ld";
import type { SitePage } from "@/lib/pages/page-file";
import { getCallForSpeakers } from "@/lib/pages/call-for-speakers";
import { CallForSpeakers } from "./call-for-speakers";
import { JsonLd } from "../layout/json-ld";
import { PageSections } from "./page-sections";
import { PostBody } from "../posts/post-body";
import { PostDate } from "../posts/post-date";

/** A page beside the posts (about, speak...): its call for speakers, its Markdown, then the sections it asks for. */
export function SitePageView({ page }: { page: SitePage }) {
  const callForSpeakers = page.sections.includes("call-for-speakers") ? getCallForSpeakers() : undefined;
  return (
    <>
      <article className="post site-page" data-pagefind-body>
        <header className="post-header">
          <h1>{page.title}</h1>
          {page.updated || !page.published ? (
            <p className="meta">
              {page.updated ? (
                <>
                  Updated <PostDate date={page.updated} />
                </>
              ) : null}
              {page.published ? null : <span className="badge">Draft</span>}
            </p>
          ) : null}
        </header>
        {/* The call for speakers is what most readers of the page came for: it goes first. */}
        {callForSpeakers ? <CallForSpeakers cfp={callForSpeakers} /> : null}
        <PostBody tree={page.body} eagerFirstImage />
        <PageSections page={page} />
      </article>
      <JsonLd
        graph={buildPageGraph({
          title: page.title,
          path: page.permalink,
          description: page.description ?? page.excerpt,
          type: page.schema_type,
          dateModified: page.updated,
        })}
      />
    </>
  );
}
