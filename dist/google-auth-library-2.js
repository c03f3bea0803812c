import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  require_src
} from "./google-auth-library.js";
import "./bignumber.js.js";
import "./esbuild-runtime.js";
export default require_src();
