import type { Format } from '../args.js';
import type { AuditReport } from '../model.js';
import type { FormatContext } from './common.js';
import { formatHtml } from './html.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatTerminal } from './terminal.js';

export type { FormatContext } from './common.js';

export function formatReport(report: AuditReport, format: Format, context: FormatContext): string {
  switch (format) {
    case 'terminal':
      return formatTerminal(report, context);
    case 'markdown':
      return formatMarkdown(report, context);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'sarif':
      return formatSarif(report);
    case 'html':
      return formatHtml(report, context);
  }
}
