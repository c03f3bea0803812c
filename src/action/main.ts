// The action's entry point (dist/index.js), run by the Actions runner.
import { run } from './run.js';

await run();
