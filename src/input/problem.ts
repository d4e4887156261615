// What goes wrong with input files, said for the person who has to fix them. Pure: no node: imports,
// so the API and the Worker can report body problems the same way the CLIs report files.

/** One input that could not be used. `message` says what is wrong and what to do about it. */
export interface InputProblem {
  /** The file as the user named it (or a label such as "request body"). */
  file: string;
  message: string;
}

/** Exit codes the CLIs share: 1 = some inputs were refused (the rest went through), 2 = nothing could start. */
export const EXIT_SOME_FAILED = 1;
export const EXIT_UNUSABLE = 2;

/**
 * The whole run cannot go on (a manifest that is missing or not a JSON array, a bad option).
 * CLIs print `message` and exit with `exitCode`; per-file trouble is an InputProblem instead.
 */
export class InputError extends Error {
  readonly file: string;
  readonly exitCode: number;

  constructor(file: string, message: string, exitCode: number = EXIT_UNUSABLE) {
    super(`${file}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.exitCode = exitCode;
  }
}

/** "data/a.txt: is empty (0 bytes); …" — one line per problem, the way CLIs print them. */
export function formatProblem(problem: InputProblem): string {
  return `${problem.file}: ${problem.message}`;
}

/** 26214400 → "25 MB"; small enough numbers stay in bytes so limits read naturally. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trim1(bytes / 1024)} KB`;
  return `${trim1(bytes / (1024 * 1024))} MB`;
}

function trim1(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
