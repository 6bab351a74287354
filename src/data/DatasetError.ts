/** One problem in a dataset file: which record (e.g. `events[12] "2019-05-04-foo"`), which field, and what is wrong. */
export interface DatasetProblem {
  record: string;
  field: string;
  message: string;
}

/** A dataset problem described for a person: which file, which record, which field, and what is wrong. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: DatasetProblem[],
  ) {
    super(
      `${file}: ${problems
        .slice(0, 5)
        .map((p) => `${p.record}${p.field ? ` › ${p.field}` : ''}: ${p.message}`)
        .join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
    );
    this.name = 'DatasetError';
  }
}
