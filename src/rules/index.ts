import noSwallowedErrors from './no-swallowed-errors.js';
import noSyncIoInAsync from './no-sync-io-in-async.js';
import noUnboundedConcurrency from './no-unbounded-concurrency.js';
import noUnvalidatedInput from './no-unvalidated-input.js';
import preferMonotonicClock from './prefer-monotonic-clock.js';
import preferStreamPipeline from './prefer-stream-pipeline.js';
import preferStructuredLogging from './prefer-structured-logging.js';
import requireBoundedRetry from './require-bounded-retry.js';
import requireGracefulShutdown from './require-graceful-shutdown.js';
import requireHandlerMetrics from './require-handler-metrics.js';
import requireIdempotentSql from './require-idempotent-sql.js';
import requireRatioRange from './require-ratio-range.js';
import requireResponseCheck from './require-response-check.js';
import requireTimeout from './require-timeout.js';

/** Every rule of the plugin by name, alphabetical. */
export const rules = {
  'no-swallowed-errors': noSwallowedErrors,
  'no-sync-io-in-async': noSyncIoInAsync,
  'no-unbounded-concurrency': noUnboundedConcurrency,
  'no-unvalidated-input': noUnvalidatedInput,
  'prefer-monotonic-clock': preferMonotonicClock,
  'prefer-stream-pipeline': preferStreamPipeline,
  'prefer-structured-logging': preferStructuredLogging,
  'require-bounded-retry': requireBoundedRetry,
  'require-graceful-shutdown': requireGracefulShutdown,
  'require-handler-metrics': requireHandlerMetrics,
  'require-idempotent-sql': requireIdempotentSql,
  'require-ratio-range': requireRatioRange,
  'require-response-check': requireResponseCheck,
  'require-timeout': requireTimeout,
};
