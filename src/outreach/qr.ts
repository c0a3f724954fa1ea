/** QR codes of links, as PNG (to print or share) and SVG (to scale on a card). */
import QRCode from "qrcode";

// Medium error correction survives a creased card; the quiet zone is the standard four modules.
const OPTIONS = { errorCorrectionLevel: "M", margin: 4 } as const;

/** A PNG of the link's QR code, large enough to print at 4 cm. */
export function qrPng(link: string): Promise<Buffer> {
  return QRCode.toBuffer(link, { ...OPTIONS, type: "png", width: 600 });
}

/** An SVG of the link's QR code (scales to any size). */
export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { ...OPTIONS, type: "svg" });
}
