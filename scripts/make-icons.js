#!/usr/bin/env node
// Writes the add-in's PNG icons (assets/icon-<size>.png): a dark blue rounded
// square with three rising white bars and a gold pass line. Node only (zlib),
// so the icons can be rebuilt anywhere: `node scripts/make-icons.js`.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x4e, 0x79, 255];
const WHITE = [255, 255, 255, 255];
const GOLD = [0xff, 0xc0, 0x00, 255];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Colour of pixel (x, y) in an icon of `size` pixels. */
function pixel(x, y, size) {
  const r = Math.max(1, Math.round(size * 0.15)); // corner radius
  const cx = x < r ? r - 0.5 : x >= size - r ? size - r - 0.5 : x;
  const cy = y < r ? r - 0.5 : y >= size - r ? size - r - 0.5 : y;
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  // Pass line across the bars.
  const line = Math.max(1 / size, 0.06);
  if (Math.abs(v - 0.42) < line / 2 && u > 0.14 && u < 0.86) return GOLD;
  // Three bars rising left to right, standing on y = 0.82.
  const bars = [
    [0.18, 0.34, 0.58],
    [0.42, 0.58, 0.36],
    [0.66, 0.82, 0.2],
  ];
  for (const [x0, x1, top] of bars) if (u >= x0 && u < x1 && v >= top && v < 0.82) return WHITE;
  return BLUE;
}

function png(size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = path.join(out, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
