/** One problem in one content file, phrased so an editor can fix it without reading code. */
export interface ContentIssue {
  file: string;
  /** The field at fault; file-level problems name a line instead. */
  field?: string;
  /** 1-based line (and column) in the file, where the problem is in its text rather than in one field. */
  line?: number;
  column?: number;
  value: unknown;
  /** What is wrong, for problems that are not a field holding a wrong value. */
  problem?: string;
  expected: string;
}

export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

function formatIssue({ file, field, line, column, value, problem, expected }: ContentIssue): string {
  const where = line === undefined ? file : `${file}:${line}${column === undefined ? '' : `:${column}`}`;
  if (problem !== undefined) return `${where}: ${problem}${value === undefined ? '' : ` (${describe(value)})`}; expected ${expected}`;
  return `${where}: field "${field ?? '(entry)'}" is ${describe(value)}; expected ${expected}`;
}

function formatIssues(issues: ContentIssue[]): string {
  const head = issues.length === 1 ? 'Invalid content:' : `Invalid content (${issues.length} problems):`;
  return [head, ...issues.map((i) => `  - ${formatIssue(i)}`)].join('\n');
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const json = JSON.stringify(value);
  const shown = json.length > 80 ? `${json.slice(0, 77)}...` : json;
  return `${shown}`;
}
