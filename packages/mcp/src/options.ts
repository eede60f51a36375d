import { parseArgs } from "node:util";
import { ENVIRONMENT } from "./credentials.js";
import { DEFAULT_MAX_RESULT_CHARS } from "./tool-result.js";

export interface CliOptions {
  readonly revision: string;
  readonly beta: boolean;
  readonly readOnly: boolean;
  readonly selectors: readonly string[];
  readonly dynamic: boolean;
  readonly compact: boolean;
  readonly maxResultChars: number;
  readonly http?: { readonly host: string; readonly port: number };
}

export type ParsedCommand = { help: true } | { help: false; options: CliOptions };

export const HELP = `klaviyo-mcp: every operation of a Klaviyo API revision as an MCP tool

Usage: klaviyo-mcp --revision 2026-04-15 [options]

Loads @klaviyo-ts/<revision>/tools, which must be installed beside @klaviyo-ts/mcp.

Options:
  --revision <YYYY-MM-DD>   the Klaviyo API revision (required)
  --beta                    serve the revision's pre-release operations (<revision>.pre)
  --read-only               offer GET operations only
  --tools <list>            comma-separated: operationIds (get_profiles), tag:<tag> (tag:Profiles),
                            scope:<scope> (scope:profiles:read, or scope:profiles for all of them)
  --dynamic                 three meta-tools (list, describe, invoke) instead of one per operation
  --no-compact              do not default a page size and a top-level sparse fieldset
  --max-result-chars <n>    cut longer results to the items that fit (default ${DEFAULT_MAX_RESULT_CHARS})
  --http                    serve streamable HTTP at /mcp instead of stdio
  --host <host>             with --http (default 127.0.0.1)
  --port <port>             with --http (default 3000)
  -h, --help                this text

Environment (credentials are never tool arguments):
  ${ENVIRONMENT.apiKey}         a private API key (pk_...), or
  ${ENVIRONMENT.accessToken}    an OAuth access token
  ${ENVIRONMENT.baseUrl}        another base URL (a gateway, or @klaviyo-ts/mock)
`;

export function parseCommand(argv: readonly string[]): ParsedCommand {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      revision: { type: "string" },
      beta: { type: "boolean", default: false },
      "read-only": { type: "boolean", default: false },
      tools: { type: "string" },
      dynamic: { type: "boolean", default: false },
      "no-compact": { type: "boolean", default: false },
      "max-result-chars": { type: "string" },
      http: { type: "boolean", default: false },
      host: { type: "string" },
      port: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { help: true };
  if (!values.revision) throw new Error("--revision is required (e.g. --revision 2026-04-15)");
  if (!values.http && (values.host !== undefined || values.port !== undefined)) {
    throw new Error("--host and --port apply to --http only");
  }
  return {
    help: false,
    options: {
      revision: values.revision,
      beta: values.beta,
      readOnly: values["read-only"],
      selectors: (values.tools ?? "")
        .split(",")
        .map((selector) => selector.trim())
        .filter((selector) => selector.length > 0),
      dynamic: values.dynamic,
      compact: !values["no-compact"],
      maxResultChars: integer(
        "--max-result-chars",
        values["max-result-chars"],
        DEFAULT_MAX_RESULT_CHARS,
        1000,
      ),
      ...(values.http
        ? {
            http: {
              host: values.host ?? "127.0.0.1",
              port: integer("--port", values.port, 3000, 0),
            },
          }
        : {}),
    },
  };
}

function integer(flag: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > 2 ** 31) {
    throw new Error(`${flag} must be an integer of at least ${min}, not "${text}"`);
  }
  return value;
}
