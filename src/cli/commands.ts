// The CLI's commands: one dispatcher, each command in a module of its own; a usage error exits 2.
import { ConfigError } from '../config/index.js';
import { createRedactor } from '../report/index.js';
import { buildCommand } from './build.js';
import { deployCommand } from './deploy.js';
import type { CommandIo, Io } from './io.js';
import { EXIT, isParseArgsError, USAGE } from './io.js';
import { specCommand } from './spec.js';
import { tokenCommand } from './token.js';
import { upgradeCommand } from './upgrade.js';

export type { Io };

/** Run the CLI with `argv` (without node and script); resolves with the exit code. */
export async function main(argv: readonly string[], given: Io): Promise<number> {
  // No runner masks the CLI's output: every secret and token this run handles is cut out of what it prints.
  const redactor = createRedactor();
  const io: CommandIo = {
    ...given,
    out: (text) => {
      given.out(redactor.redact(text));
    },
    err: (text) => {
      given.err(redactor.redact(text));
    },
    mask: redactor.add,
  };
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new ConfigError('missing COMMAND');
    if (command === '-h' || command === '--help') {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    switch (command) {
      case 'validate':
      case 'render':
        return specCommand(command, rest, io);
      case 'build':
        return await buildCommand(rest, io);
      case 'token':
        return await tokenCommand(rest, io);
      case 'deploy':
        return await deployCommand(rest, io);
      case 'upgrade':
        return upgradeCommand(rest, io);
      default:
        throw new ConfigError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof ConfigError || isParseArgsError(error)) {
      io.err(`pgrst-cloudrun: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
