export { createServer, type ServerSettings, type ServedTool } from "./server.js";
export { loadCatalogue, type ToolCatalogue } from "./catalogue.js";
export { selectTools, type Selection } from "./select-tools.js";
export { credentialsFromEnvironment, type Credentials } from "./credentials.js";
export { serveHttp } from "./http.js";
export { documentResult, errorResult, scrubber, DEFAULT_MAX_RESULT_CHARS } from "./tool-result.js";
