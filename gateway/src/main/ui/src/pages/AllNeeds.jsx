import { useState } from 'react';
import { DEPARTMENTS, formatNumber, Loading, Pagination, Problem, PROFESSIONS, Select, URGENCIES, useResource } from '../components/ui.jsx';
import { NEED_STATUS, NeedsTable, PAGE_SIZE } from './Needs.jsx';

export default function AllNeeds() {
  const [filters, setFilters] = useState({ department: null, profession: null, urgency: null, status: null, minAgeDays: null });
  const [page, setPage] = useState(0);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const needs = useResource(`/api/needs?${query}&page=${page}&size=${PAGE_SIZE}`, [query, page]);
  const set = (patch) => { setFilters({ ...filters, ...patch }); setPage(0); };
  return (
    <>
      <h1>Tous les besoins</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3"><Select id="department" label="Département" options={DEPARTMENTS} value={filters.department} onChange={(v) => set({ department: v })} placeholder="Tous" /></div>
        <div className="fr-col-12 fr-col-md-3"><Select id="profession" label="Profession" options={PROFESSIONS} value={filters.profession} onChange={(v) => set({ profession: v })} placeholder="Toutes" /></div>
        <div className="fr-col-12 fr-col-md-3"><Select id="urgency" label="Urgence" options={URGENCIES} value={filters.urgency} onChange={(v) => set({ urgency: v })} placeholder="Toutes" /></div>
        <div className="fr-col-12 fr-col-md-3"><Select id="status" label="Statut" options={Object.entries(NEED_STATUS)} value={filters.status} onChange={(v) => set({ status: v })} placeholder="Tous" /></div>
        <div className="fr-col-12 fr-col-md-3"><Select id="minAgeDays" label="Publié depuis au moins" options={[['1', '1 jour'], ['3', '3 jours'], ['7', '7 jours'], ['30', '30 jours']]} value={filters.minAgeDays} onChange={(v) => set({ minAgeDays: v })} placeholder="Toute date" /></div>
      </div>
      <p className="fr-mt-2w"><a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/api/needs/export.csv?${query}`} download>Exporter en CSV</a></p>
      {needs.loading && !needs.data && <Loading />}
      <Problem error={needs.error} />
      {needs.data && (
        <>
          <p>{formatNumber(needs.data.total)} besoin(s) — {formatNumber(needs.data.open)} ouvert(s) — {formatNumber(needs.data.filledPositions)} poste(s) pourvu(s) sur {formatNumber(needs.data.positions)}.</p>
          {needs.data.needs.length > 0 ? <NeedsTable needs={needs.data.needs} showEstablishment /> : <p>Aucun besoin ne correspond à ces filtres.</p>}
          <Pagination page={page} size={PAGE_SIZE} total={needs.data.total} onChange={setPage} />
        </>
      )}
    </>
  );
}
