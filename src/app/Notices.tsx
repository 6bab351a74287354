import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectNotices } from '../state/selectors';

/** Dismissible messages about what the app could not use (a bad link, a dataset problem). */
export function Notices() {
  const notices = useEnvoy(selectNotices);
  const { dismiss } = useEnvoy(selectActions);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.tone}`} role={n.tone === 'info' ? 'status' : 'alert'}>
          <p id={`notice-${n.id}`}>{n.message}</p>
          <button
            type="button"
            onClick={() => dismiss(n.id)}
            aria-label="Dismiss notice"
            aria-describedby={`notice-${n.id}`}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
