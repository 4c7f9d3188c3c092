/** Typed errors of the data layer; routes map them to HTTP statuses and pages to messages. */
export class DataError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422,
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

/** An uploaded file refused for its size (413) or its content (415), as an error of the field. */
export class FileRejectedError extends DataError {
  readonly fieldErrors: FieldErrors;
  constructor(status: 413 | 415, message: string) {
    super(status, status === 413 ? "File troppo grande" : "Tipo di file non ammesso", message);
    this.fieldErrors = { file: [message] };
  }
}

export function isDataError(e: unknown): e is DataError {
  return e instanceof DataError;
}
