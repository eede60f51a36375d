// The pre-release operations as JSON-Schema tools, on a client sending the "<revision>.pre" header.
export * from "./generated/beta/tools.js";
