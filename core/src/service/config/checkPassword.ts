import { parseContract, passwordSchema } from '../../contract/index.js';
import { ServiceError } from '../ServiceError.js';

/** Checks a new password; INVALID_REQUEST at `field` when it is no string of 12-200 characters. */
export function checkPassword(password: unknown, field: string): string {
  const parsed = parseContract(passwordSchema, password);
  if (parsed.ok) return parsed.value;
  const [first, ...rest] = parsed.issues.map((issue) => ({ field, message: issue.message }));
  throw ServiceError.invalid([first ?? { field, message: 'is invalid' }, ...rest]);
}
