// Pre-release operations of this revision (beta.json), sent with the "<revision>.pre" header.
export * from "./generated/beta/index.js";
