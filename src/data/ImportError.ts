/** A dataset that could not be opened at all, said in words (what is missing), with details when there are some. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
