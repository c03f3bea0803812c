// What the release workflow (.github/workflows/release.yml) decides, as functions it and the tests share.
//   node scripts/release.ts notes vX.Y.Z   prints CHANGELOG.md's section for X.Y.Z; fails unless package.json says X.Y.Z
//   node scripts/release.ts major vX.Y.Z   prints the major tag (vX) to move to the release, or nothing
// Node 24 runs this file as it is (type stripping): only erasable TypeScript and built-in modules here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A release tag, read: `v1.4.2` → version 1.4.2, major tag v1; `v2.0.0-rc.1` is a pre-release. */
export interface ReleaseTag {
  readonly version: string;
  readonly major: string;
  readonly numbers: readonly [number, number, number];
  readonly prerelease: boolean;
}

/** Read a release tag (semantic version with a leading v), or throw saying what a tag must look like. */
export function parseReleaseTag(tag: string): ReleaseTag {
  const match = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/.exec(tag);
  if (!match)
    throw new Error(`${tag} is not a release tag: use vMAJOR.MINOR.PATCH, such as v1.2.0 or v2.0.0-rc.1`);
  const numbers = [Number(match[1]), Number(match[2]), Number(match[3])] as const;
  return {
    version: tag.slice(1),
    major: `v${String(numbers[0])}`,
    numbers,
    prerelease: match[4] !== undefined,
  };
}

/**
 * The section of a Keep a Changelog file for `version` (`## [1.2.0] - 2026-12-01` up to the next `## ` heading or
 * the link definitions at the end), without its heading: the release's notes.
 */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0)
    throw new Error(`CHANGELOG.md has no section "## [${version}]": move the Unreleased entries there`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]: /.test(line));
  const notes = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  if (notes === '') throw new Error(`CHANGELOG.md's section for ${version} is empty`);
  return `${notes}\n`;
}

/**
 * The major tag to move to `tag`'s commit: vX for a release that is the newest of its major among `tags`; nothing for
 * a pre-release, or for a patch of an older minor (v1.2.5 after v1.3.0 must not take v1 back).
 */
export function majorTagToMove(tag: string, tags: readonly string[]): string | undefined {
  const release = parseReleaseTag(tag);
  if (release.prerelease) return undefined;
  const newer = tags.flatMap((other) => {
    try {
      const candidate = parseReleaseTag(other);
      return !candidate.prerelease && candidate.major === release.major && compare(candidate, release) > 0
        ? [other]
        : [];
    } catch {
      return []; // not a release tag (v1 itself, or anything else)
    }
  });
  return newer.length === 0 ? release.major : undefined;
}

function compare(a: ReleaseTag, b: ReleaseTag): number {
  for (let i = 0; i < 3; i += 1) {
    const difference = (a.numbers[i] ?? 0) - (b.numbers[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function main(command: string | undefined, tag: string | undefined): void {
  if (tag === undefined || (command !== 'notes' && command !== 'major')) {
    throw new Error('usage: node scripts/release.ts notes|major vX.Y.Z');
  }
  const release = parseReleaseTag(tag);
  if (command === 'notes') {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    if (version !== release.version) {
      throw new Error(
        `the tag is ${tag} but package.json says ${version}: set "version": "${release.version}"`,
      );
    }
    process.stdout.write(releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), release.version));
  } else {
    const tags = execFileSync('git', ['tag', '--list', 'v*'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    process.stdout.write(`${majorTagToMove(tag, tags) ?? ''}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv[2], process.argv[3]);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
