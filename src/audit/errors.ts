/** An error the audit explains itself: its message is shown as is, and the exit code is 2. */
export class AuditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditError';
  }
}
