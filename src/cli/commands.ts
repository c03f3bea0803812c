// The CLI's commands: one dispatcher, each command in a module of its own; a usage error exits 2.
import { ConfigError } from '../config/index.js';
import { createRedactor } from '../report/index.js';
import type { CommandIo, Io } from './io.js';
import { commandUsage, EXIT, isParseArgsError, shortParseError, USAGE, version } from './io.js';

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
    if (command === '-V' || command === '--version' || command === 'version') {
      io.out(`pgrst-cloudrun ${version()}\n`);
      return EXIT.ok;
    }
    if (command === 'help') return helpCommand(rest, io);
    // Each command's module is loaded when it runs: `build` then never parses the spec checker and the YAML library,
    // nor `validate` the registry, Cloud Run and token code (a CLI process's start-up is part of every command).
    switch (command) {
      case 'validate':
      case 'render':
        return (await import('./spec.js')).specCommand(command, rest, io);
      case 'build':
        return await (await import('./build.js')).buildCommand(rest, io);
      case 'token':
        return await (await import('./token.js')).tokenCommand(rest, io);
      case 'deploy':
        return await (await import('./deploy.js')).deployCommand(rest, io);
      case 'upgrade':
        return (await import('./upgrade.js')).upgradeCommand(rest, io);
      default:
        throw new ConfigError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof ConfigError || isParseArgsError(error)) {
      // The one relevant synopsis (the command's, or the list of commands) and where the rest is, not the whole text.
      const command = argv[0] ?? '';
      const synopsis = commandUsage(command, true);
      const message = isParseArgsError(error) ? shortParseError(error as Error) : (error as Error).message;
      const more = synopsis ? `pgrst-cloudrun help ${command}` : 'pgrst-cloudrun --help';
      io.err(`pgrst-cloudrun: ${message}\n${synopsis ?? COMMAND_LIST}\nRun '${more}' for details.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

const COMMAND_LIST = 'Usage: pgrst-cloudrun validate|render|build|deploy|token|help|version [options]';

/** `help [COMMAND]`: the whole usage, or one command's entry. */
function helpCommand(args: readonly string[], io: CommandIo): number {
  const [command, ...extra] = args;
  if (command === undefined) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  const entry = commandUsage(command);
  if (!entry || extra.length > 0)
    throw new ConfigError(`help takes one COMMAND of: validate, render, build, deploy, token`);
  io.out(`${entry}\n`);
  return EXIT.ok;
}
