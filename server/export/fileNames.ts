/** File-name-safe forms of agent ids and team names. */

/**
 * Keeps letters and digits of any script, "_" and "-"; every other character becomes %XX per UTF-8 octet
 * ("%" itself included), so "../x" cannot leave the folder, Windows-reserved characters never appear, and two
 * different ids never share a file.
 */
export function fileNamePart(value: string): string {
  let out = '';
  for (const char of value) {
    if (/^[\p{L}\p{N}_-]$/u.test(char)) out += char;
    else for (const octet of new TextEncoder().encode(char)) out += `%${octet.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out === '' ? '%' : out;
}
