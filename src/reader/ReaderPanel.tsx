/** Placeholder until the reader lands. */
export function ReaderPanel() {
  return (
    <div className="panel">
      <h2 className="panel__title">Source article</h2>
      <p>Select an event to read the passage that reports it.</p>
    </div>
  );
}
