// Draws the toolbar icon (a white check mark on a rounded indigo square) as PNGs in
// public/icon/, so the icon is reproducible without an image editor: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BACKGROUND = [79, 70, 229];
const SAMPLES = 4;
const CHECK = [
  [0.27, 0.53],
  [0.44, 0.7],
  [0.75, 0.33],
];

function insideRoundedSquare(x, y) {
  const radius = 0.22;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function onCheck(x, y) {
  return (
    Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2])) < 0.075
  );
}

function pixel(size, px, py) {
  let cover = 0;
  let white = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (!insideRoundedSquare(x, y)) continue;
      cover++;
      if (onCheck(x, y)) white++;
    }
  }
  const total = SAMPLES * SAMPLES;
  const mix = cover ? white / cover : 0;
  const rgb = BACKGROUND.map((c) => Math.round(c + (255 - c) * mix));
  return [...rgb, Math.round((255 * cover) / total)];
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]));
    for (let x = 0; x < size; x++) rows.push(Buffer.from(pixel(size, x, y)));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  const idat = deflateSync(Buffer.concat(rows));
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
