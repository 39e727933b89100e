export const dynamic = "force-static";

export { buildRobots as default } from "@/lib/seo/sitemap";
