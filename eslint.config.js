import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/**", "var/**", "dist/**", "bench/results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "openpgp", message: "Import OpenPGP only through src/crypto." }] },
      ],
    },
  },
  {
    files: ["src/crypto/**", "test/**", "bench/**", "fixtures/**"],
    rules: { "no-restricted-imports": "off" },
  },
  { files: ["test/**"], rules: { "@typescript-eslint/no-unused-expressions": "off" } },
);
