/** Typed errors of the data layer; routes map them to HTTP statuses and pages to messages. */
export class DataError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

export type FieldErrors = Record<string, string[]>;

export class UnauthorizedError extends DataError {
  constructor() {
    super(401, "Non autenticato", "Occorre accedere per continuare.");
  }
}

export class ForbiddenError extends DataError {
  constructor(message = "Non hai i permessi per questa operazione.") {
    super(403, "Operazione non consentita", message);
  }
}

export class NotFoundError extends DataError {
  constructor(what = "La risorsa") {
    super(404, "Non trovato", `${what} non esiste o non è accessibile.`);
  }
}

export class ValidationError extends DataError {
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "Alcuni dati non sono validi.",
  ) {
    super(422, "Dati non validi", message);
  }
}

export class ConflictError extends DataError {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(409, "Conflitto", message);
  }
}

export function isDataError(e: unknown): e is DataError {
  return e instanceof DataError;
}
