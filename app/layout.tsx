import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { CSSProperties, ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { buildSiteMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { themeProperties } from "@/lib/settings/theme";
import "./globals.css";

// Inter, from @fontsource/inter, served by the site itself: no reader's system font decides the layout, and the
// screenshot tests (e2e/visual.spec.ts) see the same pixels on every machine. Latin only, three weights.
// "optional": the font is preloaded, and a page it reaches too late for its first paint keeps the fallback
// rather than moving its text when it lands; the next page has it from the cache.
const inter = localFont({
  src: [
    { path: "../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-600-normal.woff2", weight: "600" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-inter",
  display: "optional",
});

export const metadata: Metadata = buildSiteMetadata();

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#10151c" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language} className={inter.variable} style={themeProperties(site.theme) as CSSProperties}>
      <body>
        <SiteHeader />
        <main id="content" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
