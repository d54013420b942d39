// Errors the edges map to their own answers (the CLI's exit code 3), kept apart from the store
// code so that importing them loads no database driver.

/** A document too large to analyze (its analysis would take minutes): refused, naming it. */
export class DocumentTooLargeError extends Error {}

const TOO_LARGE = /^document .+: the text is \d+ characters, over the \d+ that one article may have$/;

/** Whether `e` is that refusal, also when it crossed from a worker thread (which keeps only the message). */
export function isDocumentTooLarge(e: unknown): boolean {
  return e instanceof DocumentTooLargeError || (e instanceof Error && TOO_LARGE.test(e.message));
}

/** The store cannot be reached, migrated or written. */
export class StoreUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }
}
