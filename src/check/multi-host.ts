import type { CheckReport } from './run-check.js';

/** `check --host A --host B …`: every plugin judged against every host, each in its own process. */
export interface MultiHostReport {
  schemaVersion: 1;
  compatible: boolean;
  hosts: { host: CheckReport['host']; plugins: CheckReport['plugins']; summary: CheckReport['summary'] }[];
}

export function multiHost(reports: CheckReport[]): MultiHostReport {
  return {
    schemaVersion: 1,
    compatible: reports.every((r) => r.compatible),
    hosts: reports.map((r) => ({ host: r.host, plugins: r.plugins, summary: r.summary })),
  };
}
