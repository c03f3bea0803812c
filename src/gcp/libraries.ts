// The Google client libraries, imported when first needed: they are most of the bundle's bytes, and a command that
// does not call them (a dry run, `validate`, credentials from a token file) should not pay for parsing them.

/** A CommonJS module's exports, however it was imported (bundled ESM puts them under `default`). */
export function commonJs<T>(module: T): T {
  return (module as { default?: T }).default ?? module;
}

let googleAuthLibrary: Promise<typeof import('google-auth-library')> | undefined;

/** google-auth-library (~0.4 MB with its JSON and JWT dependencies), imported once. */
export function loadGoogleAuthLibrary(): Promise<typeof import('google-auth-library')> {
  googleAuthLibrary ??= import('google-auth-library').then(commonJs);
  return googleAuthLibrary;
}
