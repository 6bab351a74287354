/** "Open dataset…" for the header (shortened to "Open…" on a phone; the name stays whole). */
export function OpenDatasetButton({ onClick }: { onClick(): void }) {
  return (
    <button
      type="button"
      className="open-button"
      onClick={onClick}
      aria-haspopup="dialog"
      aria-label="Open dataset…"
      title="Open a dataset: a file, a folder, a URL"
    >
      <span className="open-button__long">Open dataset…</span>
      <span className="open-button__short">Open…</span>
    </button>
  );
}
