// Facts about Cloud Run itself that more than one stage needs.
export { DNS_LABEL, MAX_SERVICE_NAME, TAG_AND_SERVICE_MAX, TAG_MIN, isDnsLabel } from './names.js';
