import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      coverage: {
        provider: "v8",
        include: ["src/**/*.ts"],
        reporter: ["text-summary", "text"],
        // The policy modules decide what goes on the wire and when: every line of them is exercised.
        thresholds: {
          "src/retry/**": { lines: 100 },
          "src/rate-limit/**": { lines: 100 },
          "src/auth/**": { lines: 100 },
          "src/pagination/**": { lines: 100 },
        },
      },
    },
  }),
);
