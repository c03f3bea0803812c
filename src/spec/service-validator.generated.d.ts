// Types of the generated validator (service-validator.generated.js, ajv standalone code).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
