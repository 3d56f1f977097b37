import { useState } from 'react';
import { api } from '../api.js';
import { Alert, Field, formatDate, formatDateTime, label, Loading, Problem, URGENCIES, useAction, useResource } from '../components/ui.jsx';
import MissionFeedback from '../components/MissionFeedback.jsx';

const STATUS = {
  CONTACT_REQUESTED: 'En attente de votre réponse', ACCEPTED: 'Acceptée — l\'établissement va vous contacter',
  DECLINED: 'Déclinée', EXPIRED: 'Expirée sans réponse', WITHDRAWN: 'Retirée', CONFIRMED: 'Mission confirmée',
  CANCELLED: 'Mission annulée', COMPLETED: 'Mission terminée',
};

/** Each shift from its start to its end, the end's date written only when it is another day (a night). */
function shifts(list) {
  return list.map((s) => {
    const end = new Date(s.end);
    const sameDay = new Date(s.start).toDateString() === end.toDateString();
    return `${formatDateTime(s.start)} → ${sameDay ? end.toLocaleTimeString('fr-FR', { timeStyle: 'short' }) : formatDateTime(s.end)}`;
  }).join(' ; ');
}

/** What the need offers: profession, service, contract, urgency, where and how far, pay, housing. */
function NeedTerms({ need }) {
  return (
    <>
      <p className="fr-mb-1w">{[need.profession, need.unit, need.contract, `urgence ${label(URGENCIES, need.urgency).toLowerCase()}`].filter(Boolean).join(' — ')}</p>
      {need.place && <p className="fr-mb-1w">Lieu : {need.place}{need.distanceKm != null && ` — ${need.distanceKm < 1 ? 'à moins d\'1 km' : `à ${need.distanceKm} km`} de chez vous`}</p>}
      {(need.payIndication || need.housingOffered) && (
        <p className="fr-text--sm fr-mb-1w">
          {[need.payIndication && `Rémunération : ${need.payIndication}`, need.housingOffered && 'Hébergement proposé'].filter(Boolean).join(' — ')}
        </p>
      )}
    </>
  );
}

function Request({ request, reload }) {
  const action = useAction();
  const [reason, setReason] = useState('');
  const call = (path, body = {}) => action.run(() => api(`/api/matching/me/requests/${encodeURIComponent(request.id)}/${path}`, { method: 'POST', body })).then((r) => r && reload());
  return (
    <div className="rr-card">
      <h3 className="fr-h5">{request.establishmentName || 'Établissement'} — {STATUS[request.status] || request.status}</h3>
      {request.need && <NeedTerms need={request.need} />}
      <p className="fr-mb-1w">Créneaux : {shifts(request.shifts)}</p>
      {request.status === 'CONTACT_REQUESTED' && <p className="fr-text--sm">À répondre avant le {formatDateTime(request.expiresAt)}.</p>}
      {request.reason && <p className="fr-text--sm">Motif : {request.reason}</p>}
      <Problem error={action.error} />
      {request.status === 'CONTACT_REQUESTED' && (
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li><button className="fr-btn" disabled={action.pending} onClick={() => call('accept')}>Accepter d'être contacté</button></li>
          <li><button className="fr-btn fr-btn--secondary" disabled={action.pending} onClick={() => call('decline')}>Décliner</button></li>
        </ul>
      )}
      {['CONFIRMED', 'COMPLETED'].includes(request.status) && (
        <p><a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/api/matching/me/requests/${encodeURIComponent(request.id)}/mission-sheet`} download>Fiche de mission (PDF)</a></p>
      )}
      {request.status === 'COMPLETED' && (request.volunteerFeedbackGiven
        ? <p className="fr-text--sm">Merci, votre avis a été transmis à l'ARS.</p>
        : <MissionFeedback id={request.id} path={`/api/matching/me/requests/${encodeURIComponent(request.id)}/feedback`} onDone={reload} />)}
      {request.status === 'CONFIRMED' && (
        <div>
          <Field id={`reason-${request.id}`} label="Motif si vous devez annuler" value={reason} error={action.fieldErrors.reason} onChange={setReason} />
          <button className="fr-btn fr-btn--tertiary" disabled={action.pending} onClick={() => call('cancel', { reason })}>Annuler cette mission</button>
        </div>
      )}
    </div>
  );
}

/** When the last shift ends: a confirmed mission is upcoming until then, part of the history after. */
const endOf = (request) => Math.max(...request.shifts.map((s) => new Date(s.end).getTime()), 0);

function Section({ title, requests, reload, empty, children }) {
  return (
    <section className="fr-mb-4w">
      <h2 className="fr-h4">{title}</h2>
      {children}
      {requests.length === 0 ? <p className="rr-muted">{empty}</p>
        : requests.map((request) => <Request key={request.id} request={request} reload={reload} />)}
    </section>
  );
}

/**
 * A secret address the volunteer's calendar app subscribes to: missions appear, change and disappear there by themselves.
 * The server keeps only a digest of it, so it is shown once, right after it is made.
 */
function CalendarSubscription() {
  const { loading, data, error, reload } = useResource('/api/matching/me/calendar-feed');
  const action = useAction();
  const [address, setAddress] = useState(null);
  const [copied, setCopied] = useState(false);
  const subscribe = () => action.run(async () => {
    const feed = await api('/api/matching/me/calendar-feed', { method: 'POST' });
    setAddress(`${window.location.origin}${feed.address}`);
    setCopied(false);
    reload();
  });
  const end = () => action.run(async () => {
    await api('/api/matching/me/calendar-feed', { method: 'DELETE' });
    setAddress(null);
    reload();
  });
  const copy = () => navigator.clipboard.writeText(address).then(() => setCopied(true),
    () => document.getElementById('calendar-address').select());
  if (loading && !data) return <Loading />;
  if (error) return <Problem error={error} />;
  return (
    <section className="fr-mb-4w">
      <h2 className="fr-h4">Mes missions dans mon agenda</h2>
      <p>Abonnez l'agenda de votre téléphone ou de votre messagerie à vos missions : elles y apparaissent, changent et disparaissent d'elles-mêmes, sans fichier à importer de nouveau.</p>
      {address && (
        <>
          <Alert type="success" title="Adresse d'abonnement créée">
            Dans votre agenda, choisissez « Ajouter un agenda » puis « À partir d'une URL » et collez cette adresse. Gardez-la pour vous : elle montre vos missions sans mot de passe. Elle ne sera plus affichée ; si vous la perdez, créez-en une nouvelle.
          </Alert>
          <Field id="calendar-address" label="Adresse d'abonnement" value={address} onChange={() => {}} readOnly
                 onFocus={(e) => e.target.select()} />
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li><button className="fr-btn fr-btn--sm" onClick={copy}>{copied ? 'Adresse copiée' : "Copier l'adresse"}</button></li>
            <li><a className="fr-btn fr-btn--sm fr-btn--secondary" href={address.replace(/^https?:/, 'webcal:')}>Ouvrir dans mon agenda</a></li>
          </ul>
        </>
      )}
      {data.active && !address && (
        <p>
          Abonnement actif depuis le {formatDate(data.createdAt)}. {data.lastReadAt
            ? `Dernière lecture par votre agenda : ${formatDateTime(data.lastReadAt)}.` : "Votre agenda ne l'a pas encore lu."}
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li><button className="fr-btn fr-btn--sm fr-btn--secondary" onClick={subscribe} disabled={action.pending}>
          {data.active ? 'Créer une nouvelle adresse (l\'ancienne cessera de fonctionner)' : "Créer mon adresse d'abonnement"}
        </button></li>
        {data.active && (
          <li><button className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={end} disabled={action.pending}>Arrêter l'abonnement</button></li>
        )}
      </ul>
      <Problem error={action.error} />
    </section>
  );
}

export default function VolunteerRequests() {
  const { loading, data, error, reload } = useResource('/api/matching/me/requests');
  if (loading && !data) return <Loading />;
  if (error) return <Problem error={error} />;
  const now = Date.now();
  const pending = data.filter((r) => r.status === 'CONTACT_REQUESTED');
  const accepted = data.filter((r) => r.status === 'ACCEPTED');
  const upcoming = data.filter((r) => r.status === 'CONFIRMED' && endOf(r) >= now)
    .sort((a, b) => Math.min(...a.shifts.map((s) => new Date(s.start))) - Math.min(...b.shifts.map((s) => new Date(s.start))));
  const history = data.filter((r) => !pending.includes(r) && !accepted.includes(r) && !upcoming.includes(r));
  return (
    <>
      <h1>Demandes et missions</h1>
      {data.length === 0 && <Alert title="Aucune demande pour l'instant">Les établissements vous solliciteront quand un besoin correspond à votre profil vérifié et à vos disponibilités. Gardez-les à jour.</Alert>}
      {data.length > 0 && (
        <>
          <Section title={`À traiter (${pending.length})`} requests={pending} reload={reload} empty="Aucune demande n'attend votre réponse." />
          <Section title={`Missions à venir (${upcoming.length})`} requests={upcoming} reload={reload} empty="Aucune mission confirmée à venir.">
            {upcoming.length > 0 && (
              <p><a className="fr-link fr-icon-calendar-line fr-link--icon-left" href="/api/matching/me/missions.ics" download>
                Télécharger mes missions pour mon agenda (fichier .ics, un événement par créneau)
              </a></p>
            )}
          </Section>
          {accepted.length > 0 && <Section title="En attente d'un appel de l'établissement" requests={accepted} reload={reload} />}
          <Section title="Historique" requests={history} reload={reload} empty="Rien pour l'instant." />
        </>
      )}
      <CalendarSubscription />
    </>
  );
}
