/**
 * Reads QR codes back in tests: a PNG through pngjs, an SVG (as the `qrcode` package draws it:
 * one path of horizontal runs) rasterised here, both decoded by jsQR.
 */
import jsQRModule from "jsqr";
import { PNG } from "pngjs";

// jsQR is CommonJS whose types declare an ES default export: under NodeNext the default import
// is the module object, so take the function from wherever the loader put it.
type Decode = (typeof jsQRModule)["default"];
const jsQR: Decode =
  (jsQRModule as unknown as { default?: Decode }).default ?? (jsQRModule as unknown as Decode);

/** The text of the QR code in a PNG file. */
export function decodePng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** The text of the QR code in an SVG drawn by `qrcode`. */
export function decodeSvg(svg: string, scale = 8): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const d = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !d) return undefined;
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const numbers = (args ?? "")
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === "M") [x, y] = [numbers[0] ?? 0, numbers[1] ?? 0];
    else if (command === "m") [x, y] = [x + (numbers[0] ?? 0), y + (numbers[1] ?? 0)];
    else if (command === "h") {
      const length = numbers[0] ?? 0;
      for (let i = 0; i < length; i++) dark.add(`${x + i},${Math.floor(y)}`);
      x += length;
    }
  }
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const value = dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`) ? 0 : 255;
      data.set([value, value, value, 255], (py * width + px) * 4);
    }
  }
  return jsQR(data, width, width)?.data;
}
