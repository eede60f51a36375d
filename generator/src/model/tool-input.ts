import { UserError } from "../errors.js";
import type { OpenApiDocument, ParameterObject } from "@klaviyo-ts/spec-model";
import type { OperationModel } from "./operations.js";

/** A path or query parameter of an operation, as the spec declares it. */
export interface ToolParameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  description: string;
  schema: Record<string, unknown>;
}

/** The facts of one operation a tool catalogue needs beyond its OperationModel. */
export interface ToolInput {
  description: string;
  tags: string[];
  parameters: ToolParameter[];
  body?: { schema: Record<string, unknown>; required: boolean };
}

/**
 * Reads what the tool catalogue needs of an operation from the normalised document: the one place
 * the catalogue looks past OperationModel. Header parameters are left out: the client sets
 * `revision`, and no other header changes what an operation does.
 */
export function readToolInput(document: OpenApiDocument, op: OperationModel): ToolInput {
  const item = document.paths[op.path];
  const operation = item?.[op.method.toLowerCase() as "get"];
  if (!item || !operation) throw new UserError(`${op.method} ${op.path} is not in the document`);
  const declared = new Map<string, ParameterObject>();
  for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    if (typeof parameter.name !== "string") {
      throw new UserError(`${op.id}: a parameter without a name (an unresolved $ref?)`);
    }
    declared.set(`${parameter.in} ${parameter.name}`, parameter);
  }
  const parameters: ToolParameter[] = [];
  for (const parameter of declared.values()) {
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    parameters.push({
      name: parameter.name,
      in: parameter.in,
      required: parameter.in === "path" || parameter.required === true,
      description: typeof parameter.description === "string" ? parameter.description : "",
      schema: parameter.schema ?? { type: "string" },
    });
  }
  const content = operation.requestBody?.content ?? {};
  const media = Object.values(content)[0] as { schema?: Record<string, unknown> } | undefined;
  return {
    description: operation.description ?? "",
    tags: [...(operation.tags ?? [])],
    parameters,
    ...(media?.schema
      ? { body: { schema: media.schema, required: operation.requestBody?.required === true } }
      : {}),
  };
}
