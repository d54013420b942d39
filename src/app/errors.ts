// Errors the edges map to their own answers (the CLI's exit code 3), kept apart from the store
// code so that importing them loads no database driver.

/** A document too large to analyze (its analysis would take minutes): refused, naming it. */
export class DocumentTooLargeError extends Error {}

/** The store cannot be reached, migrated or written. */
export class StoreUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }
}
