/** The one schema of an instant as inputs and outputs carry it. */
import { z } from 'zod';

/** ISO 8601 with its UTC offset (seconds optional), e.g. 2026-11-11T00:00:00+08:00. */
export const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, 'expected ISO 8601 with offset, e.g. 2026-11-11T00:00:00+08:00');
