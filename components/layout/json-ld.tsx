import { serializeJsonLd, type JsonLdGraph } from "@/lib/seo/json-ld";

/** A page's one JSON-LD graph, serialised so that no text in it can close the script element. */
export function JsonLd({ graph }: { graph: JsonLdGraph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />;
}
