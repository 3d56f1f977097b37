import { useState } from 'react';
import { api } from '../api.js';
import { CONTRACTS, Field, Problem, PROFESSIONS, Select, UNITS, URGENCIES, useAction } from '../components/ui.jsx';

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const NEW_NEED = { profession: null, unitType: null, positions: 1, contractType: null, urgency: 'HIGH',
  payIndication: '', housingOffered: false, description: '', contactPerson: '', requiredExperience: '' };

const TEXTS = ['payIndication', 'description', 'contactPerson', 'requiredExperience'];

/** A need's details as the form's fields (a text it has not is an empty field); the rest, e.g. its specialty, is kept. */
const fieldsOf = (details) => ({ ...details, ...Object.fromEntries(TEXTS.map((k) => [k, details[k] ?? ''])) });

const DAY = 86_400_000;

/** A need's shifts as the form's, their dates moved by whole weeks: the same weekdays, for a need that comes back. */
const shiftsOf = (shifts, weeks) => shifts.map((s) => ({
  date: new Date(Date.parse(`${s.date}T00:00:00Z`) + weeks * 7 * DAY).toISOString().slice(0, 10),
  start: s.start.slice(0, 5), end: s.end.slice(0, 5),
}));

/** The fewest weeks (one at least) that bring the first of the shifts after today. */
const weeksAhead = (shifts) => {
  const first = Math.min(...shifts.map((s) => Date.parse(`${s.date}T00:00:00Z`)));
  return Math.max(1, Math.ceil((Date.parse(`${tomorrow()}T00:00:00Z`) - first) / (7 * DAY)));
};

/**
 * Posts a need — profession, positions, contract, urgency and its shifts one by one (a night ends the next day) — or,
 * given one, edits it with the version read; given one {@code from}, posts a like one, its shifts the next weeks.
 */
export default function NeedForm({ establishmentId, need, from, onSaved, onCancel }) {
  const model = need || from;
  const [form, setForm] = useState(model ? fieldsOf(model.details) : NEW_NEED);
  const [shifts, setShifts] = useState(need ? shiftsOf(need.shifts, 0)
    : from ? shiftsOf(from.shifts, weeksAhead(from.shifts))
      : [{ date: tomorrow(), start: '07:00', end: '19:00' }]);
  const set = (patch) => setForm({ ...form, ...patch });
  const action = useAction();
  const f = action.fieldErrors;
  const updateShift = (i, patch) => setShifts(shifts.map((s, j) => (i === j ? { ...s, ...patch } : s)));
  const submit = (e) => {
    e.preventDefault();
    const body = { ...form, positions: Number(form.positions) || 0, shifts };
    action.run(() => (need
      ? api(`/api/needs/${encodeURIComponent(need.id)}`, { method: 'PUT', body: { ...body, version: need.version } })
      : api('/api/needs', { method: 'POST', body: { ...body, establishmentId } }))).then((saved) => saved && onSaved(saved));
  };
  return (
    <form onSubmit={submit} noValidate className="rr-card">
      <h2 className="fr-h4">{need ? 'Modifier le besoin' : from ? 'Publier un besoin semblable' : 'Publier un besoin'}</h2>
      {from && <p className="fr-text--sm">Les créneaux reprennent les mêmes jours de la semaine, décalés à venir : vérifiez-les avant de publier.</p>}
      <Problem error={action.error} />
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-2w">
        <div className="fr-col-12 fr-col-md-6"><Select id="profession" label="Profession" options={PROFESSIONS} value={form.profession} error={f.profession} onChange={(v) => set({ profession: v })} /></div>
        <div className="fr-col-12 fr-col-md-6"><Select id="unitType" label="Service" options={UNITS} value={form.unitType} onChange={(v) => set({ unitType: v })} /></div>
        <div className="fr-col-12 fr-col-md-4"><Field id="positions" label="Nombre de postes" type="number" value={form.positions} error={f.positions} onChange={(v) => set({ positions: v })} /></div>
        <div className="fr-col-12 fr-col-md-4"><Select id="contractType" label="Type de contrat" options={CONTRACTS} value={form.contractType} error={f.contractType} onChange={(v) => set({ contractType: v })} /></div>
        <div className="fr-col-12 fr-col-md-4"><Select id="urgency" label="Urgence" options={URGENCIES} value={form.urgency} error={f.urgency} onChange={(v) => set({ urgency: v })} /></div>
      </div>
      <fieldset className={`fr-fieldset${f.shifts ? ' fr-fieldset--error' : ''}`}>
        <legend className="fr-fieldset__legend">Créneaux <span className="fr-hint-text">Une fin avant le début signifie une nuit qui finit le lendemain.</span></legend>
        {shifts.map((s, i) => (
          <div className="fr-fieldset__element" key={i}>
            <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
              <div className="fr-col-12 fr-col-md-4"><Field id={`shift-${i}-date`} label="Date" type="date" value={s.date} error={f[`shifts[${i}]`]} onChange={(v) => updateShift(i, { date: v })} /></div>
              <div className="fr-col-6 fr-col-md-3"><Field id={`shift-${i}-start`} label="Début" type="time" value={s.start} onChange={(v) => updateShift(i, { start: v })} /></div>
              <div className="fr-col-6 fr-col-md-3"><Field id={`shift-${i}-end`} label="Fin" type="time" value={s.end} onChange={(v) => updateShift(i, { end: v })} /></div>
              <div className="fr-col-12 fr-col-md-2">{shifts.length > 1 && <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => setShifts(shifts.filter((_, j) => j !== i))}>Retirer</button>}</div>
            </div>
          </div>
        ))}
        <div className="fr-fieldset__element">
          {f.shifts && <p className="fr-error-text">{f.shifts}</p>}
          <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => setShifts([...shifts, { ...shifts[shifts.length - 1] }])}>Ajouter un créneau</button>
        </div>
      </fieldset>
      <Field id="pay" label="Indication de rémunération" value={form.payIndication} onChange={(v) => set({ payIndication: v })} />
      <div className="fr-checkbox-group fr-mb-2w">
        <input type="checkbox" id="housing" checked={form.housingOffered} onChange={(e) => set({ housingOffered: e.target.checked })} />
        <label className="fr-label" htmlFor="housing">Hébergement proposé</label>
      </div>
      <Field id="experience" label="Expérience ou compétences attendues" value={form.requiredExperience} onChange={(v) => set({ requiredExperience: v })} />
      <Field id="contact" label="Personne à contacter" value={form.contactPerson} onChange={(v) => set({ contactPerson: v })} />
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="description">Description</label>
        <textarea className="fr-input" id="description" value={form.description} onChange={(e) => set({ description: e.target.value })} />
      </div>
      <div className="rr-actions">
        <button className="fr-btn" type="submit" disabled={action.pending}>
          {need ? (action.pending ? 'Enregistrement…' : 'Enregistrer les modifications') : (action.pending ? 'Publication…' : 'Publier le besoin')}
        </button>
        {onCancel && <button type="button" className="fr-btn fr-btn--secondary" onClick={onCancel}>{need ? 'Abandonner les modifications' : 'Abandonner'}</button>}
      </div>
    </form>
  );
}
