/** Base class of every error a user can cause; the CLI prints `message` alone, never a stack. */
export class BroadsheetError extends Error {
  override name = 'BroadsheetError';
}

/** An input file that cannot become an article: empty, binary, no body, too large. */
export class InputError extends BroadsheetError {
  override name = 'InputError';
  /** The input file, as the user named it. */
  readonly file: string;
  /** 1-based line, when the problem has one. */
  readonly line: number | undefined;

  constructor(file: string, reason: string, options: { line?: number; cause?: unknown } = {}) {
    super(options.line === undefined ? reason : `line ${options.line}: ${reason}`, { cause: options.cause });
    this.file = file;
    this.line = options.line;
  }
}

/** An article that does not match the schema; `problems` holds every `/pointer: message`. */
export class ValidationError extends BroadsheetError {
  override name = 'ValidationError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`does not match the article schema: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/** A config file that cannot be read or does not match the config schema. */
export class ConfigError extends BroadsheetError {
  override name = 'ConfigError';
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[], options: { cause?: unknown } = {}) {
    super(problems.join('; '), { cause: options.cause });
    this.file = file;
    this.problems = problems;
  }
}

/** A wrong command line: unknown option, unknown format, missing value. */
export class UsageError extends BroadsheetError {
  override name = 'UsageError';
}

/**
 * The site's store (the `.broadsheet` folder inside `--out`) cannot be used:
 * written by a newer Broadsheet, damaged, or not a store at all. Nothing is written.
 */
export class StoreError extends BroadsheetError {
  override name = 'StoreError';
}
