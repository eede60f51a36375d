import type { KlaviyoTool } from "@klaviyo-ts/core";
import { definitionOf, type Invoker, type ServedTool } from "./served-tool.js";
import type { ServerSettings } from "./server.js";
import { errorResult } from "./tool-result.js";

const LIST = "list_klaviyo_operations";
const DESCRIBE = "describe_klaviyo_operation";
const INVOKE = "invoke_klaviyo_operation";

/**
 * Three meta-tools for clients with a small tool budget: find an operation, read its input
 * schema, call it. The operations offered are the same as in the static mode (read-only and
 * `--tools` apply), and a call goes through the same path.
 */
export function dynamicTools(settings: ServerSettings, invoke: Invoker): ServedTool[] {
  const byName = new Map(settings.tools.map((tool) => [tool.name, tool]));
  const lookup = (name: unknown): KlaviyoTool => {
    const tool = typeof name === "string" ? byName.get(name) : undefined;
    if (!tool) throw new Error(`no operation named ${JSON.stringify(name)}; ${LIST} lists them`);
    return tool;
  };
  const guarded =
    (answer: (args: Record<string, unknown>) => Promise<ServedCall> | ServedCall) =>
    async (args: Record<string, unknown>): Promise<ServedCall> => {
      try {
        return await answer(args);
      } catch (error) {
        return errorResult(error, settings.scrub);
      }
    };
  return [
    {
      definition: {
        name: LIST,
        title: "List Klaviyo operations",
        description:
          `The Klaviyo API operations (revision ${settings.revision}) this server can call: name, ` +
          "method, tags and title. Narrow with `search` (matched against name, title and tags).",
        inputSchema: {
          type: "object",
          properties: { search: { type: "string", description: "Words to look for." } },
          additionalProperties: false,
        },
        annotations: { readOnlyHint: true, openWorldHint: false },
      },
      call: guarded((args) => {
        const words = typeof args.search === "string" ? args.search.toLowerCase().split(/\s+/) : [];
        const lines = settings.tools
          .filter((tool) => {
            const haystack = `${tool.name} ${tool.title} ${tool.tags.join(" ")}`.toLowerCase();
            return words.every((word) => haystack.includes(word));
          })
          .map((tool) => `${tool.name} (${tool.method}; ${tool.tags.join(", ")}): ${tool.title}`);
        return text(lines.length > 0 ? lines.join("\n") : "No operation matches.");
      }),
    },
    {
      definition: {
        name: DESCRIBE,
        title: "Describe a Klaviyo operation",
        description: `An operation's description, rate limits, scopes and input schema, to call it with ${INVOKE}.`,
        inputSchema: {
          type: "object",
          properties: { name: { type: "string", description: "The operation's name." } },
          required: ["name"],
          additionalProperties: false,
        },
        annotations: { readOnlyHint: true, openWorldHint: false },
      },
      call: guarded((args) => text(JSON.stringify(definitionOf(lookup(args.name))))),
    },
    {
      definition: {
        name: INVOKE,
        title: "Invoke a Klaviyo operation",
        description: `Calls an operation with arguments that follow the input schema ${DESCRIBE} gives.`,
        inputSchema: {
          type: "object",
          properties: {
            name: { type: "string", description: "The operation's name." },
            arguments: { type: "object", description: "The operation's arguments." },
          },
          required: ["name"],
          additionalProperties: false,
        },
        annotations: {
          readOnlyHint: settings.tools.every((tool) => tool.annotations.readOnlyHint),
          destructiveHint: settings.tools.some((tool) => tool.annotations.destructiveHint),
          idempotentHint: settings.tools.every((tool) => tool.annotations.idempotentHint),
          openWorldHint: true,
        },
      },
      call: guarded((args) =>
        invoke(lookup(args.name), (args.arguments ?? {}) as Record<string, unknown>),
      ),
    },
  ];
}

type ServedCall = Awaited<ReturnType<ServedTool["call"]>>;

function text(value: string): ServedCall {
  return { content: [{ type: "text", text: value }] };
}
