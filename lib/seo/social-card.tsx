import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori, { type Font } from "satori";
import sharp from "sharp";
import { site } from "../site";
import { SOCIAL_CARD_SIZE, type SocialCard } from "./social-images";
import { logoDataUrl } from "./site-icon";

// The site's light neutrals (app/globals.css) and its accent (site.yml, lib/settings/theme.ts).
const COLORS = { background: "#ffffff", surface: "#f3f6fa", text: "#17202b", muted: "#4a5668" };

let fonts: Font[] | undefined;

/** Draw a social card (title, subtitle, the meetup's name) as a 1200×630 PNG. */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const svg = await satori(<CardLayout card={card} />, { ...SOCIAL_CARD_SIZE, fonts: loadFonts() });
  // satori draws text as paths, so resvg needs no fonts (scanning the system's is costly); sharp encodes
  // the PNG in a fraction of resvg's time. The card is opaque, so resvg's premultiplied pixels are plain RGBA.
  const image = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}

function CardLayout({ card }: { card: SocialCard }) {
  const logo = logoDataUrl();
  const titleSize = card.title.length <= 40 ? 76 : card.title.length <= 80 ? 62 : 50;
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        boxSizing: "border-box",
        padding: "56px 72px",
        background: COLORS.background,
        borderTop: `20px solid ${site.theme.accent}`,
        fontFamily: "Inter, Inter Extended",
        color: COLORS.text,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 36, fontWeight: 700 }}>
        {logo ? <img src={logo} width={64} height={64} alt="" style={{ marginRight: 20 }} /> : null}
        <span style={{ color: logo ? COLORS.text : site.theme.accent }}>{site.name}</span>
      </div>
      <div style={{ display: "block", fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, lineClamp: 4 }}>
        {card.title}
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          paddingTop: 24,
          borderTop: `2px solid ${COLORS.surface}`,
          fontSize: 30,
          color: COLORS.muted,
        }}
      >
        <span style={{ display: "block", lineClamp: 1, maxWidth: 760 }}>{card.subtitle}</span>
        <span>{new URL(site.url).host}</span>
      </div>
    </div>
  );
}

function loadFonts(): Font[] {
  const require = createRequire(import.meta.url);
  const file = (subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));
  return (fonts ??= (["latin", "latin-ext"] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      // Distinct names, so satori falls back from the Latin subset to the extended one glyph by glyph.
      name: subset === "latin" ? "Inter" : "Inter Extended",
      data: file(subset, weight),
      weight,
      style: "normal" as const,
    })),
  ));
}
