import { useState } from 'react';
import { api } from '../api.js';
import { Alert, CommuneField, decidedBy, Field, Loading, Problem, Select, useAction, useResource } from '../components/ui.jsx';

const CATEGORIES = [['CHU', 'CHU'], ['CH', 'Centre hospitalier'], ['CLINIQUE', 'Clinique'], ['SMR', 'SMR'],
  ['PSYCHIATRIE', 'Santé mentale'], ['CENTRE_DE_SANTE', 'Centre de santé'], ['EHPAD', 'EHPAD'], ['USLD', 'USLD'],
  ['IME', 'IME'], ['MAS', 'MAS'], ['FAM', 'FAM'], ['SSIAD', 'SSIAD'], ['PMI', 'PMI']];
const LEGAL_STATUSES = [['PUBLIC', 'Public'], ['PRIVATE_NON_PROFIT', 'Privé non lucratif'], ['PRIVATE_FOR_PROFIT', 'Privé lucratif']];
const STATUS = { PENDING_VERIFICATION: 'En attente de vérification par l\'ARS', VERIFIED: 'Vérifié', REJECTED: 'Refusé' };

/**
 * The fields describing an establishment, for its registration and edits; {@code prefix} keeps ids unique. {@code verified}:
 * what the ARS checked against the FINESS number is shown, not edited, since only the ARS corrects it.
 */
function DetailsFields({ form, set, errors, prefix = '', verified = false }) {
  const f = errors;
  return (
    <>
      {verified ? (
        <p className="fr-text--sm">
          {form.name} — {LEGAL_STATUSES.find(([code]) => code === form.legalStatus)?.[1]} — {CATEGORIES.find(([code]) => code === form.category)?.[1]} — {form.communeLabel}.
          <br />Nom, statut juridique, catégorie et commune ont été vérifiés par l'ARS avec le numéro FINESS : pour les modifier, demandez-le à l'ARS Normandie.
        </p>
      ) : (
        <>
          <Field id={`${prefix}name`} label="Nom" value={form.name} error={f['details.name']} onChange={(v) => set({ name: v })} />
          <Select id={`${prefix}legalStatus`} label="Statut juridique" value={form.legalStatus} error={f['details.legalStatus']} onChange={(v) => set({ legalStatus: v })}
                  options={LEGAL_STATUSES} />
          <Select id={`${prefix}category`} label="Catégorie" value={form.category} error={f['details.category']} onChange={(v) => set({ category: v })} options={CATEGORIES} />
        </>
      )}
      <Field id={`${prefix}address`} label="Adresse" value={form.address} error={f['details.address']} onChange={(v) => set({ address: v })} />
      {!verified && (
        <CommuneField id={`${prefix}communeInsee`} label="Commune" value={form.communeInsee} chosen={form.communeLabel} error={f['details.communeInsee'] || f.communeInsee}
                      onChange={(code, text) => set({ communeInsee: code, communeLabel: text })} />
      )}
      <Field id={`${prefix}ght`} label="GHT (le cas échéant)" value={form.ght} error={f['details.ght']} onChange={(v) => set({ ght: v })} />
      <Field id={`${prefix}phone`} label="Téléphone" type="tel" value={form.phone} error={f.phone || f['details.phone']} onChange={(v) => set({ phone: v })} />
    </>
  );
}

/** What the API takes of the form: the details without the commune's label. */
const detailsOf = ({ communeLabel, ...details }) => details;

const NO_DETAILS = { name: '', legalStatus: null, category: null, address: '', communeInsee: '', communeLabel: '', ght: '', phone: '' };

/** Registers a new establishment; the form empties once it is registered, ready for another. */
function Registration({ onDone }) {
  const [finess, setFiness] = useState('');
  const [form, setForm] = useState(NO_DETAILS);
  const [attempt, setAttempt] = useState(0);
  const set = (patch) => setForm({ ...form, ...patch });
  const action = useAction();
  const submit = (e) => {
    e.preventDefault();
    action.run(() => api('/api/establishments', { method: 'POST', body: { finess, details: detailsOf(form) } }))
      .then((r) => { if (r) { setFiness(''); setForm(NO_DETAILS); setAttempt(attempt + 1); onDone(); } });
  };
  return (
    <form onSubmit={submit} noValidate className="rr-card">
      <h2 className="fr-h4">Inscrire mon établissement</h2>
      <Problem error={action.error} />
      <Field id="finess" label="Numéro FINESS" hint="9 caractères, clé de contrôle comprise" value={finess} error={action.fieldErrors.finess} onChange={setFiness} />
      <DetailsFields key={attempt} form={form} set={set} errors={action.fieldErrors} />
      <button className="fr-btn" type="submit" disabled={action.pending}>Demander l'inscription</button>
    </form>
  );
}

/**
 * An admin edits the establishment's details (address, phone…; once verified, not what the ARS checked), or the ARS
 * corrects any of them ({@code byArs}), with the version read.
 */
export function EditDetails({ establishment, byArs = false, onDone, onCancel }) {
  const d = establishment.details;
  const [form, setForm] = useState({ name: d.name, legalStatus: d.legalStatus, category: d.category, address: d.address ?? '',
    communeInsee: d.communeInsee, communeLabel: establishment.commune ?? '', ght: d.ght ?? '', phone: d.phone ?? '' });
  const set = (patch) => setForm({ ...form, ...patch });
  const action = useAction();
  const submit = (e) => {
    e.preventDefault();
    action.run(() => api(`/api/establishments/${establishment.id}`, { method: 'PUT', body: { version: establishment.version, details: detailsOf(form) } }))
      .then((r) => r && onDone());
  };
  return (
    <form onSubmit={submit} noValidate className="fr-mt-2w">
      <h3 className="fr-h6">Modifier les informations</h3>
      <Problem error={action.error} />
      <DetailsFields form={form} set={set} errors={action.fieldErrors} prefix={`edit-${establishment.id}-`}
                     verified={!byArs && establishment.status === 'VERIFIED'} />
      <div className="rr-actions">
        <button className="fr-btn fr-btn--sm" type="submit" disabled={action.pending}>Enregistrer les informations</button>
        <button className="fr-btn fr-btn--secondary fr-btn--sm" type="button" onClick={onCancel}>Abandonner</button>
      </div>
    </form>
  );
}

/** Staff of an establishment already registered ask to join it; its admins decide. */
function JoinRequest({ onDone }) {
  const [finess, setFiness] = useState('');
  const action = useAction();
  const pending = useResource('/api/establishments/join-requests');
  const submit = (e) => {
    e.preventDefault();
    action.run(() => api('/api/establishments/join-requests', { method: 'POST', body: { finess } }))
      .then((r) => { if (r) { setFiness(''); pending.reload(); onDone(); } });
  };
  return (
    <form onSubmit={submit} noValidate className="rr-card">
      <h2 className="fr-h4">Rejoindre un établissement déjà inscrit</h2>
      {pending.data?.map((p) => (
        <Alert key={p.establishmentId} type="info">{`Demande envoyée à ${p.name} (FINESS ${p.finess}) : un administrateur de l'établissement doit l'accepter.`}</Alert>
      ))}
      <Problem error={action.error} />
      <Field id="join-finess" label="FINESS de l'établissement à rejoindre" hint="9 caractères, clé de contrôle comprise" value={finess} error={action.fieldErrors.finess} onChange={setFiness} />
      <button className="fr-btn fr-btn--secondary" type="submit" disabled={action.pending}>Demander à rejoindre</button>
    </form>
  );
}

function Establishment({ establishment, me, reload }) {
  const [email, setEmail] = useState('');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const resubmission = useAction();
  const leaving = useAction();
  const admin = establishment.members.some((m) => m.accountId === me.subject && m.admin);
  const admins = establishment.members.filter((m) => m.admin).length;
  /** {@code by}: the action whose errors show where the button is. */
  const call = (path, method, by = action) => by.run(() => api(`/api/establishments/${establishment.id}/${path}`, { method })).then((r) => r && reload());
  const invite = (e) => {
    e.preventDefault();
    action.run(() => api(`/api/establishments/${establishment.id}/invitations`, { method: 'POST', body: { email } })).then((r) => { if (r) { setEmail(''); reload(); } });
  };
  return (
    <div className="rr-card">
      <h2 className="fr-h4">{establishment.details.name}</h2>
      <p className="fr-mb-1w">{establishment.categoryLabel} — FINESS {establishment.finess} — département {establishment.department}</p>
      <p className="fr-mb-1w fr-text--sm">{[establishment.details.address, establishment.commune, establishment.details.phone].filter(Boolean).join(' — ')}</p>
      <p className={`fr-badge fr-mr-1w ${{ VERIFIED: 'fr-badge--success', REJECTED: 'fr-badge--error' }[establishment.status] || 'fr-badge--info'}`}>{STATUS[establishment.status]}</p>
      {establishment.status === 'REJECTED' && (
        <Alert type="error" title="Établissement non validé par l'ARS">
          Motif : {establishment.rejectionReason}{decidedBy(establishment.decision)}. {admin ? 'Corrigez les informations si besoin, puis soumettez l\'établissement à nouveau.' : 'Un administrateur de l\'établissement peut le soumettre à nouveau.'}
        </Alert>
      )}
      {establishment.status === 'REJECTED' && admin && (
        <>
          <Problem error={resubmission.error} />
          <button type="button" className="fr-btn fr-btn--sm fr-mb-2w fr-mr-1w" disabled={resubmission.pending}
                  onClick={() => call('resubmit', 'POST', resubmission)}>Soumettre à nouveau à l'ARS</button>
        </>
      )}
      {establishment.status === 'PENDING_VERIFICATION' && establishment.rejectionReason && (
        <p className="fr-text--sm">Soumis à nouveau à l'ARS après un refus (motif : {establishment.rejectionReason}).</p>
      )}
      {saved && <Alert type="success">Informations enregistrées.</Alert>}
      {admin && (editing
        ? <EditDetails establishment={establishment} onCancel={() => setEditing(false)} onDone={() => { setEditing(false); setSaved(true); reload(); }} />
        : <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => { setSaved(false); setEditing(true); }}>Modifier les informations</button>)}
      <h3 className="fr-h6 fr-mt-2w">Équipe</h3>
      <ul>{establishment.members.map((m) => (
        <li key={m.accountId}>
          {m.name || m.email}{m.admin ? ' (administrateur)' : ''}
          {admin && m.accountId !== me.subject && (
            <>
              {!m.admin && <button className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-ml-1w" disabled={action.pending}
                                   onClick={() => call(`members/${encodeURIComponent(m.accountId)}/admin`, 'POST')}>Nommer administrateur</button>}
              <button className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-ml-1w" disabled={action.pending}
                      aria-label={`Retirer ${m.name || m.email} de l'équipe`}
                      onClick={() => window.confirm(`Retirer ${m.name || m.email} de l'équipe ?`) && call(`members/${encodeURIComponent(m.accountId)}`, 'DELETE')}>Retirer</button>
            </>
          )}
          {m.accountId === me.subject && !(m.admin && admins === 1) && (
            <button className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-ml-1w" disabled={leaving.pending}
                    onClick={() => window.confirm(`Quitter l'équipe de ${establishment.details.name} ? Vous n'agirez plus pour cet établissement.`)
                      && call(`members/${encodeURIComponent(m.accountId)}`, 'DELETE', leaving)}>Quitter l'équipe</button>
          )}
        </li>
      ))}</ul>
      <Problem error={leaving.error} />
      {admin && establishment.joinRequests.length > 0 && (
        <>
          <h3 className="fr-h6">Demandes pour rejoindre l'équipe</h3>
          <ul>{establishment.joinRequests.map((r) => (
            <li key={r.accountId}>
              {r.name || r.email} ({r.email})
              <button className="fr-btn fr-btn--sm fr-ml-1w" disabled={action.pending}
                      onClick={() => call(`join-requests/${encodeURIComponent(r.accountId)}/approve`, 'POST')}>Accepter</button>
              <button className="fr-btn fr-btn--secondary fr-btn--sm fr-ml-1w" disabled={action.pending}
                      onClick={() => call(`join-requests/${encodeURIComponent(r.accountId)}`, 'DELETE')}>Refuser</button>
            </li>
          ))}</ul>
        </>
      )}
      {establishment.invitedEmails.length > 0 && <p className="fr-text--sm">Invitations en attente : {establishment.invitedEmails.join(', ')}</p>}
      {admin && (
        <form onSubmit={invite} noValidate>
          <Problem error={action.error} />
          <Field id={`invite-${establishment.id}`} label="Inviter un collègue (adresse électronique)" type="email" value={email} error={action.fieldErrors.email} onChange={setEmail} />
          <button className="fr-btn fr-btn--secondary fr-btn--sm" type="submit" disabled={action.pending}>Inviter</button>
        </form>
      )}
    </div>
  );
}

export default function Establishments({ me }) {
  const { loading, data, error, reload } = useResource('/api/establishments/mine');
  if (loading && !data) return <Loading />;
  if (error) return <Problem error={error} />;
  return (
    <>
      <h1>Mes établissements</h1>
      {data.length === 0 && <Alert title="Aucun établissement">Demandez à rejoindre votre établissement s'il est déjà inscrit, inscrivez-le sinon, ou demandez à un collègue administrateur de vous inviter avec votre adresse électronique.</Alert>}
      {data.map((e) => <Establishment key={e.id} establishment={e} me={me} reload={reload} />)}
      <JoinRequest onDone={reload} />
      <Registration onDone={reload} />
    </>
  );
}
