/**
 * QR codes of links, as PNG (to print or share) and SVG (to scale on a card). The library is
 * loaded at the first code asked for, not at every start of the server.
 */
// Medium error correction survives a creased card; the quiet zone is the standard four modules.
const OPTIONS = { errorCorrectionLevel: "M", margin: 4 };
/** A PNG of the link's QR code, large enough to print at 4 cm. */
export async function qrPng(link) {
    const { default: QRCode } = await import("qrcode");
    return QRCode.toBuffer(link, { ...OPTIONS, type: "png", width: 600 });
}
/** An SVG of the link's QR code (scales to any size). */
export async function qrSvg(link) {
    const { default: QRCode } = await import("qrcode");
    return QRCode.toString(link, { ...OPTIONS, type: "svg" });
}
//# sourceMappingURL=qr.js.map