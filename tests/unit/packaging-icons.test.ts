// The icon script, run here into a temporary folder, and the committed icons in build/: every file
// parsed with readers written from the formats (PNG IHDR, ICO directory and bitmaps, ICNS chunks),
// independent of the writer in build/icons/icons.ts.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIcons, ICNS_CHUNKS, ICO_SIZES, ICON_FILES, PNG_SIZES, pngName } from '../../build/icons/icons.ts';

const buildDir = fileURLToPath(new URL('../../build/', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

/** Reads a PNG's IHDR (the first chunk, by the format's rules). */
function pngHeader(png: Buffer): PngHeader {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png.readUInt8(24), colorType: png.readUInt8(25) };
}

interface IcoEntry {
  size: number;
  bitCount: number;
  data: Buffer;
}

/** Reads an .ico directory and slices out each image, checking offsets stay inside the file. */
function icoEntries(ico: Buffer): IcoEntry[] {
  expect(ico.readUInt16LE(0), 'reserved').toBe(0);
  expect(ico.readUInt16LE(2), 'type 1 = icon').toBe(1);
  const count = ico.readUInt16LE(4);
  let end = 6 + 16 * count;
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const width = ico.readUInt8(at) || 256;
    const height = ico.readUInt8(at + 1) || 256;
    expect(height).toBe(width);
    expect(ico.readUInt16LE(at + 4), 'planes').toBe(1);
    const bytes = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    expect(offset, 'images follow one another').toBe(end);
    end = offset + bytes;
    expect(end).toBeLessThanOrEqual(ico.length);
    return { size: width, bitCount: ico.readUInt16LE(at + 6), data: ico.subarray(offset, end) };
  });
}

/** Decodes a 32-bit .ico bitmap to top-down RGBA. */
function bitmapRgba(data: Buffer, size: number): Buffer {
  expect(data.readUInt32LE(0), 'BITMAPINFOHEADER').toBe(40);
  expect(data.readInt32LE(4)).toBe(size);
  expect(data.readInt32LE(8), 'image and mask').toBe(size * 2);
  expect(data.readUInt16LE(14), 'bits per pixel').toBe(32);
  const maskRow = Math.ceil(size / 32) * 4;
  expect(data.length).toBe(40 + size * size * 4 + maskRow * size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const from = 40 + ((size - 1 - y) * size + x) * 4;
      const to = (y * size + x) * 4;
      rgba[to] = data[from + 2]!;
      rgba[to + 1] = data[from + 1]!;
      rgba[to + 2] = data[from]!;
      rgba[to + 3] = data[from + 3]!;
    }
  return rgba;
}

/** Reads the chunks of an .icns file. */
function icnsChunks(icns: Buffer): { type: string; data: Buffer }[] {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4), 'declared length').toBe(icns.length);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4);
    expect(length).toBeGreaterThan(8);
    chunks.push({ type: icns.toString('latin1', at, at + 4), data: icns.subarray(at + 8, at + length) });
    at += length;
    expect(at).toBeLessThanOrEqual(icns.length);
  }
  return chunks;
}

const rgbaOf = async (png: Buffer): Promise<Buffer> => sharp(png).ensureAlpha().raw().toBuffer();

/** Checks every icon file in `dir` (laid out as ICON_FILES says). */
async function checkIcons(dir: string): Promise<void> {
  const pngDir = join(dir, ICON_FILES.pngDir);
  expect((await readdir(pngDir)).sort()).toEqual(PNG_SIZES.map(pngName).sort());
  for (const size of PNG_SIZES) {
    const header = pngHeader(await readFile(join(pngDir, pngName(size))));
    expect(header, pngName(size)).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 }); // 6 = RGBA
  }

  const entries = icoEntries(await readFile(join(dir, ICON_FILES.ico)));
  expect(entries.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  for (const { size, bitCount, data } of entries) {
    expect(bitCount).toBe(32);
    if (size === 256) expect(pngHeader(data)).toMatchObject({ width: 256, height: 256 });
    else bitmapRgba(data, size); // checks the header and length
  }
  // A bitmap entry holds exactly the pixels of the PNG of its size.
  const ico32 = entries.find((e) => e.size === 32)!;
  expect(bitmapRgba(ico32.data, 32).equals(await rgbaOf(await readFile(join(pngDir, pngName(32)))))).toBe(true);

  const chunks = icnsChunks(await readFile(join(dir, ICON_FILES.icns)));
  const expected: Record<string, number> = {
    icp4: 16,
    icp5: 32,
    ic11: 32,
    icp6: 64,
    ic12: 64,
    ic07: 128,
    ic08: 256,
    ic13: 256,
    ic09: 512,
    ic14: 512,
    ic10: 1024,
  };
  expect(chunks.map((c) => c.type).sort()).toEqual(Object.keys(expected).sort());
  for (const { type, data } of chunks) expect(pngHeader(data), type).toMatchObject({ width: expected[type], height: expected[type] });
}

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'mla-icons-'));
  await generateIcons(join(buildDir, 'icon.svg'), out);
}, 60_000);
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('icons (npm run icons)', () => {
  it('cover every size the platforms ask for', () => {
    expect([...PNG_SIZES]).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    expect([...ICO_SIZES]).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(ICNS_CHUNKS.map((c) => c.size)).toContain(1024);
  });

  it('are generated from build/icon.svg with the right formats and sizes', async () => {
    await checkIcons(out);
  });

  it('are committed in build/ with the right formats and sizes', async () => {
    await checkIcons(buildDir);
  });

  it('in build/ are up to date with build/icon.svg (run `npm run icons` after editing it)', async () => {
    // Pixels, not bytes: PNG encoders may differ between machines while the image is the same.
    for (const size of [16, 256, 1024]) {
      const [fresh, committed] = await Promise.all(
        [out, buildDir].map(async (dir) => rgbaOf(await readFile(join(dir, ICON_FILES.pngDir, pngName(size))))),
      );
      const maxDiff = fresh!.reduce((max, v, i) => Math.max(max, Math.abs(v - committed![i]!)), 0);
      expect(maxDiff, `${pngName(size)} differs from a fresh render`).toBeLessThanOrEqual(2);
    }
  });

  it('start from one square SVG source', async () => {
    const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]+viewBox="0 0 1024 1024"/);
    expect(await sharp(Buffer.from(svg)).metadata()).toMatchObject({ format: 'svg', width: 1024, height: 1024 });
  });
});
