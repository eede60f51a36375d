#!/usr/bin/env node
// Thin launcher so the workspace can link the bin before the TypeScript is compiled.
await import("../dist/cli.js");
