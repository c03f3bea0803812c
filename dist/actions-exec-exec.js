import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  exec,
  getExecOutput
} from "./actions-exec.js";
import "./esbuild-runtime.js";
export {
  exec,
  getExecOutput
};
