// What the release workflow decides (scripts/release.ts): which tags release, their notes, and when the major tag
// that `uses: org/pgrst-cloudrun-action@v1` follows moves.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { majorTagToMove, parseReleaseTag, releaseNotes } from '../../scripts/release.js';

describe('parseReleaseTag', () => {
  test.each([
    ['v1.0.0', { version: '1.0.0', major: 'v1', prerelease: false }],
    ['v1.12.3', { version: '1.12.3', major: 'v1', prerelease: false }],
    ['v2.0.0-rc.1', { version: '2.0.0-rc.1', major: 'v2', prerelease: true }],
  ])('%s', (tag, expected) => {
    expect(parseReleaseTag(tag)).toMatchObject(expected);
  });
  test.each(['v1', 'v1.2', '1.2.3', 'v01.2.3', 'v1.2.3.4', 'v1.2.3-', 'release-1'])(
    '%s is refused',
    (tag) => {
      expect(() => parseReleaseTag(tag)).toThrow(`${tag} is not a release tag: use vMAJOR.MINOR.PATCH`);
    },
  );
});

describe('majorTagToMove', () => {
  test.each([
    ['the first release of a major', 'v1.0.0', ['v1.0.0'], 'v1'],
    ['a newer minor', 'v1.3.0', ['v1', 'v1.2.0', 'v1.2.1', 'v1.3.0'], 'v1'],
    ['a patch of the newest minor', 'v1.3.1', ['v1', 'v1.3.0', 'v1.3.1', 'v2.0.0'], 'v1'],
    ['numbers compare as numbers', 'v1.10.0', ['v1', 'v1.9.0', 'v1.10.0'], 'v1'],
    ['a patch of an older minor', 'v1.2.5', ['v1', 'v1.2.5', 'v1.3.0'], undefined],
    ['a pre-release', 'v2.0.0-rc.1', ['v1', 'v1.3.0', 'v2.0.0-rc.1'], undefined],
    ['a newer pre-release does not hold it back', 'v1.3.0', ['v1.3.0', 'v1.4.0-rc.1'], 'v1'],
  ])('%s: %s → %s', (_, tag, tags, expected) => {
    expect(majorTagToMove(tag, tags)).toBe(expected);
  });
});

describe('releaseNotes', () => {
  const changelog = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.1.0] - 2026-12-10',
    '',
    '### Fixed',
    '- b',
    '',
    '## [1.0.0] - 2026-12-01',
    '',
    '### Added',
    '- a',
    '',
    '[1.1.0]: https://example.test/compare/v1.0.0...v1.1.0',
    '[1.0.0]: https://example.test/releases/tag/v1.0.0',
    '',
  ].join('\n');

  test.each([
    ['1.1.0', '### Fixed\n- b\n'],
    ['1.0.0', '### Added\n- a\n'],
  ])('the section of %s', (version, notes) => {
    expect(releaseNotes(changelog, version)).toBe(notes);
  });
  test('a version without a section, or with an empty one, is refused', () => {
    expect(() => releaseNotes(changelog, '1.2.0')).toThrow('CHANGELOG.md has no section "## [1.2.0]"');
    expect(() => releaseNotes('## [1.2.0]\n\n## [1.1.0]\n- x\n', '1.2.0')).toThrow(
      'section for 1.2.0 is empty',
    );
  });
});

test('CHANGELOG.md keeps an Unreleased section and a section per released version, newest first', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const headings = changelog.split('\n').filter((line) => line.startsWith('## '));
  expect(headings[0]).toBe('## [Unreleased]');
  const versions = headings
    .slice(1)
    .map((line) => /^## \[(\d+\.\d+\.\d+(?:-[\w.-]+)?)\] - \d{4}-\d{2}-\d{2}$/.exec(line)?.[1]);
  expect(versions.every((version) => version !== undefined)).toBe(true);
  expect(releaseNotes(changelog.replace('## [Unreleased]', '## [0.0.0]'), '0.0.0')).toContain('### ');
});
