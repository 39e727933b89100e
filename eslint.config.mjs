import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Photos are plain <img> on purpose: the export has no image optimiser, and PhotoEmbed sizes them itself.
      "@next/next/no-img-element": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-server/**",
    "out/**",
    ".test-builds/**",
    ".bench/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    // eslint-config-next ignores build/**, the usual output folder of other tools; here build/ is the build's source.
    "!build/**",
  ]),
]);
