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
      // Front matter is data: lib/content/front-matter.ts splits posts itself, and these run code from a post.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "gray-matter",
              message: "Its ---js engine evaluates posts: use parseFrontMatter (lib/content/front-matter.ts).",
            },
            { name: "js-yaml", message: "Use yaml through parseFrontMatter (lib/content/front-matter.ts)." },
          ],
        },
      ],
    },
  },
  {
    // A post's or a tag's path has one builder (postPath, tagPath in lib/site.ts), so no two places can disagree.
    // Tests spell their expected URLs out on purpose.
    ignores: ["lib/site.ts", "**/*.test.ts", "e2e/**", "test/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "TemplateElement[value.raw=/\\/(posts|tags)\\/$/]",
          "BinaryExpression > Literal[value=/\\/(posts|tags)\\/$/]",
        ].map((selector) => ({
          selector,
          message: "Build post and tag paths with postPath() or tagPath() from lib/site.ts.",
        })),
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-server/**",
    ".next-export/**",
    "out/**",
    ".test-builds/**",
    ".bench/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    ".cache/**",
    // Hostile content for the bad-input suite: data, never the project's code.
    "test/fixtures/bad-input/**",
  ]),
]);
