/** A bad input or flag: reported before anything else runs, naming the input and how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
