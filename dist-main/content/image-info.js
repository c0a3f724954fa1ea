/**
 * The type and pixel size of a PNG or JPEG file, read from its header, so content check can
 * tell an operator that an image will not fit LINE's rich menu before LINE refuses it.
 */
import { open } from "node:fs/promises";
/** Header bytes read: enough for a PNG's IHDR and for the markers of most JPEG headers. */
const HEADER_BYTES = 64 * 1024;
/** Reads a file's image header; undefined when the file cannot be read. */
export async function readImageInfo(file) {
    let handle;
    try {
        handle = await open(file, "r");
        const { size } = await handle.stat();
        const buffer = Buffer.alloc(Math.min(size, HEADER_BYTES));
        await handle.read(buffer, 0, buffer.length, 0);
        return { ...imageSize(buffer), bytes: size };
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}
/** The type and size in a file's first bytes. */
export function imageSize(header) {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (header.length >= 24 && header.subarray(0, 8).equals(png)) {
        return { type: "png", width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
    }
    if (header.length >= 4 && header[0] === 0xff && header[1] === 0xd8) {
        // Walk the segments to the first start-of-frame marker, which holds the size.
        let offset = 2;
        while (offset + 9 < header.length && header[offset] === 0xff) {
            const marker = header[offset + 1] ?? 0;
            const length = header.readUInt16BE(offset + 2);
            const startOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
            if (startOfFrame) {
                return {
                    type: "jpeg",
                    height: header.readUInt16BE(offset + 5),
                    width: header.readUInt16BE(offset + 7),
                };
            }
            offset += 2 + length;
        }
        return { type: "jpeg", width: 0, height: 0 };
    }
    return { type: "other", width: 0, height: 0 };
}
//# sourceMappingURL=image-info.js.map