// Draws images/icon.png (128×128): a magnifying glass over a status badge.
//
// Written with zlib alone so the icon can be regenerated without an image
// tool; shapes are supersampled 4×4 per pixel for smooth edges.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

/** @typedef {readonly [number, number, number]} Colour */

/** @type {Colour} */
const BACKGROUND = [23, 43, 77];
/** @type {Colour} */
const GLASS = [255, 255, 255];
/** @type {Colour} */
const OK = [46, 204, 113];
/** @type {Colour} */
const FAIL = [231, 76, 60];

/**
 * @param {number} x
 * @param {number} y
 * @param {number} margin
 * @param {number} radius
 */
function insideRoundedSquare(x, y, margin, radius) {
  const min = margin;
  const max = SIZE - margin;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= min && x <= max && y >= min && y <= max;
}

/**
 * @param {number} x
 * @param {number} y
 * @param {number} x1
 * @param {number} y1
 * @param {number} x2
 * @param {number} y2
 */
function distanceToSegment(x, y, x1, y1, x2, y2) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/**
 * The colour at a point, or undefined for transparent.
 * @param {number} x
 * @param {number} y
 * @returns {Colour | undefined}
 */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y, 4, 22)) return undefined;
  const lensX = 54;
  const lensY = 54;
  const distance = Math.hypot(x - lensX, y - lensY);
  // Handle of the magnifying glass.
  if (distanceToSegment(x, y, 78, 78, 106, 106) <= 8) return GLASS;
  // Ring of the lens.
  if (distance >= 28 && distance <= 38) return GLASS;
  if (distance < 28) {
    // Inside the lens: two status bars, one green (delivered) and one red (failed).
    if (distanceToSegment(x, y, 40, 46, 68, 46) <= 4.5) return OK;
    if (distanceToSegment(x, y, 40, 63, 60, 63) <= 4.5) return FAIL;
  }
  return BACKGROUND;
}

function render() {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    row[0] = 0; // PNG filter type "none".
    for (let px = 0; px < SIZE; px++) {
      /** @type {[number, number, number, number]} */
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const offset = 1 + px * 4;
      if (covered > 0) {
        row[offset] = Math.round(sum[0] / covered);
        row[offset + 1] = Math.round(sum[1] / covered);
        row[offset + 2] = Math.round(sum[2] / covered);
      }
      row[offset + 3] = Math.round(sum[3] / (SAMPLES * SAMPLES));
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} buffer */
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = /** @type {number} */ (CRC_TABLE[(c ^ byte) & 0xff]) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = join(import.meta.dirname, '..', 'images', 'icon.png');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, png);
process.stdout.write(`Wrote ${out} (${png.length} bytes).\n`);
