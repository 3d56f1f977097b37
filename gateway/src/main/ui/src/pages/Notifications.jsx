import { api } from '../api.js';
import { Link, navigate } from '../App.jsx';
import { Alert, Loading, Problem, formatDateTime, useAction, useResource } from '../components/ui.jsx';

/** Everyone's inbox: what the platform told them, newest first; opening one marks it read. */
export default function Notifications({ onChange }) {
  const { loading, data, error, reload } = useResource('/api/notifications?size=50');
  const action = useAction();
  const done = () => { reload(); onChange?.(); };
  const markRead = (n) => action.run(() => api(`/api/notifications/${encodeURIComponent(n.id)}/read`, { method: 'POST' })).then(done);
  const open = (n) => {
    if (!n.read) api(`/api/notifications/${encodeURIComponent(n.id)}/read`, { method: 'POST' }).then(() => onChange?.()).catch(() => {});
    navigate(n.link);
  };
  if (loading && !data) return <Loading />;
  if (error) return <Problem error={error} />;
  return (
    <>
      <h1>Notifications</h1>
      <Problem error={action.error} />
      {data.notifications.length === 0
        ? <Alert title="Aucune notification">Vous serez prévenu ici, et par message, des demandes et des étapes qui vous concernent.</Alert>
        : (
          <>
            <p>
              {data.unread === 0 ? 'Tout est lu.' : `${data.unread} non lue${data.unread > 1 ? 's' : ''}.`}{' '}
              {data.unread > 0 && (
                <button className="fr-btn fr-btn--sm fr-btn--tertiary" disabled={action.pending}
                        onClick={() => action.run(() => api('/api/notifications/read-all', { method: 'POST' })).then(done)}>
                  Tout marquer comme lu
                </button>
              )}
            </p>
            <ul className="rr-plain-list">
              {data.notifications.map((n) => (
                <li key={n.id} className={`rr-card fr-mb-2w${n.read ? '' : ' rr-unread'}`}>
                  <h2 className="fr-h6 fr-mb-1w">
                    {!n.read && <span className="fr-badge fr-badge--sm fr-badge--new fr-mr-1w">Nouveau</span>}
                    {n.critical && <span className="fr-badge fr-badge--sm fr-badge--error fr-mr-1w">Urgent</span>}
                    {n.title}
                  </h2>
                  <p className="fr-mb-1w">{n.body}</p>
                  <p className="fr-text--xs rr-muted fr-mb-1w">{formatDateTime(n.createdAt)}</p>
                  <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
                    <li><Link className="fr-btn fr-btn--sm" to={n.link} onClick={(e) => { e.preventDefault(); open(n); }}>Ouvrir</Link></li>
                    {!n.read && <li><button className="fr-btn fr-btn--sm fr-btn--secondary" disabled={action.pending} onClick={() => markRead(n)}>Marquer comme lu</button></li>}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
    </>
  );
}
