// Decoding and parsing of uploaded CSV files, run in a worker thread (see server/http/upload.ts) so a large file
// never holds the event loop: every other request keeps being answered meanwhile.
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { decodeText } from '../../shared/csv/decodeText.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import type { ForecastRow } from '../../shared/types.ts';

/** A forecast file's rows. */
export function parseForecastUpload(input: { bytes: Uint8Array; timeZone: string }): ForecastRow[] {
  return parseForecastCsv(decodeText(input.bytes).text, input.timeZone);
}

/** A staff file's agents. */
export function parseAgentsUpload(input: { bytes: Uint8Array }): ReturnType<typeof parseAgentsCsv> {
  return parseAgentsCsv(decodeText(input.bytes).text);
}

