/**
 * One error type for the whole service, with a closed set of kinds. Services throw it; the HTTP
 * layer turns it into application/problem+json (RFC 9457). Anything else thrown becomes
 * `internal`, and its text is logged, never sent.
 */
export const ERROR_KINDS = {
  'bad-request': { status: 400, title: 'Bad request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Service unavailable' },
  internal: { status: 500, title: 'Internal server error' },
} as const;

export type ErrorKind = keyof typeof ERROR_KINDS;

export interface FieldError {
  /** Where: a query parameter, a body path, a file line. */
  field: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details: { errors?: FieldError[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_KINDS[this.kind].status;
  }
}

/** Neo4j error codes that mean "the database is not reachable right now". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Turns anything thrown into an AppError; Neo4j errors are mapped by their stable `code`. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.')) {
    return new AppError('unavailable', 'The database is not reachable at the moment.', { retryAfterSeconds: 5, cause: err });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('conflict', 'The change conflicts with existing data.', { cause: err });
  }
  return new AppError('internal', 'An unexpected error occurred.', { cause: err });
}
