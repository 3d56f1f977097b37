import { useState } from 'react';
import { api } from '../api.js';
import { navigate } from '../App.jsx';
import { Alert, CONTRACTS, Field, formatDateTime, label, Loading, Problem, PROFESSIONS, UNITS, URGENCIES, useAction, useResource } from '../components/ui.jsx';
import NeedForm from './NeedForm.jsx';
import { NEED_STATUS } from './Needs.jsx';
import MissionFeedback from '../components/MissionFeedback.jsx';

const PROPOSAL_STATUS = {
  PROPOSED: 'Proposé', CONTACT_REQUESTED: 'Demande envoyée', ACCEPTED: 'A accepté d\'être contacté', DECLINED: 'A décliné',
  EXPIRED: 'Sans réponse', WITHDRAWN: 'Retiré', CONFIRMED: 'Mission confirmée', CANCELLED: 'Mission annulée',
  COMPLETED: 'Mission terminée',
};

function ContactDetails({ proposal, establishmentId }) {
  const [details, setDetails] = useState(null);
  const action = useAction();
  const show = () => action.run(() => api(`/api/volunteers/${encodeURIComponent(proposal.volunteerId)}/contact?proposalId=${encodeURIComponent(proposal.id)}&establishmentId=${encodeURIComponent(establishmentId)}`)).then(setDetails);
  if (details) {
    return <p className="fr-mb-1w"><strong>{details.firstName} {details.lastName}</strong> — {details.phone || 'pas de téléphone'} — {details.email} (préfère : {details.preferredChannel})</p>;
  }
  return (
    <>
      <Problem error={action.error} />
      <button className="fr-btn fr-btn--secondary fr-btn--sm" onClick={show} disabled={action.pending}>Voir ses coordonnées</button>
    </>
  );
}

function Proposal({ proposal, need, me, reload }) {
  const action = useAction();
  const [reason, setReason] = useState('');
  const post = (path, body = {}) => action.run(() => api(`/api/matching/proposals/${encodeURIComponent(proposal.id)}/${path}`, { method: 'POST', body })).then((r) => r && reload());
  const staff = me.roles.includes('establishment');
  return (
    <div className="rr-card">
      <p className="fr-mb-1w"><strong>{proposal.initials}</strong> — {PROPOSAL_STATUS[proposal.status]}
        {proposal.status === 'CONTACT_REQUESTED' && ` (réponse attendue avant le ${formatDateTime(proposal.expiresAt)})`}</p>
      {proposal.reason && <p className="fr-text--sm">Motif : {proposal.reason}</p>}
      <Problem error={action.error} />
      {staff && ['ACCEPTED', 'CONFIRMED'].includes(proposal.status) && <ContactDetails proposal={proposal} establishmentId={need.establishmentId} />}
      {proposal.status === 'ACCEPTED' && <button className="fr-btn fr-btn--sm fr-mt-1w" onClick={() => post('confirm')} disabled={action.pending}>Confirmer la mission</button>}
      {['CONFIRMED', 'COMPLETED'].includes(proposal.status) && (
        <p className="fr-mt-1w"><a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/api/matching/proposals/${encodeURIComponent(proposal.id)}/mission-sheet`} download>Fiche de mission (PDF)</a></p>
      )}
      {proposal.status === 'COMPLETED' && (proposal.establishmentFeedbackGiven
        ? <p className="fr-text--sm">Votre avis a été transmis à l'ARS.</p>
        : <MissionFeedback id={proposal.id} path={`/api/matching/proposals/${encodeURIComponent(proposal.id)}/feedback`} onDone={reload} />)}
      {proposal.status === 'CONFIRMED' && (
        <div className="fr-mt-1w">
          <Field id={`cancel-${proposal.id}`} label="Motif d'annulation" value={reason} error={action.fieldErrors.reason} onChange={setReason} />
          <button className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => post('cancel', { reason })} disabled={action.pending}>Annuler la mission</button>
        </div>
      )}
    </div>
  );
}

/** A pseudonymised candidate with the reasons for their rank (shortlists and the candidate search). */
export function CandidateSummary({ entry }) {
  return (
    <>
      <p className="fr-mb-1w"><strong>{entry.initials}</strong> — {entry.professions.map((p) => label(PROFESSIONS, p)).join(', ')} — {entry.experienceYears} an(s) d'expérience — distance {entry.distance}
        <span className="fr-badge fr-badge--sm fr-ml-1w">Score {Math.round(entry.score.total)}/100</span></p>
      <details>
        <summary>Pourquoi ce candidat</summary>
        <ul className="rr-explanation">{[...entry.criteriaMet, ...entry.ranking].map((line) => <li key={line}>{line}</li>)}</ul>
      </details>
    </>
  );
}

function Candidate({ entry, needId, reload }) {
  const action = useAction();
  const request = () => action.run(() => api(`/api/matching/needs/${encodeURIComponent(needId)}/contact-requests`, { method: 'POST', body: { volunteerId: entry.volunteerId } })).then((r) => r && reload());
  const busy = entry.proposal && entry.proposal.status !== 'PROPOSED' && !['DECLINED', 'EXPIRED', 'WITHDRAWN'].includes(entry.proposal.status);
  return (
    <li className="rr-card" data-volunteer-id={entry.volunteerId}>
      <CandidateSummary entry={entry} />
      <Problem error={action.error} />
      {busy
        ? <p className="fr-text--sm fr-mt-1w">{PROPOSAL_STATUS[entry.proposal.status]}</p>
        : <button className="fr-btn fr-btn--sm fr-mt-1w" onClick={request} disabled={action.pending}>Demander un contact</button>}
    </li>
  );
}

function CancelNeed({ need, reload }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const cancel = (e) => {
    e.preventDefault();
    action.run(() => api(`/api/needs/${encodeURIComponent(need.id)}/cancel`, { method: 'POST', body: { version: need.version, reason } })).then((r) => r && reload());
  };
  return (
    <form onSubmit={cancel} noValidate className="fr-mt-4w">
      <Problem error={action.error} />
      <Field id="cancelReason" label="Annuler ce besoin : motif" value={reason} error={action.fieldErrors.reason} onChange={setReason}
             hint={need.filledPositions > 0 ? 'Ses missions confirmées seront annulées et les volontaires prévenus, avec ce motif.' : undefined} />
      <button className="fr-btn fr-btn--tertiary" type="submit" disabled={action.pending}>Annuler le besoin</button>
    </form>
  );
}

/** Matching asks the best candidates a few at a time, and the next ones when answers fail to come. */
function Waves({ needId, reload }) {
  const waves = useResource(`/api/matching/needs/${encodeURIComponent(needId)}/waves`, [needId], { catchUp: true });
  const action = useAction();
  const toggle = () => action.run(() => api(`/api/matching/needs/${encodeURIComponent(needId)}/waves`, { method: waves.data.active ? 'DELETE' : 'PUT' }))
    .then((r) => { if (r) { waves.reload(); reload(); } });
  if (!waves.data) return <Problem error={waves.error} />;
  return (
    <div className="rr-card">
      <h3 className="fr-h6 fr-mb-1w">Sollicitation progressive</h3>
      <p className="fr-text--sm">
        {waves.data.active
          ? `Active depuis le ${formatDateTime(waves.data.since)} : deux demandes sont en cours par poste ouvert ; quand un candidat décline ou ne répond pas, le suivant est sollicité, jusqu'à ce que le besoin soit pourvu.`
          : 'Plutôt que de solliciter tout le monde, laissez Renfort RH demander aux deux meilleurs candidats par poste, puis aux suivants si besoin. Chaque volontaire reste protégé par sa limite de sollicitations.'}
      </p>
      <Problem error={action.error} />
      <button type="button" className={`fr-btn fr-btn--sm${waves.data.active ? ' fr-btn--secondary' : ''}`} onClick={toggle} disabled={action.pending}>
        {waves.data.active ? 'Arrêter la sollicitation progressive' : 'Activer la sollicitation progressive'}
      </button>
    </div>
  );
}

/** What the need offers and asks, as posted. */
function NeedSummary({ details }) {
  const items = [
    ['Service', details.unitType && label(UNITS, details.unitType)], ['Type de contrat', label(CONTRACTS, details.contractType)],
    ['Rémunération', details.payIndication], ['Hébergement', details.housingOffered && 'proposé'],
    ['Expérience ou compétences attendues', details.requiredExperience], ['Personne à contacter', details.contactPerson],
  ].filter(([, value]) => value);
  return (
    <>
      <ul>{items.map(([name, value]) => <li key={name}>{name} : {value}</li>)}</ul>
      {details.description && <p>{details.description}</p>}
    </>
  );
}

export default function NeedDetail({ me, needId }) {
  const need = useResource(`/api/needs/${encodeURIComponent(needId)}`, [needId]);
  if (need.loading && need.data?.id !== needId) return <Loading />;
  if (need.error) return <Problem error={need.error} />;
  return <NeedPage key={needId} me={me} need={need} />;
}

/** A need the caller may see; matching is asked for its candidates and requests only then (another's need would wait for nothing). */
function NeedPage({ me, need }) {
  const n = need.data;
  const [editing, setEditing] = useState(false);
  const [copying, setCopying] = useState(false);
  const [saved, setSaved] = useState(false);
  const shortlist = useResource(`/api/matching/needs/${encodeURIComponent(n.id)}/shortlist`, [n.id], { catchUp: true });
  const proposals = useResource(`/api/matching/needs/${encodeURIComponent(n.id)}/proposals`, [n.id], { catchUp: true });
  const reloadAll = () => { need.reload(); shortlist.reload(); proposals.reload(); };
  const open = n.status === 'PUBLISHED' || n.status === 'PARTIALLY_FILLED';
  const followed = (proposals.data || []).filter((p) => p.status !== 'PROPOSED');
  return (
    <>
      <h1>{label(PROFESSIONS, n.details.profession)} — {n.establishmentName}</h1>
      <p><span className="fr-badge">{NEED_STATUS[n.status]}</span> Urgence : {label(URGENCIES, n.details.urgency)} — {n.filledPositions} / {n.details.positions} poste(s) pourvu(s){n.completedMissions > 0 ? `, ${n.completedMissions} mission(s) terminée(s)` : ''}</p>
      <p>Créneaux : {n.shifts.map((s) => `${new Date(s.date).toLocaleDateString('fr-FR')} ${s.start.slice(0, 5)}–${s.end.slice(0, 5)}`).join(' ; ')}</p>
      {n.cancellationReason && <p>Motif d'annulation : {n.cancellationReason}</p>}
      {saved && <Alert type="success">Modifications enregistrées.</Alert>}
      {editing
        ? <NeedForm need={n} onSaved={() => { setEditing(false); setSaved(true); reloadAll(); }} onCancel={() => setEditing(false)} />
        : <NeedSummary details={n.details} />}
      {!editing && !copying && me.roles.includes('establishment') && (
        <div className="rr-actions fr-mb-3w">
          {(open || n.status === 'FILLED') && <button type="button" className="fr-btn fr-btn--secondary" onClick={() => { setSaved(false); setEditing(true); }}>Modifier le besoin</button>}
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => { setSaved(false); setCopying(true); }}>Publier un besoin semblable</button>
        </div>
      )}
      {copying && <NeedForm establishmentId={n.establishmentId} from={n} onCancel={() => setCopying(false)}
                            onSaved={(copy) => { setCopying(false); navigate(`/espace/besoins/${encodeURIComponent(copy.id)}`); }} />}

      <h2 className="fr-h3">Suivi des demandes</h2>
      {proposals.loading && !proposals.data && <Loading />}
      {followed.length === 0 && proposals.data && <p>Aucune demande envoyée : choisissez des candidats ci-dessous.</p>}
      {followed.map((p) => <Proposal key={p.id} proposal={p} need={n} me={me} reload={reloadAll} />)}

      {open && (
        <>
          <h2 className="fr-h3">Candidats proposés</h2>
          <p className="fr-text--sm">Profils pseudonymisés, classés et expliqués. Leurs coordonnées vous seront communiquées s'ils acceptent votre demande.</p>
          <Waves needId={n.id} reload={reloadAll} />
          {shortlist.loading && !shortlist.data && <Loading label="Recherche des candidats…" />}
          {shortlist.error && <Problem error={shortlist.error} />}
          {shortlist.data?.length === 0 && <Alert title="Aucun candidat éligible pour l'instant">Aucun volontaire vérifié ne remplit tous les critères (profession, distance, disponibilités, repos). La liste se met à jour dès qu'un volontaire s'inscrit ou confirme ses disponibilités.</Alert>}
          {shortlist.data?.length > 0 && <ol className="fr-raw-list">{shortlist.data.map((entry) => <Candidate key={entry.volunteerId} entry={entry} needId={n.id} reload={reloadAll} />)}</ol>}
          {me.roles.includes('establishment') && <CancelNeed need={n} reload={reloadAll} />}
        </>
      )}
    </>
  );
}
