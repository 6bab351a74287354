import { flattenAtlas, type Atlas } from './basemapFlat';

/** Answers the page's one request with the atlas projected to flat arrays, handed over without copying. */
export function serveFlat(atlas: unknown) {
  self.onmessage = () => {
    try {
      const flat = flattenAtlas(atlas as Atlas);
      (self as unknown as Worker).postMessage({ ok: true, flat }, [
        flat.xy.buffer,
        flat.ringStart.buffer,
        flat.ringOffset.buffer,
        flat.bounds.buffer,
      ]);
    } catch (err) {
      (self as unknown as Worker).postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  };
}
