import { useState } from 'react';
import { api } from '../api.js';
import { Link } from '../App.jsx';
import { Alert, Field, formatDateTime, Loading, Problem, useAction, useResource } from '../components/ui.jsx';

const DAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];
// Bits of the weekly pattern: 2·d morning, 2·d+1 afternoon-evening, 14+d night starting on day d.
const SLOTS = [['Matin', (d) => 2 * d], ['Après-midi', (d) => 2 * d + 1], ['Nuit', (d) => 14 + d]];

function Periods({ title, name, periods, onChange, error }) {
  const update = (i, patch) => onChange(periods.map((p, j) => (i === j ? { ...p, ...patch } : p)));
  return (
    <fieldset className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}>
      <legend className="fr-fieldset__legend">{title}</legend>
      {periods.map((p, i) => (
        <div className="fr-fieldset__element" key={i}>
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-5"><Field id={`${name}-${i}-from`} label="Du" type="date" value={p.from} onChange={(v) => update(i, { from: v })} /></div>
            <div className="fr-col-5"><Field id={`${name}-${i}-to`} label="Au" type="date" value={p.to} onChange={(v) => update(i, { to: v })} /></div>
            <div className="fr-col-2"><button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-delete-line" title="Retirer cette période" onClick={() => onChange(periods.filter((_, j) => j !== i))}>Retirer</button></div>
          </div>
        </div>
      ))}
      <div className="fr-fieldset__element">
        {error && <p className="fr-error-text">{error}</p>}
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => onChange([...periods, { from: '', to: '' }])}>Ajouter une période</button>
      </div>
    </fieldset>
  );
}

function Editor({ volunteer, reload, notice, setNotice }) {
  const a = volunteer.availability;
  const nowDays = a.availableNowUntil ? Math.max(0, Math.ceil((new Date(a.availableNowUntil) - new Date()) / 86_400_000)) : 0;
  const [slots, setSlots] = useState(a.weeklySlots);
  const [available, setAvailable] = useState(a.available);
  const [unavailable, setUnavailable] = useState(a.unavailable);
  const [availableNowDays, setAvailableNowDays] = useState(nowDays);
  const action = useAction();
  const f = action.fieldErrors;
  const toggle = (bit) => setSlots(slots ^ (1 << bit));
  const fieldFor = (prefix) => Object.entries(f).find(([k]) => k === prefix || k.startsWith(`${prefix}[`))?.[1];

  const save = async (e) => {
    e.preventDefault();
    setNotice(null);
    const result = await action.run(() => api('/api/volunteers/me/availability', { method: 'PUT',
      body: { version: volunteer.version, weeklySlots: slots, available, unavailable, availableNowDays: Number(availableNowDays) || 0 } }));
    if (result) { setNotice('Disponibilités enregistrées et confirmées.'); reload(); }
  };
  const confirm = async () => {
    const result = await action.run(() => api('/api/volunteers/me/availability/confirm', { method: 'POST', body: { version: volunteer.version } }));
    if (result) { setNotice('Disponibilités confirmées.'); reload(); }
  };

  return (
    <form onSubmit={save} noValidate>
      <h1>Mes disponibilités</h1>
      {volunteer.stale
        ? <Alert type="warning" title="Vos disponibilités ne sont plus à jour">Dernière confirmation : {formatDateTime(volunteer.confirmedAt)}. Vérifiez-les puis enregistrez ou confirmez-les.</Alert>
        : <p>Dernière confirmation : {formatDateTime(volunteer.confirmedAt)}.</p>}
      {notice && <Alert type="success">{notice}</Alert>}
      {volunteer.status === 'DRAFT' && volunteer.missingForSubmission.every((m) => m.field !== 'availability') && (
        <Alert type="info" title={volunteer.missingForSubmission.length ? 'Encore un peu' : 'Votre profil est complet'}>
          {volunteer.missingForSubmission.length ? 'Terminez votre profil puis soumettez-le' : 'Soumettez-le'} à l'ARS depuis <Link to="/espace/profil">Mon profil</Link>.
        </Alert>
      )}
      <Problem error={action.error} />

      <h2 className="fr-h4">Chaque semaine</h2>
      <div className="fr-table fr-table--no-caption">
        <table className="rr-grid-slots">
          <caption>Créneaux habituels</caption>
          <thead><tr><th scope="col">Jour</th>{SLOTS.map(([name]) => <th scope="col" key={name}>{name}</th>)}</tr></thead>
          <tbody>
            {DAYS.map((day, d) => (
              <tr key={day}>
                <th scope="row">{day}</th>
                {SLOTS.map(([name, bit]) => (
                  <td key={name}>
                    <div className="fr-checkbox-group fr-checkbox-group--sm">
                      <input type="checkbox" id={`slot-${d}-${name}`} checked={(slots & (1 << bit(d))) !== 0} onChange={() => toggle(bit(d))} />
                      <label className="fr-label" htmlFor={`slot-${d}-${name}`}><span className="fr-sr-only">{day} {name}</span></label>
                    </div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="fr-h4">Disponible maintenant</h2>
      <Field id="availableNow" label="Je suis disponible à tout moment pendant les prochains jours" hint="Nombre de jours (0 pour désactiver, 60 au plus)" type="number"
             value={availableNowDays} error={f.availableNowDays} onChange={setAvailableNowDays} />

      <h2 className="fr-h4">Périodes</h2>
      <Periods title="Périodes où je suis disponible" name="available" periods={available} onChange={setAvailable} error={fieldFor('available')} />
      <Periods title="Périodes où je ne suis pas disponible (congés…)" name="unavailable" periods={unavailable} onChange={setUnavailable} error={fieldFor('unavailable')} />

      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li><button className="fr-btn" type="submit" disabled={action.pending}>{action.pending ? 'Enregistrement…' : 'Enregistrer'}</button></li>
        <li><button className="fr-btn fr-btn--secondary" type="button" disabled={action.pending} onClick={confirm}>Rien n'a changé : je confirme</button></li>
      </ul>
    </form>
  );
}

export default function VolunteerAvailability() {
  const { loading, data, error, reload } = useResource('/api/volunteers/me');
  const [notice, setNotice] = useState(null);
  if (loading && !data) return <Loading />;
  if (error?.status === 404) return <Alert title="Créez d'abord votre profil"><Link to="/espace/profil">Créer mon profil de volontaire</Link></Alert>;
  if (error) return <Problem error={error} />;
  return <Editor key={data.version} volunteer={data} reload={reload} notice={notice} setNotice={setNotice} />;
}
