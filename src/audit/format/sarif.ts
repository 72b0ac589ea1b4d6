/**
 * `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Written here
 * rather than through @microsoft/eslint-formatter-sarif, which is not a dependency of the plugin.
 * Locations are relative to the `SRCROOT` base (the audited directory), as code scanning expects.
 */
import { pathToFileURL } from 'node:url';

import { getRuleClass } from '../areas.js';
import type { AuditReport, Finding } from '../model.js';
import { getAreaTitle } from '../report.js';

/** SARIF's `level`: ESLint's error and warning. */
function level(finding: Finding): 'error' | 'warning' {
  return finding.level;
}

export function createSarif(report: AuditReport): Record<string, unknown> {
  const ruleIds = [...new Set([...report.config.rules, ...report.findings.map((finding) => finding.ruleId)])].sort();
  const docsUrls = new Map<string, string>();
  for (const rule of report.areas.flatMap((area) => area.rules)) docsUrls.set(rule.ruleId, rule.docsUrl);
  for (const finding of report.findings) docsUrls.set(finding.ruleId, finding.docsUrl);
  const rootUri = pathToFileURL(report.root).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: 'https://github.com/eslint-plugin-reliability/eslint-plugin-reliability/blob/main/docs/audit.md',
            rules: ruleIds.map((ruleId) => {
              const slash = ruleId.lastIndexOf('/');
              const ruleClass = getRuleClass(ruleId.slice(slash + 1), slash === -1);
              return {
                id: ruleId,
                helpUri: docsUrls.get(ruleId),
                shortDescription: { text: `${ruleId}: ${ruleClass === undefined ? 'reliability' : getAreaTitle(ruleClass.area)}` },
                properties: {
                  tags: ['reliability', ...(ruleClass === undefined ? [] : [ruleClass.area])],
                  ...ruleClass,
                },
              };
            }),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.unparsedFiles.map((file) => ({
              level: 'error',
              message: { text: file.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeUri(file.file), uriBaseId: 'SRCROOT' },
                    ...(file.line === null ? {} : { region: { startLine: file.line, startColumn: Math.max(1, file.column ?? 1) } }),
                  },
                },
              ],
            })),
          },
        ],
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIds.indexOf(finding.ruleId),
          level: level(finding),
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeUri(finding.file), uriBaseId: 'SRCROOT' },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn,
                },
              },
            },
          ],
          partialFingerprints: { 'reliabilityAudit/v1': finding.fingerprint },
          ...(finding.baselineState === null ? {} : { baselineState: finding.baselineState }),
          properties: { area: finding.area, severity: finding.severity },
        })),
      },
    ],
  };
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(report: AuditReport): string {
  return `${JSON.stringify(createSarif(report), null, 2)}\n`;
}
