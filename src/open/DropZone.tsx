import { useEffect, useState } from 'react';
import type { ImportInput } from '../data/import/types';
import { filesFromDrop, inputFromFiles } from './pickedFiles';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** Drop a file or folder anywhere on the page to open it; an overlay says so while something is dragged over. */
export function DropZone({ onDrop, disabled = false }: { onDrop(input: ImportInput): void; disabled?: boolean }) {
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (disabled) return undefined;
    // dragenter and dragleave fire for every element crossed: count them to know when the drag leaves the page.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overPage = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      // Without this the browser would navigate away to the dropped file.
      e.preventDefault();
      depth = 0;
      setOver(false);
      void filesFromDrop(e.dataTransfer).then((files) => {
        const input = inputFromFiles(files);
        if (input) onDrop(input);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overPage);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop, disabled]);
  if (!over) return null;
  return (
    <div className="open-drop" aria-hidden="true">
      <div className="open-drop__box">
        <p className="open-drop__title">Drop to open in Envoy</p>
        <p>A dataset JSON, a .zip or folder, an ACLED or UCDP export, or a CSV of events. It stays on your computer.</p>
      </div>
    </div>
  );
}
