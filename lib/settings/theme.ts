const WHITE = "#ffffff";
const INK = "#14121c";

/** Every colour the site draws from one accent ("#5b2a9e"), for pages light and dark, favicon and social cards. */
export function deriveTheme(accent: string) {
  const darkAccent = mix(accent, WHITE, 0.35);
  return {
    accent,
    accentText: readableOn(accent),
    accentSoft: mix(accent, WHITE, 0.12),
    darkAccent,
    darkAccentText: readableOn(darkAccent),
    darkAccentSoft: mix(accent, INK, 0.3),
  };
}

/** The theme as the CSS custom properties app/globals.css reads (`--theme-accent`, ...). */
export function themeProperties(theme: ReturnType<typeof deriveTheme>): Record<string, string> {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return Object.fromEntries(Object.entries(theme).map(([name, value]) => [`--theme-${kebab(name)}`, value]));
}

/** The contrast ratio of two colours, 1 to 21 (WCAG 2). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// White text where it reads better on the colour, else near-black.
function readableOn(colour: string): string {
  return contrastRatio(colour, WHITE) >= contrastRatio(colour, INK) ? WHITE : INK;
}

// `amount` of `colour` in `base`, channel by channel.
function mix(colour: string, base: string, amount: number): string {
  const [c, b] = [channels(colour), channels(base)];
  const hex = c.map((value, index) => Math.round(value * amount + (b[index] ?? 0) * (1 - amount)));
  return `#${hex.map((value) => value.toString(16).padStart(2, "0")).join("")}`;
}

function channels(colour: string): number[] {
  return [1, 3, 5].map((start) => Number.parseInt(colour.slice(start, start + 2), 16));
}

function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
    const unit = value / 255;
    return unit <= 0.03928 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
