import { ServiceError } from '../ServiceError.js';

/**
 * The refusals of the configuration service, built in one place so the same situation always has
 * the same code, `state` and wording whichever operation meets it.
 */
export const configErrors = {
  /** Nothing with this id here (or only in another tenant, which must look the same). */
  notFound(noun: string, id: string, field = 'id'): ServiceError {
    return new ServiceError({ code: 'NOT_FOUND', field, message: `unknown ${noun} ${id}` });
  },

  /** A create named an id that is taken. */
  exists(noun: string, id: string): ServiceError {
    return new ServiceError({
      code: 'CONFLICT',
      field: 'id',
      state: 'exists',
      message: `${noun} ${id} already exists`,
    });
  },

  /** The entity is not at the version the caller (or the service, from its own read) expected. */
  versionMismatch(noun: string, id: string, detail: string): ServiceError {
    return new ServiceError({
      code: 'CONFLICT',
      state: 'version-mismatch',
      message: `${noun} ${id} ${detail}`,
    });
  },

  /** A dialled number already routes to another entry point (in this tenant or another). */
  numberInUse(field: string, number: string): ServiceError {
    return new ServiceError({
      code: 'CONFLICT',
      field,
      state: 'number-in-use',
      message: `${number} is already used by another entry point`,
    });
  },

  /** Removing the entity would leave dangling references. */
  referenced(noun: string, id: string, referrers: string): ServiceError {
    return new ServiceError({
      code: 'CONFLICT',
      state: 'referenced',
      message: `${noun} ${id} is used by ${referrers}`,
    });
  },

  /** One bad parameter outside a body (a path id, a password). */
  invalidField(field: string, message: string): ServiceError {
    return ServiceError.invalid([{ field, message }]);
  },
} as const;
