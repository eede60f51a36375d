// Every operation as a JSON-Schema tool for AI agents (generated into ./generated/tools.ts).
export * from "./generated/tools.js";
