import { describe, expect, it } from "vitest";
import { parseCommand } from "../src/options.js";

describe("parseCommand", () => {
  it.each([
    [["--help"], { help: true }],
    [
      ["--revision", "2026-04-15"],
      {
        help: false,
        options: expect.objectContaining({
          revision: "2026-04-15",
          readOnly: false,
          dynamic: false,
          compact: true,
          selectors: [],
        }) as unknown,
      },
    ],
    [
      [
        "--revision",
        "2026-04-15",
        "--read-only",
        "--tools",
        "get_profiles, tag:Events,",
        "--no-compact",
      ],
      {
        help: false,
        options: expect.objectContaining({
          readOnly: true,
          compact: false,
          selectors: ["get_profiles", "tag:Events"],
        }) as unknown,
      },
    ],
    [
      ["--revision", "2026-04-15", "--http", "--port", "0"],
      {
        help: false,
        options: expect.objectContaining({ http: { host: "127.0.0.1", port: 0 } }) as unknown,
      },
    ],
  ])("%j", (argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  it.each([
    [[], /--revision is required/],
    [["--revision", "2026-04-15", "--port", "3000"], /--host and --port apply to --http only/],
    [["--revision", "2026-04-15", "--http", "--port", "http"], /--port must be an integer/],
    [
      ["--revision", "2026-04-15", "--max-result-chars", "5"],
      /--max-result-chars must be an integer of at least 1000/,
    ],
    [["--revision", "2026-04-15", "--api-key", "pk_x"], /Unknown option '--api-key'/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
