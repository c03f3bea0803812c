/** A PostgREST release, as its git tag names it (`v12.2.12`, `v14.17`). */
export interface PostgrestVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** As given, normalised with a leading `v`: also the image tag. */
  readonly tag: string;
}

/** Parse `v14.17`, `14.17`, `v12.2.12`; undefined for anything else (`latest` is not a version). */
export function parsePostgrestVersion(text: string): PostgrestVersion | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, major = '0', minor = '0', patch = '0'] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    tag: `v${text.trim().replace(/^v/, '')}`,
  };
}

/** True when `version` is at least `major.minor`. */
export function isAtLeast(version: PostgrestVersion, major: number, minor = 0): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}
