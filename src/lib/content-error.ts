/** One problem in one content file, phrased so an editor can fix it without reading code. */
export interface ContentIssue {
  file: string;
  field: string;
  value: unknown;
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

function formatIssue({ file, field, value, expected }: ContentIssue): string {
  return `${file}: field "${field}" is ${describe(value)}; expected ${expected}`;
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
