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

/** The oldest release whose settings and JWT rules this action knows (its settings and JWT rules as documented from v12: https://docs.postgrest.org/en/v12/references/configuration.html). */
export const OLDEST_SUPPORTED_MAJOR = 12;

/**
 * Why `version` cannot be used, or undefined when it can: a release older than the oldest supported one, or a major
 * that was never released (from v14 on only even majors are released: odd ones are development lines).
 */
export function unsupportedVersion(version: PostgrestVersion): string | undefined {
  if (version.major < OLDEST_SUPPORTED_MAJOR) {
    return `PostgREST ${version.tag} is older than this action supports: it checks settings and tokens from v${String(OLDEST_SUPPORTED_MAJOR)} on; upgrade (v14.17 is current), or pin an older release of this action`;
  }
  if (version.major > 14 && version.major % 2 === 1) {
    return `there is no PostgREST ${version.tag}: from v14 on only even majors are released (v${String(version.major)} was a development line); use v${String(version.major - 1)}.x or v${String(version.major + 1)}.x`;
  }
  return undefined;
}

/**
 * PostgREST's answer to a token whose role does not exist in the database: PostgreSQL's `22023` (`role "x" does
 * not exist`) from the SET ROLE, with HTTP 400 up to v13.0.0 and 401 from v13.0.1.
 */
export function missingRoleAnswer(version: PostgrestVersion): { status: number; code: string } {
  const v1301 = version.major > 13 || (version.major === 13 && (version.minor > 0 || version.patch >= 1));
  return { status: v1301 ? 401 : 400, code: '22023' };
}

/** PostgREST's minimum JWT secret length, after base64 decoding: v13.0.0+ refuse to start below it, v12 starts and then rejects every token. */
export const MIN_JWT_SECRET_LENGTH = 32;
