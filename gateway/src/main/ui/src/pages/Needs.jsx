import { useEffect, useState } from 'react';
import { Link, navigate } from '../App.jsx';
import { Alert, formatNumber, label, Loading, Pagination, Problem, PROFESSIONS, Select, URGENCIES, useResource } from '../components/ui.jsx';
import NeedForm from './NeedForm.jsx';

/** Needs shown per page of a list. */
export const PAGE_SIZE = 50;

export const NEED_STATUS = { DRAFT: 'Brouillon', PUBLISHED: 'Publié', PARTIALLY_FILLED: 'Partiellement pourvu',
  FILLED: 'Pourvu', CANCELLED: 'Annulé', EXPIRED: 'Expiré' };

/** The staff's status filter: open needs together (published or partly filled), or one status. */
const STATUS_FILTERS = [['OPEN', 'Ouverts (à pourvoir)', ['PUBLISHED', 'PARTIALLY_FILLED']],
  ...Object.entries(NEED_STATUS).filter(([value]) => value !== 'DRAFT').map(([value, name]) => [value, name, [value]])];

export function NeedsTable({ needs, showEstablishment = false }) {
  return (
    <div className="fr-table"><table>
      <caption>Besoins</caption>
      <thead><tr>
        {showEstablishment && <th scope="col">Établissement</th>}
        <th scope="col">Profession</th><th scope="col">Premier créneau</th><th scope="col">Postes</th>
        <th scope="col">Urgence</th><th scope="col">Statut</th>
      </tr></thead>
      <tbody>
        {needs.map((n) => (
          <tr key={n.id}>
            {showEstablishment && <td>{n.establishmentName} ({n.department})</td>}
            <td><Link to={`/espace/besoins/${encodeURIComponent(n.id)}`}>{label(PROFESSIONS, n.details.profession)}</Link></td>
            <td>{n.shifts[0] ? new Date(n.shifts[0].date).toLocaleDateString('fr-FR') : '—'} {n.shifts[0]?.start?.slice(0, 5)}</td>
            <td>{n.filledPositions} / {n.details.positions}</td>
            <td>{label(URGENCIES, n.details.urgency)}</td>
            <td>{NEED_STATUS[n.status]}</td>
          </tr>
        ))}
      </tbody>
    </table></div>
  );
}

export default function Needs() {
  const establishments = useResource('/api/establishments/mine');
  const [selected, setSelected] = useState(null);
  const [page, setPage] = useState(0);
  const [status, setStatus] = useState(null);
  const verified = (establishments.data || []).filter((e) => e.status === 'VERIFIED');
  useEffect(() => { if (!selected && verified.length > 0) setSelected(verified[0].id); }, [establishments.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const statuses = (STATUS_FILTERS.find(([value]) => value === status)?.[2] || []).map((s) => `&status=${s}`).join('');
  const needs = useResource(selected ? `/api/needs?establishmentId=${selected}${statuses}&page=${page}&size=${PAGE_SIZE}` : '/api/establishments/mine', [selected, statuses, page]);

  if (establishments.loading && !establishments.data) return <Loading />;
  if (establishments.error) return <Problem error={establishments.error} />;
  if (verified.length === 0) {
    return (
      <>
        <h1>Besoins</h1>
        {establishments.data.length === 0
          ? <Alert title="Pas encore d'établissement vérifié">Inscrivez votre établissement dans <Link to="/espace/etablissements">Mes établissements</Link> ; vous pourrez publier des besoins dès que l'ARS l'aura vérifié.</Alert>
          : <Alert title="Aucun établissement vérifié">Vous publierez des besoins quand l'ARS aura vérifié votre établissement : son statut, et le motif d'un refus, sont dans <Link to="/espace/etablissements">Mes établissements</Link>.</Alert>}
      </>
    );
  }
  return (
    <>
      <h1>Besoins</h1>
      {verified.length > 1 && (
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="establishment">Établissement</label>
          <select className="fr-select" id="establishment" value={selected || ''} onChange={(e) => { setSelected(e.target.value); setPage(0); }}>
            {verified.map((e) => <option key={e.id} value={e.id}>{e.details.name}</option>)}
          </select>
        </div>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Select id="needs-status" label="Statut" options={STATUS_FILTERS.map(([value, name]) => [value, name])} value={status}
                  onChange={(v) => { setStatus(v); setPage(0); }} placeholder="Tous" />
        </div>
      </div>
      {needs.loading && !needs.data?.needs && <Loading />}
      {needs.data?.needs && (
        <>
          <p>{formatNumber(needs.data.open)} besoin(s) ouvert(s), {formatNumber(needs.data.filledPositions)} poste(s) pourvu(s) sur {formatNumber(needs.data.positions)}.</p>
          {needs.data.needs.length === 0
            ? <p>{status ? 'Aucun besoin dans ce statut.' : 'Aucun besoin publié : décrivez votre premier besoin ci-dessous.'}</p>
            : <NeedsTable needs={needs.data.needs} />}
          <Pagination page={page} size={PAGE_SIZE} total={needs.data.total} onChange={setPage} />
        </>
      )}
      {selected && <NeedForm establishmentId={selected} onSaved={(need) => navigate(`/espace/besoins/${encodeURIComponent(need.id)}`)} />}
    </>
  );
}
