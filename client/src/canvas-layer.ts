/** Canvas layers drawn under or over Sigma's own (country outlines, the focus of a town). */
import type { Renderer } from './context.ts';

/**
 * Fits the layer's canvas to the renderer (CSS pixels, scaled by the device's pixel ratio and by
 * `resolution`, programs.ts `drawingResolution`), clears it, and returns the size drawn in.
 */
export function resetLayer(
  renderer: Renderer,
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  resolution = 1,
): { width: number; height: number; pixelRatio: number } {
  const { width, height } = renderer.getDimensions();
  const pixelRatio = (window.devicePixelRatio || 1) * resolution;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  // whole pixels, rounded down as sigma sizes its own layers
  if (canvas.width !== Math.floor(width * pixelRatio)) canvas.width = Math.floor(width * pixelRatio);
  if (canvas.height !== Math.floor(height * pixelRatio)) canvas.height = Math.floor(height * pixelRatio);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  return { width, height, pixelRatio };
}

/**
 * Shows or hides a layer's canvas (touching the style only when that changes). A layer with
 * nothing on it is hidden, not left cleared: in headless Chromium a shown canvas that was cleared
 * is copied and blended into the page on every frame, as one with a drawing is.
 */
export function showLayer(canvas: HTMLCanvasElement | undefined, shown: boolean): void {
  const display = shown ? '' : 'none';
  if (canvas && canvas.style.display !== display) canvas.style.display = display;
}
