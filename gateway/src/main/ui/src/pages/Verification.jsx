import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { Alert, DEPARTMENTS, Field, formatDateTime, formatDecision, label, Loading, Pagination, Problem, PROFESSIONS, Select, useAction, useResource } from '../components/ui.jsx';

/** Profiles shown per page of the queue: each is a card to read before deciding. */
const QUEUE_PAGE = 20;

const DIRECTORY_BADGES = {
  CONFIRMED: ['success', 'Annuaire Santé : confirmé'], NAME_MISMATCH: ['warning', 'Annuaire Santé : autre nom'],
  INACTIVE: ['warning', 'Annuaire Santé : inactif'], NOT_FOUND: ['error', 'Annuaire Santé : inconnu'],
  NOT_APPLICABLE: ['info', 'Annuaire Santé : sans objet'], UNAVAILABLE: ['new', 'Annuaire Santé : en attente'],
};

/** What the national directory said of the RPPS number: a hint for the operator, who decides. */
export function DirectoryCheck({ check }) {
  if (!check) return <p className="fr-text--sm"><span className="fr-badge fr-badge--sm">Annuaire Santé : vérification en cours</span></p>;
  const [type, text] = DIRECTORY_BADGES[check.outcome];
  return (
    <p className="fr-text--sm">
      <span className={`fr-badge fr-badge--sm fr-badge--${type} fr-mr-1w`}>{text}</span>
      {check.detail} <span className="rr-muted">({formatDateTime(check.checkedAt)})</span>
    </p>
  );
}

/** Submitted again after a refusal (or a withdrawn verification): what the ARS asked then. */
function PreviousRefusal({ reason, decision }) {
  if (!reason) return null;
  return <p className="fr-text--sm"><span className="fr-badge fr-badge--sm fr-badge--warning fr-mr-1w">Soumis à nouveau</span>Motif du refus précédent : {reason}{decision && ` (${formatDecision(decision)})`}</p>;
}

/** A verified volunteer who changed what was verified comes back with that verification as their last decision. */
function ChangedSinceVerification({ decision }) {
  if (decision?.outcome !== 'VERIFIED') return null;
  return <p className="fr-text--sm"><span className="fr-badge fr-badge--sm fr-badge--info fr-mr-1w">Modifié après vérification</span>Vérifié le {formatDecision(decision)} ; le nom, les professions, le numéro RPPS/ADELI ou les diplômes ont changé depuis.</p>;
}

function VolunteerToVerify({ volunteer, reload }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const post = (path, body) => action.run(() => api(`/api/volunteers/${encodeURIComponent(volunteer.id)}/${path}`, { method: 'POST', body: { version: volunteer.version, ...body } })).then((r) => r && reload());
  const p = volunteer.profile;
  return (
    <div className="rr-card">
      <h3 className="fr-h5">{volunteer.firstName} {volunteer.lastName}</h3>
      <p className="fr-mb-1w">
        {p.professions.map((x) => label(PROFESSIONS, x)).join(', ')}{p.specialty ? ` (${p.specialty})` : ''}
        {' — '}{p.professionalId ? `RPPS/ADELI ${p.professionalId}` : 'sans numéro RPPS/ADELI'}
        {' — '}{volunteer.commune ? `${volunteer.commune.name} (${volunteer.commune.postcodes[0]})` : `commune ${p.mobility.communeInsee}`}
        {' — '}soumis le {formatDateTime(volunteer.submittedAt)}
      </p>
      <DirectoryCheck check={volunteer.directoryCheck} />
      <ChangedSinceVerification decision={volunteer.decision} />
      <PreviousRefusal reason={volunteer.rejectionReason} decision={volunteer.decision} />
      <p className="fr-text--sm">Diplômes : {p.diplomas.map((d) => `${d.title} (${d.year}, ${d.institution})`).join(' ; ') || '—'} — {p.experience.years} an(s) d'expérience</p>
      <Problem error={action.error} />
      <div className="rr-actions">
        <button className="fr-btn fr-btn--sm" onClick={() => post('verify', {})} disabled={action.pending}>Vérifier</button>
        <Field id={`reject-${volunteer.id}`} label="Motif de refus" value={reason} error={action.fieldErrors.reason} onChange={setReason} />
        <button className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => post('reject', { reason })} disabled={action.pending}>Refuser</button>
      </div>
    </div>
  );
}

function EstablishmentToVerify({ establishment, reload }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const post = (path, body) => action.run(() => api(`/api/establishments/${establishment.id}/${path}`, { method: 'POST', body })).then((r) => r && reload());
  return (
    <div className="rr-card">
      <h3 className="fr-h5">{establishment.details.name}</h3>
      <p className="fr-mb-1w">{establishment.categoryLabel} — FINESS {establishment.finess} — {establishment.details.address} ({establishment.department}) — demandé par {establishment.members.map((m) => m.name || m.email).join(', ')}</p>
      <PreviousRefusal reason={establishment.rejectionReason} decision={establishment.decision} />
      <Problem error={action.error} />
      <div className="rr-actions">
        <button className="fr-btn fr-btn--sm" onClick={() => post('verify', {})} disabled={action.pending}>Vérifier</button>
        <Field id={`reject-e-${establishment.id}`} label="Motif de refus" value={reason} error={action.fieldErrors.reason} onChange={setReason} />
        <button className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => post('reject', { reason })} disabled={action.pending}>Refuser</button>
      </div>
    </div>
  );
}

export default function Verification() {
  const [department, setDepartment] = useState(null);
  const [profession, setProfession] = useState(null);
  const [page, setPage] = useState(0);
  const query = new URLSearchParams(Object.entries({ department, profession }).filter(([, v]) => v)).toString();
  const volunteers = useResource(`/api/volunteers/verification-queue?${query}&page=${page}&size=${QUEUE_PAGE}`, [query, page]);
  const waiting = volunteers.data?.total;
  // deciding on the last cards of the last page empties it: show the page before
  useEffect(() => { if (page > 0 && waiting !== undefined && page * QUEUE_PAGE >= waiting) setPage(Math.max(0, Math.ceil(waiting / QUEUE_PAGE) - 1)); }, [waiting, page]);
  const establishments = useResource('/api/establishments?status=PENDING_VERIFICATION');
  const establishmentsShown = (establishments.data || []).filter((e) => !department || e.department === department);
  return (
    <>
      <h1>Vérifications</h1>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-2w">
        <div className="fr-col-12 fr-col-md-6"><Select id="f-department" label="Département" options={DEPARTMENTS} value={department} onChange={(v) => { setDepartment(v); setPage(0); }} placeholder="Tous" /></div>
        <div className="fr-col-12 fr-col-md-6"><Select id="f-profession" label="Profession (volontaires)" options={PROFESSIONS} value={profession} onChange={(v) => { setProfession(v); setPage(0); }} placeholder="Toutes" /></div>
      </div>
      <h2 className="fr-h3">Volontaires (les plus anciens d'abord)</h2>
      {volunteers.loading && !volunteers.data && <Loading />}
      <Problem error={volunteers.error} />
      {volunteers.data?.total === 0 && <Alert type="success">Aucun profil en attente de vérification.</Alert>}
      {volunteers.data?.total > 0 && <p>{volunteers.data.total} profil(s) en attente.</p>}
      {volunteers.data?.volunteers.map((v) => <VolunteerToVerify key={v.id} volunteer={v} reload={volunteers.reload} />)}
      {volunteers.data && <Pagination page={page} size={QUEUE_PAGE} total={volunteers.data.total} onChange={setPage} />}

      <h2 className="fr-h3 fr-mt-4w">Établissements</h2>
      {establishments.loading && !establishments.data && <Loading />}
      <Problem error={establishments.error} />
      {establishments.data && establishmentsShown.length === 0 && <Alert type="success">Aucun établissement en attente de vérification{department ? ' dans ce département' : ''}.</Alert>}
      {establishments.data && establishmentsShown.length > 0 && <p>{establishmentsShown.length} établissement(s) en attente{department ? ' dans ce département' : ''}.</p>}
      {establishmentsShown.map((e) => <EstablishmentToVerify key={e.id} establishment={e} reload={establishments.reload} />)}
    </>
  );
}
