/**
 * The picture of where the secretariat sits as a PNG, drawn by the browser from its SVG on a canvas: the
 * fallback image the Word file carries for readers that do not draw SVG (LibreOffice, Word before 2016).
 * Loaded with the Word download only. The SVG is loaded from a blob: address, which the page's
 * Content-Security-Policy allows for images; any failure gives null, and the Word file keeps a blank fallback.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array | null> {
  // Twice the picture's size in pixels, so the PNG stays sharp when Word scales it to the text width.
  const scale = 2;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the picture could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    // A white ground: the SVG leaves its background transparent, which some readers show as black.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
