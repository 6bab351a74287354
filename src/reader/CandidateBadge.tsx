/** "Candidate": an event a tool drafted and no person has reviewed yet. */
export function CandidateBadge() {
  return (
    <span className="candidate-badge" title="Drafted by a tool from the article; not yet reviewed by a person">
      Candidate
    </span>
  );
}
