import { useState } from 'react';
import { api } from '../api.js';
import {
  Alert, Checkboxes, DEPARTMENTS, Field, formatDateTime, formatNumber, label, Loading, Problem, PROFESSIONS, Select, URGENCIES,
  useAction, useResource,
} from '../components/ui.jsx';

const FIRST_ROWS = 25;
const MOST_ROWS = 1000;
const isoDay = (date) => date.toISOString().slice(0, 10);
const percent = (value) => (value == null ? '—' : `${(100 * value).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} %`);

function selectionText(selection) {
  const departments = selection.departments.length ? selection.departments.map((d) => label(DEPARTMENTS, d)).join(', ') : 'tous départements';
  const professions = selection.professions.length ? selection.professions.map((p) => label(PROFESSIONS, p)).join(', ') : 'toutes professions';
  return `${departments} · ${professions} · du ${new Date(selection.from).toLocaleDateString('fr-FR')} au ${new Date(selection.to).toLocaleDateString('fr-FR')}`;
}

function Summary({ plan }) {
  const s = plan.summary;
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      {[
        ['Postes couverts', `${s.positionsCovered} / ${s.positions}`],
        ['Volontaires mobilisés', new Set(plan.assignments.map((a) => a.volunteerId)).size || '—'],
        ['Valeur du plan', formatNumber(s.objective, 1)],
        [s.boundIsLpOptimum === false ? 'Borne supérieure (duale, au-dessus de la relaxation linéaire)' : 'Borne supérieure (relaxation linéaire)',
          s.upperBound == null ? 'non prouvée à temps' : formatNumber(s.upperBound, 1)],
        ['Écart à la borne', percent(s.gap)],
        ['Temps de calcul', `${(s.solveMillis / 1000).toLocaleString('fr-FR')} s (+ ${(s.boundMillis / 1000).toLocaleString('fr-FR')} s pour la borne)`],
      ].map(([title, value]) => (
        <div className="fr-col-12 fr-col-sm-6 fr-col-md-4" key={title}>
          <div className="rr-card"><p className="fr-text--sm rr-muted fr-mb-1v">{title}</p><p className="fr-h4 fr-mb-0">{value}</p></div>
        </div>
      ))}
    </div>
  );
}

/** The first rows of a long table, and a button for the rest (up to a thousand). */
function useLimited(rows) {
  const [all, setAll] = useState(false);
  const shown = rows.slice(0, all ? MOST_ROWS : FIRST_ROWS);
  const more = rows.length > shown.length && (
    <p className="fr-text--sm">
      {all ? `… et ${rows.length - shown.length} autres lignes.`
        : <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => setAll(true)}>Afficher les {rows.length} lignes</button>}
    </p>
  );
  return [shown, more];
}

function Assignments({ rows }) {
  const [shown, more] = useLimited(rows);
  if (rows.length === 0) return <p>Aucune affectation : aucun volontaire éligible n'est disponible pour cette sélection.</p>;
  return (
    <div className="fr-table fr-table--no-caption"><table tabIndex={0}>
      <caption>Affectations proposées</caption>
      <thead><tr><th scope="col">Établissement</th><th scope="col">Profession</th><th scope="col">Urgence</th><th scope="col">Premier créneau</th><th scope="col">Volontaire</th><th scope="col">Distance</th></tr></thead>
      <tbody>
        {shown.map((a) => (
          <tr key={`${a.needId}/${a.volunteerId}`}>
            <td>{a.establishmentName} ({a.department})</td><td>{label(PROFESSIONS, a.profession)}</td><td>{label(URGENCIES, a.urgency)}</td>
            <td>{formatDateTime(a.firstShift)}{a.shifts > 1 ? ` (+${a.shifts - 1})` : ''}</td><td>{a.initials}</td><td>{a.distance}</td>
          </tr>
        ))}
      </tbody>
    </table>{more}</div>
  );
}

function Shortfalls({ rows }) {
  const [shown, more] = useLimited(rows);
  if (rows.length === 0) return <p>Tous les postes sélectionnés sont couverts.</p>;
  return (
    <div className="fr-table fr-table--no-caption"><table tabIndex={0}>
      <caption>Postes non couverts</caption>
      <thead><tr><th scope="col">Établissement</th><th scope="col">Profession</th><th scope="col">Urgence</th><th scope="col">Premier créneau</th><th scope="col">Manquants</th><th scope="col">Pourquoi</th></tr></thead>
      <tbody>
        {shown.map((s) => (
          <tr key={s.needId}>
            <td>{s.establishmentName} ({s.department})</td><td>{label(PROFESSIONS, s.profession)}</td><td>{label(URGENCIES, s.urgency)}</td>
            <td>{formatDateTime(s.firstShift)}</td><td>{s.missing}</td><td>{s.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>{more}</div>
  );
}

function Applying({ plan, onApplied }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  if (plan.appliedAt) {
    return (
      <Alert type="success" title={`Plan appliqué le ${formatDateTime(plan.appliedAt)}`}>
        {plan.applied.sent} demande(s) de contact envoyée(s){plan.applied.refused > 0 ? `, ${plan.applied.refused} non envoyée(s) : ${plan.applied.refusals.join(' ; ')}` : '.'}
      </Alert>
    );
  }
  if (plan.assignments.length === 0) return null;
  const apply = () => action.run(() => api(`/api/matching/allocations/${plan.id}/apply`, { method: 'POST' })).then((p) => p && onApplied(p));
  return (
    <div className="rr-card">
      <Problem error={action.error} />
      {!confirming ? (
        <button type="button" className="fr-btn" onClick={() => setConfirming(true)}>Appliquer le plan</button>
      ) : (
        <>
          <p>Chaque volontaire retenu recevra une demande de contact (dans la limite de ses sollicitations hebdomadaires). Confirmez-vous l'envoi de {plan.assignments.length} demande(s) ?</p>
          <div className="rr-actions">
            <button type="button" className="fr-btn" onClick={apply} disabled={action.pending}>{action.pending ? 'Envoi en cours…' : `Envoyer ${plan.assignments.length} demande(s)`}</button>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={() => setConfirming(false)} disabled={action.pending}>Annuler</button>
          </div>
        </>
      )}
    </div>
  );
}

function Comparison({ plans, currentId, onOpen }) {
  if (plans.length === 0) return <p>Aucun plan calculé pour l'instant : choisissez une sélection ci-dessus puis « Calculer le plan ».</p>;
  return (
    <div className="fr-table fr-table--no-caption"><table tabIndex={0}>
      <caption>Plans récents</caption>
      <thead><tr><th scope="col">Calculé le</th><th scope="col">Sélection</th><th scope="col">Pondérations (critique / élevée / normale / km)</th><th scope="col">Postes couverts</th><th scope="col">Valeur</th><th scope="col">Écart à la borne</th><th scope="col">Statut</th><th scope="col"><span className="fr-sr-only">Action</span></th></tr></thead>
      <tbody>
        {plans.map((p) => (
          <tr key={p.id} aria-current={p.id === currentId ? 'true' : undefined}>
            <td>{formatDateTime(p.createdAt)}</td><td>{selectionText(p.selection)}</td>
            <td>{[p.weights.critical, p.weights.high, p.weights.normal, p.weights.travelPerKm].map((w) => formatNumber(w, 3)).join(' / ')}</td>
            <td>{p.summary.positionsCovered} / {p.summary.positions}</td><td>{formatNumber(p.summary.objective, 1)}</td><td>{percent(p.summary.gap)}</td>
            <td>{p.appliedAt ? 'Appliqué' : 'Simulation'}</td>
            <td><button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => onOpen(p.id)} disabled={p.id === currentId}>{p.id === currentId ? 'Affiché' : 'Afficher'}</button></td>
          </tr>
        ))}
      </tbody>
    </table></div>
  );
}

export default function RegionalAllocation() {
  const today = new Date();
  const [form, setForm] = useState({
    departments: [], profession: null, urgencies: [], from: isoDay(today), to: isoDay(new Date(today.getTime() + 14 * 86_400_000)),
    critical: '4', high: '2', normal: '1', travelPerKm: '0.005',
  });
  const [plan, setPlan] = useState(null);
  const recent = useResource('/api/matching/allocations');
  const computing = useAction();
  const opening = useAction();
  const set = (patch) => setForm({ ...form, ...patch });
  const errors = computing.fieldErrors;

  const compute = (event) => {
    event.preventDefault();
    const body = {
      departments: form.departments, professions: form.profession ? [form.profession] : [], urgencies: form.urgencies,
      from: form.from, to: form.to,
      weights: { critical: Number(form.critical), high: Number(form.high), normal: Number(form.normal), travelPerKm: Number(form.travelPerKm) },
    };
    computing.run(() => api('/api/matching/allocations', { method: 'POST', body })).then((p) => { if (p) { setPlan(p); recent.reload(); } });
  };
  const open = (id) => opening.run(() => api(`/api/matching/allocations/${id}`)).then((p) => p && setPlan(p));

  return (
    <>
      <h1>Allocation régionale</h1>
      <p>En période de crise, répartissez les volontaires entre les besoins ouverts sélectionnés : le plan couvre en priorité les postes les plus urgents, limite les trajets et respecte toutes les règles (repos de 11 h, heures hebdomadaires, sollicitations). Rien n'est envoyé avant que vous appliquiez le plan.</p>
      <form onSubmit={compute} noValidate className="rr-card">
        <Checkboxes legend="Départements (aucun coché : tous)" name="departments" options={DEPARTMENTS} values={form.departments} onChange={(v) => set({ departments: v })} error={errors.departments} />
        <div className="fr-grid-row fr-grid-row--gutters fr-mb-2w">
          <div className="fr-col-12 fr-col-md-4"><Select id="profession" label="Profession" options={PROFESSIONS} value={form.profession} onChange={(v) => set({ profession: v })} placeholder="Toutes" /></div>
          <div className="fr-col-6 fr-col-md-4"><Field id="from" label="Premier créneau à partir du" type="date" value={form.from} onChange={(v) => set({ from: v })} error={errors.from} /></div>
          <div className="fr-col-6 fr-col-md-4"><Field id="to" label="Jusqu'au" type="date" value={form.to} onChange={(v) => set({ to: v })} error={errors.to} /></div>
        </div>
        <Checkboxes legend="Urgences (aucune cochée : toutes)" name="urgencies" options={URGENCIES} values={form.urgencies} onChange={(v) => set({ urgencies: v })} />
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">Pondérations (pour comparer des variantes)</legend>
          <div className="fr-fieldset__element"><div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-6 fr-col-md-3"><Field id="critical" label="Poste critique" type="number" min="0" max="100" step="0.5" value={form.critical} onChange={(v) => set({ critical: v })} error={errors['weights.critical']} /></div>
            <div className="fr-col-6 fr-col-md-3"><Field id="high" label="Poste d'urgence élevée" type="number" min="0" max="100" step="0.5" value={form.high} onChange={(v) => set({ high: v })} error={errors['weights.high']} /></div>
            <div className="fr-col-6 fr-col-md-3"><Field id="normal" label="Poste d'urgence normale" type="number" min="0" max="100" step="0.5" value={form.normal} onChange={(v) => set({ normal: v })} error={errors['weights.normal']} /></div>
            <div className="fr-col-6 fr-col-md-3"><Field id="travelPerKm" label="Coût par km parcouru" type="number" min="0" max="1" step="0.001" value={form.travelPerKm} onChange={(v) => set({ travelPerKm: v })} error={errors['weights.travelPerKm']} /></div>
          </div></div>
        </fieldset>
        <Problem error={computing.error && Object.keys(errors).length === 0 ? computing.error : null} />
        {computing.error?.fieldErrors?.selection && <Alert type="warning">{computing.error.fieldErrors.selection}</Alert>}
        <button type="submit" className="fr-btn" disabled={computing.pending}>{computing.pending ? 'Calcul en cours… (jusqu\'à 30 s)' : 'Calculer le plan'}</button>
        {computing.pending && <Loading label="Calcul du plan et de la borne en cours…" />}
      </form>

      {opening.pending && <Loading />}
      <Problem error={opening.error} />
      {plan && (
        <section aria-labelledby="plan-title">
          <h2 id="plan-title">Plan du {formatDateTime(plan.createdAt)}</h2>
          <p className="rr-muted">
            {selectionText(plan.selection)} — {plan.summary.needs} besoin(s), {plan.summary.volunteers} volontaire(s) éligible(s).
            {plan.summary.positionsHeld > 0 && ` ${plan.summary.positionsHeld} autre(s) poste(s) déjà demandé(s) ou pourvu(s), hors du plan.`}
          </p>
          <Summary plan={plan} />
          <Applying plan={plan} onApplied={(p) => { setPlan(p); recent.reload(); }} />
          <h3>Affectations proposées ({plan.assignments.length})</h3>
          <Assignments rows={plan.assignments} />
          <h3>Postes non couverts ({plan.shortfalls.reduce((n, s) => n + s.missing, 0)})</h3>
          <Shortfalls rows={plan.shortfalls} />
        </section>
      )}

      <h2>Comparer les plans</h2>
      {recent.loading && !recent.data && <Loading />}
      <Problem error={recent.error} />
      {recent.data && <Comparison plans={recent.data} currentId={plan?.id} onOpen={open} />}
    </>
  );
}
