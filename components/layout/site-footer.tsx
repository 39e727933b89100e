import { getNavLinks } from "@/lib/pages/pages";
import { site } from "@/lib/site";
import { LinkList } from "./link-list";

/** The meetup's pages and links elsewhere (the settings' footer links and pages with `nav: { menu: footer }`). */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <nav aria-label="Footer">
          <LinkList links={getNavLinks("footer")} />
        </nav>
        <p>
          {site.name}: {site.description}
        </p>
      </div>
    </footer>
  );
}
