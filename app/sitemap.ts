export const dynamic = "force-static";

export { buildSitemap as default } from "@/lib/seo/sitemap";
