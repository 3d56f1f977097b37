import { useState } from 'react';
import { api } from '../api.js';
import { Alert, CONTRACTS, Field, formatDate, Loading, Problem, PROFESSIONS, Select, UNITS, useAction, useResource } from '../components/ui.jsx';
import { CandidateSummary } from './NeedDetail.jsx';

/** Asks a found candidate for one of the establishment's open needs. */
function AskForANeed({ entry, needs }) {
  const [needId, setNeedId] = useState(needs[0]?.id || null);
  const action = useAction();
  const [sent, setSent] = useState(false);
  if (needs.length === 0) return <p className="fr-text--sm fr-mt-1w">Publiez un besoin pour pouvoir solliciter ce candidat.</p>;
  if (sent) return <p className="fr-text--sm fr-mt-1w">Demande envoyée : suivez-la dans la fiche du besoin.</p>;
  const ask = () => action.run(() => api(`/api/matching/needs/${encodeURIComponent(needId)}/contact-requests`,
    { method: 'POST', body: { volunteerId: entry.volunteerId } })).then((r) => r && setSent(true));
  return (
    <div className="rr-actions fr-mt-1w">
      <Select id={`need-${entry.volunteerId}`} label="Pour le besoin" value={needId} onChange={setNeedId} placeholder="Choisir un besoin"
              options={needs.map((n) => [n.id, `${n.professionLabel} — ${n.shifts[0] ? formatDate(n.shifts[0].date) : "sans créneau"}`])} />
      <Problem error={action.error} />
      <button className="fr-btn fr-btn--sm" disabled={!needId || action.pending} onClick={ask}>Demander un contact</button>
    </div>
  );
}

const SEARCH_STEP = 20;
const SEARCH_MAX = 100;

function Results({ search, needs }) {
  const [limit, setLimit] = useState(SEARCH_STEP);
  const query = new URLSearchParams(Object.entries({ ...search, limit }).filter(([, v]) => v !== null && v !== '')).toString();
  const { loading, data, error } = useResource(`/api/matching/candidates?${query}`, [query]);
  if (loading && !data) return <Loading label="Recherche en cours…" />;
  if (error) return <Problem error={error} />;
  if (data.length === 0) {
    return <Alert title="Aucun candidat">Élargissez la recherche : autre date, autre type de contrat, moins d'expérience exigée, distance plus grande.</Alert>;
  }
  const more = data.length === limit && limit < SEARCH_MAX;
  return (
    <>
      <p className="fr-mt-3w" role="status">{data.length} candidat(s), les mieux classés en premier.</p>
      <ol className="rr-plain-list" aria-label="Candidats trouvés">
        {data.map((entry) => (
          <li key={entry.volunteerId} className="rr-card" data-volunteer-id={entry.volunteerId}>
            <CandidateSummary entry={entry} />
            {/* over a period, the days they can come come first among the reasons: worth seeing without opening them */}
            {search.toDate && <p className="fr-text--sm fr-mb-1w">{entry.ranking[0]}</p>}
            <AskForANeed entry={entry} needs={needs} />
          </li>
        ))}
      </ol>
      {more && (
        <button className="fr-btn fr-btn--secondary" disabled={loading} onClick={() => setLimit(limit + SEARCH_STEP)}>
          Afficher {SEARCH_STEP} candidats de plus
        </button>
      )}
    </>
  );
}

/** Staff search the pseudonymised base around their establishment, with or without a need. */
export default function CandidateSearch() {
  const establishments = useResource('/api/establishments/mine');
  const verified = (establishments.data || []).filter((e) => e.status === 'VERIFIED');
  const [form, setForm] = useState({ establishmentId: null, profession: 'INFIRMIER', contractType: 'CDD_COURT', unitType: null,
    date: '', toDate: '', start: '', end: '', minExperienceYears: '0', maxDistanceKm: '' });
  const [search, setSearch] = useState(null);
  const establishmentId = form.establishmentId || verified[0]?.id || null;
  const needs = useResource(establishmentId ? `/api/needs?establishmentId=${establishmentId}&status=PUBLISHED&status=PARTIALLY_FILLED&size=500`
    : '/api/establishments/mine', [establishmentId]);
  const set = (patch) => setForm({ ...form, ...patch });
  if (establishments.loading && !establishments.data) return <Loading />;
  if (establishments.error) return <Problem error={establishments.error} />;
  return (
    <>
      <h1>Rechercher des candidats</h1>
      {verified.length === 0 ? (
        <Alert title="Établissement non vérifié">La base des volontaires s'ouvre quand l'ARS a vérifié votre établissement.</Alert>
      ) : (
        <>
          <p>Les volontaires apparaissent sous leurs initiales ; leurs coordonnées ne vous sont transmises que s'ils acceptent votre demande.</p>
          <form className="rr-card" noValidate onSubmit={(e) => { e.preventDefault(); setSearch({ ...form, establishmentId }); }}>
            <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
              {verified.length > 1 && <div className="fr-col-12 fr-col-md-4"><Select id="search-establishment" label="Autour de" value={establishmentId} onChange={(v) => set({ establishmentId: v })} options={verified.map((e) => [e.id, e.details.name])} /></div>}
              <div className="fr-col-12 fr-col-md-4"><Select id="search-profession" label="Profession" value={form.profession} onChange={(v) => set({ profession: v })} options={PROFESSIONS} /></div>
              <div className="fr-col-12 fr-col-md-4"><Select id="search-contract" label="Type de contrat" value={form.contractType} onChange={(v) => set({ contractType: v })} options={CONTRACTS} /></div>
              <div className="fr-col-12 fr-col-md-4"><Select id="search-unit" label="Service" value={form.unitType} onChange={(v) => set({ unitType: v })} options={UNITS} placeholder="Tous" /></div>
              <div className="fr-col-6 fr-col-md-2"><Field id="search-date" label="Date (facultatif)" type="date" value={form.date} onChange={(v) => set({ date: v })} /></div>
              <div className="fr-col-6 fr-col-md-2"><Field id="search-to-date" label="Jusqu'au (facultatif)" hint="Un jour au moins" type="date" min={form.date || undefined} value={form.toDate} onChange={(v) => set({ toDate: v })} /></div>
              <div className="fr-col-6 fr-col-md-2"><Field id="search-start" label="Début" type="time" value={form.start} onChange={(v) => set({ start: v })} /></div>
              <div className="fr-col-6 fr-col-md-2"><Field id="search-end" label="Fin" type="time" value={form.end} onChange={(v) => set({ end: v })} /></div>
              <div className="fr-col-12 fr-col-md-4"><Field id="search-experience" label="Expérience minimale (années)" type="number" min="0" max="60" value={form.minExperienceYears} onChange={(v) => set({ minExperienceYears: v })} /></div>
              <div className="fr-col-12 fr-col-md-4"><Field id="search-distance" label="Distance maximale en km (facultatif)" type="number" min="1" max="300" value={form.maxDistanceKm} onChange={(v) => set({ maxDistanceKm: v })} /></div>
            </div>
            <button className="fr-btn fr-mt-2w" type="submit">Rechercher</button>
          </form>
          {search && <Results key={JSON.stringify(search)} search={search} needs={(needs.data?.needs || []).filter((n) => n.details.profession === search.profession)} />}
        </>
      )}
    </>
  );
}
