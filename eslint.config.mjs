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
      // Front matter is data: lib/front-matter.ts splits posts itself, and these run code from a post.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "gray-matter",
              message: "Its ---js engine evaluates posts: use parseFrontMatter (lib/front-matter.ts).",
            },
            { name: "js-yaml", message: "Use yaml through parseFrontMatter (lib/front-matter.ts)." },
          ],
        },
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
  ]),
]);
