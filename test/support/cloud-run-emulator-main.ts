// The Cloud Run emulator as a process of its own (for benchmarks that must not count its CPU time): prints its
// URL on the first line of stdout, revisions are ready at once, and it runs until stdin closes.
import { startCloudRunEmulator } from './cloud-run-emulator.js';

const emulator = await startCloudRunEmulator({ revisionOutcome: () => ({ readyAfterMs: 0 }) });
process.stdout.write(`${emulator.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void emulator.close().then(() => process.exit(0));
});
