/** Zip helpers: fix entry timestamps so archives (xlsx) are byte-for-byte reproducible. */
import { sourceDateEpoch } from './time.js';
import { currentScope } from './scope.js';

/**
 * The fixed time written into entries: the API call's fixed date (its Context's: SOURCE_DATE_EPOCH, parsed when
 * the Context was made, or a date the caller gave), else SOURCE_DATE_EPOCH, else 1980-01-01 00:00 (the DOS epoch).
 */
export function reproducibleDate(): Date {
  const fixed = currentScope()?.fixedDate ?? sourceDateEpoch();
  return fixed && fixed.getTime() > 0 ? fixed : new Date(Date.UTC(1980, 0, 1));
}

/**
 * Rewrite the DOS modification time/date of every entry (local headers and central directory) in place.
 * exceljs (JSZip) stamps entries with the current time; this makes the bytes depend on content only.
 */
export function fixZipTimestamps(zip: Uint8Array, date = reproducibleDate()): Uint8Array {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const y = Math.max(1980, date.getUTCFullYear());
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((y - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  // end of central directory: last occurrence of its signature
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    buf.writeUInt16LE(dosTime, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('corrupt zip local header');
    buf.writeUInt16LE(dosTime, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
