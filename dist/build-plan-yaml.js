import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  require_dist
} from "./yaml.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/build/plan-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function cloudBuildRequestYaml(request) {
  return (0, import_yaml.stringify)(request, { lineWidth: 0, blockQuote: "literal" });
}
export {
  cloudBuildRequestYaml
};
