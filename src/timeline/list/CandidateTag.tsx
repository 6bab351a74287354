/** "Candidate" in a list row: a drafted event no person has reviewed yet. */
export function CandidateTag() {
  return <span className="event-table__tag event-table__tag--candidate">Candidate</span>;
}
