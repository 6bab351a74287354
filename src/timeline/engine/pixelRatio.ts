/**
 * Calls `onChange` when the device pixel ratio changes without a resize (a window dragged to another
 * screen, browser zoom), so the canvas is redrawn crisply. Returns the function that stops watching.
 */
export function watchPixelRatio(onChange: () => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  let mq: MediaQueryList | null = null;
  const listen = () => {
    mq?.removeEventListener('change', listen);
    mq = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    mq.addEventListener('change', listen);
    onChange();
  };
  listen();
  return () => mq?.removeEventListener('change', listen);
}
