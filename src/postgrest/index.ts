// PostgREST itself: its releases, its settings and their per-version meaning, its connection strings, its
// role-claim-key grammars, and which container of a service runs it.
export type { ClaimKeySegment } from './claim-key.js';
export { checkRoleClaimKey, claimKeyGrammarFor, defaultClaimKey, parseLegacyClaimKey } from './claim-key.js';
export type { Conninfo, ConninfoParameter } from './conninfo.js';
export { conninfoUser, conninfoValue, parseConninfo } from './conninfo.js';
export type { ContainerFacts } from './container.js';
export { isPostgrestImage, postgrestContainerIndex } from './container.js';
export type { PostgrestSetting, SettingLookup, SettingMeaning } from './settings.js';
export {
  APP_SETTINGS_PREFIX,
  checkSettingValue,
  envName,
  lookupSetting,
  readBoolean,
  readInteger,
  settingDefault,
  settingEnvNames,
  settingsDocs,
} from './settings.js';
export type { PostgrestVersion } from './version.js';
export {
  isAtLeast,
  MIN_JWT_SECRET_LENGTH,
  missingRoleAnswer,
  OLDEST_SUPPORTED_MAJOR,
  parsePostgrestVersion,
  unsupportedVersion,
} from './version.js';
