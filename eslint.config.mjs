import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const ENV_READ = {
  selector:
    "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']:not(AssignmentExpression > MemberExpression.left)",
  message: "Read environment variables through lib/env.ts, which docs/architecture.md mirrors.",
};
const PATH_BUILDERS = [
  "TemplateElement[value.raw=/\\/(posts|tags)\\/$/]",
  "BinaryExpression > Literal[value=/\\/(posts|tags)\\/$/]",
].map((selector) => ({ selector, message: "Build post and tag paths with postPath() or tagPath() from lib/site.ts." }));

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
    // Every environment variable is read in lib/env.ts, and docs/architecture.md lists each (test/docs-map.test.ts).
    // Passing the environment on to a child process ({ ...process.env }) and setting a variable are fine.
    ignores: ["lib/env.ts", "test/support/test-scope.ts"],
    rules: { "no-restricted-syntax": ["error", ENV_READ] },
  },
  {
    // A post's or a tag's path has one builder (postPath, tagPath in lib/site.ts), so no two places can disagree.
    // Tests spell their expected URLs out on purpose.
    ignores: ["lib/site.ts", "lib/env.ts", "**/*.test.ts", "e2e/**", "test/**"],
    rules: { "no-restricted-syntax": ["error", ENV_READ, ...PATH_BUILDERS] },
  },
  globalIgnores([
    ".next*/**",
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
