/**
 * Writes a synthetic copy of the content with N generated standards into a
 * temporary folder, for measuring how build cost grows. Never inside the repo.
 */
import { cpSync, mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const KINDS = [
  ['GB/T', 'recommended-national'],
  ['GB', 'mandatory-national'],
];
const STATUSES = ['published', 'in-development', 'planned'];

export function syntheticContent(n) {
  const dir = mkdtempSync(join(tmpdir(), `aiss-synthetic-${n}-`));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const nodes = readdirSync(join(dir, 'framework')).map((f) => f.replace(/\.mdx$/, ''));
  const risks = readdirSync(join(dir, 'risks')).map((f) => f.replace(/\.mdx$/, ''));
  for (let i = 0; i < n; i++) {
    const [prefix, kind] = KINDS[i % 7 === 0 ? 1 : 0];
    const serial = 70000 + i;
    const number = `${prefix} ${serial}-2030`;
    const id = `${prefix.toLowerCase().replace('/', '-')}-${serial}-2030`;
    const status = STATUSES[i % STATUSES.length];
    // Dated events spread over thirty years, so the timeline grows with the content as real history would.
    const year = 2000 + (i % 30);
    const month = String((i % 6) + 1).padStart(2, '0');
    const event = (date, type) => `  - date: "${date}"
    event: ${type}
    note:
      zh: "合成事件。"
      en: "A synthetic event."
    sources: [S-sesec]
`;
    // A published standard's issue and effective dates live in `dates`; its history holds the other events. How sure
    // its dates are is then worked out from their sources, so only a standard without dates states it.
    const dates =
      status === 'published'
        ? `dates:
  published:
    date: "${year}-${month}-01"
    sources: [S-sesec]
  effective:
    date: "${year}-${String((i % 6) + 7).padStart(2, '0')}-01"
    sources: [S-sesec]
`
        : '';
    const history = status === 'in-development' ? event(`${year}-${month}-15`, 'drafted') : '';
    writeFileSync(
      join(dir, 'standards', `${id}.mdx`),
      `---
number: "${number}"
title:
  zh: "合成测试标准 第${i}号 人工智能安全要求"
  en: "Synthetic benchmark standard no. ${i}: AI security requirements"
kind: ${kind}
status: ${status}
membership: candidate
nodes: [${nodes[i % nodes.length]}]
risks: [${risks[i % risks.length]}]
${dates}${history ? `history:\n${history}` : ''}sources: [S-sesec]
confidence:
  identity: unknown
${dates ? '' : '  dates: unknown\n'}  placement: inferred
  risks: inferred
note:
  zh: "仅用于性能测试的合成条目。"
  en: "A synthetic entry for benchmarks only."
checked: "2026-01-01"
---

<Zh>

这是用于衡量构建耗时的合成标准条目，第${i}号，不是真实标准。

</Zh>

<En>

This is synthetic standard number ${i}, generated to measure build cost; it is not a real standard.

</En>
`,
    );
  }
  return dir;
}
