import { Fragment, useEffect, useState } from 'react';
import { CONTRACTS, DecisionHistory, DEPARTMENTS, ExpandableRow, Field, formatDate, formatNumber, label, Loading, Pagination, Problem, PROFESSIONS, Select, UNITS, useResource, WithdrawVerification } from '../components/ui.jsx';
import { DirectoryCheck } from './Verification.jsx';

const PAGE_SIZE = 50;
const STATUSES = [['VERIFIED', 'Vérifié'], ['SUBMITTED', 'À vérifier'], ['DRAFT', 'Brouillon'], ['PAUSED', 'En pause'], ['REJECTED', 'Refusé']];

function Availability({ volunteer }) {
  if (volunteer.stale) return <span className="fr-badge fr-badge--sm fr-badge--warning">À relancer</span>;
  return volunteer.confirmedAt ? `confirmées le ${formatDate(volunteer.confirmedAt)}` : '—';
}

const labelled = (codes, labels) => (codes?.length ? codes.map((code) => label(labels, code)).join(', ') : '—');

/** What each side said after the volunteer's missions, and the absences reported over a year. */
function VolunteerFeedback({ volunteerId }) {
  const { data, error } = useResource(`/api/matching/feedback?volunteerId=${encodeURIComponent(volunteerId)}`, [volunteerId]);
  if (error) return <Problem error={error} />;
  if (!data) return null;
  if (data.length === 0) return <p className="fr-text--sm">Aucun retour après mission.</p>;
  return (
    <>
      <p className="fr-text--sm fr-mb-1w">
        {data.length} retour(s) après mission ; absences signalées sur 12 mois : {data[0].volunteerNoShowsThisYear >= 2
          ? <strong>{data[0].volunteerNoShowsThisYear} (répétées)</strong> : data[0].volunteerNoShowsThisYear}.
      </p>
      <ul className="fr-text--sm">
        {data.slice(0, 5).map((f) => (
          <li key={`${f.proposalId}/${f.from}`}>
            {formatDate(f.at)}, {f.establishmentName}, de la part {f.from === 'ESTABLISHMENT' ? 'de l\'établissement' : 'du volontaire'} :
            {f.noShow ? ' absent' : ' présent'}, {f.wouldWorkAgain ? 'retravaillerait ensemble' : 'ne retravaillerait pas ensemble'}{f.comment ? ` — « ${f.comment} »` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A volunteer opened from elsewhere (the dashboard's feedback), whatever the filters below. */
function LinkedVolunteer({ volunteerId }) {
  const { data, error, reload } = useResource(`/api/volunteers/${encodeURIComponent(volunteerId)}`, [volunteerId]);
  if (error) return <Problem error={error} />;
  if (!data) return <Loading />;
  return (
    <section className="rr-card fr-mb-4w" aria-labelledby="linked-volunteer">
      <h2 id="linked-volunteer" className="fr-h5">{data.firstName} {data.lastName} — {label(STATUSES, data.status)}</h2>
      <VolunteerDetails volunteer={data} reload={reload} where="linked" />
    </section>
  );
}

/**
 * What the ARS may read of a volunteer's profile, to answer a call or check a report; {@code where} keeps field ids apart
 * when the same volunteer shows twice (opened by a link and in the list).
 */
function VolunteerDetails({ volunteer, reload, where = 'list' }) {
  const p = volunteer.profile || {};
  const rows = [
    ['Contact', `${volunteer.email || '—'} — ${p.phone || 'sans téléphone'}${p.preferredChannel === 'SMS' ? ' (préfère les SMS)' : ''}`],
    ['RPPS / ADELI', p.professionalId || '—'],
    ['Diplômes', (p.diplomas || []).map((d) => `${d.title} (${d.year}, ${d.institution})`).join(' ; ') || '—'],
    ['Services connus', labelled(p.experience?.units, UNITS)],
    ['Déplacements', p.mobility ? `${p.mobility.maxTravelKm} km au plus${p.mobility.hasCar ? ', véhiculé' : ''} — départements : ${labelled(p.mobility.departmentsAccepted, DEPARTMENTS)}` : '—'],
    ['Contrats acceptés', labelled(p.preferences?.contractTypes, CONTRACTS)],
    ['Limites', p.preferences ? `${p.preferences.maxHoursPerWeek || 48} h par semaine, ${p.preferences.weeklyContactBudget} demande(s) de contact par semaine` : '—'],
  ];
  if (volunteer.decision) rows.push(['Décisions de l\'ARS', <DecisionHistory last={volunteer.decision} earlier={volunteer.earlierDecisions} />]);
  if (volunteer.rejectionReason) rows.push([volunteer.status === 'REJECTED' ? 'Motif du refus ou du retrait' : 'Motif du refus ou du retrait précédent', volunteer.rejectionReason]);
  return (
    <>
      <dl className="rr-facts">
        {rows.map(([term, value]) => <Fragment key={term}><dt>{term}</dt><dd>{value}</dd></Fragment>)}
      </dl>
      <DirectoryCheck check={volunteer.directoryCheck} />
      <VolunteerFeedback volunteerId={volunteer.id} />
      {(volunteer.status === 'VERIFIED' || volunteer.status === 'PAUSED') && (
        <WithdrawVerification id={`withdraw-${where}-${volunteer.id}`} reload={reload}
                              path={`/api/volunteers/${encodeURIComponent(volunteer.id)}/withdraw-verification`} version={volunteer.version}
                              consequences="Le profil revient au volontaire comme non validé, avec le motif, pour qu'il le corrige et le soumette à nouveau. Ses demandes en cours sont retirées et ses missions à venir annulées ; les établissements concernés sont prévenus." />
      )}
    </>
  );
}

/** ARS: the volunteer base, newest first, found by name, status, department and profession; the same as CSV. */
export default function Volunteers() {
  const [filters, setFilters] = useState({ status: 'VERIFIED', department: null, profession: null });
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  const [page, setPage] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => { setName(typed.trim()); setPage(0); }, 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const query = new URLSearchParams(Object.entries({ ...filters, name }).filter(([, v]) => v)).toString();
  const volunteers = useResource(`/api/volunteers?${query}&page=${page}&size=${PAGE_SIZE}`, [query, page]);
  const set = (patch) => { setFilters({ ...filters, ...patch }); setPage(0); };
  const linked = new URLSearchParams(window.location.search).get('volontaire');
  return (
    <>
      <h1>Volontaires</h1>
      {linked && <LinkedVolunteer volunteerId={linked} />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3"><Field id="volunteer-name" label="Nom ou prénom" value={typed} onChange={setTyped} autoComplete="off" /></div>
        <div className="fr-col-12 fr-col-md-3"><Select id="volunteer-status" label="Statut" options={STATUSES} value={filters.status} onChange={(v) => set({ status: v })} placeholder="Tous" /></div>
        <div className="fr-col-12 fr-col-md-3"><Select id="volunteer-department" label="Département accepté" options={DEPARTMENTS} value={filters.department} onChange={(v) => set({ department: v })} placeholder="Tous" /></div>
        <div className="fr-col-12 fr-col-md-3"><Select id="volunteer-profession" label="Profession" options={PROFESSIONS} value={filters.profession} onChange={(v) => set({ profession: v })} placeholder="Toutes" /></div>
      </div>
      <p className="fr-mt-2w"><a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/api/volunteers/export.csv?${query}`} download>Exporter en CSV (sans coordonnées)</a></p>
      {volunteers.loading && !volunteers.data && <Loading />}
      <Problem error={volunteers.error} />
      {volunteers.data && (
        <>
          <p role="status">{formatNumber(volunteers.data.total)} volontaire(s), les plus récemment inscrits d'abord.</p>
          {volunteers.data.volunteers.length === 0 ? <p>Aucun volontaire ne correspond à ces critères.</p> : (
            <div className="fr-table fr-table--no-caption"><table>
              <caption>Volontaires</caption>
              <thead><tr>
                <th scope="col">Nom</th><th scope="col">Profession</th><th scope="col">Commune</th><th scope="col">Expérience</th>
                <th scope="col">Statut</th><th scope="col">Disponibilités</th><th scope="col">Inscrit le</th>
              </tr></thead>
              <tbody>
                {volunteers.data.volunteers.map((v) => (
                  <ExpandableRow key={v.id} id={`volunteer-${v.id}`} title={`${v.firstName} ${v.lastName}`} cells={[
                    v.professions.map((p) => p.label).join(', ') || '—',
                    v.commune ? `${v.commune.name} (${v.commune.postcodes[0]})` : '—',
                    v.profile?.experience ? `${v.profile.experience.years} an(s)` : '—',
                    label(STATUSES, v.status), <Availability volunteer={v} />, formatDate(v.registeredAt)]}>
                    <VolunteerDetails volunteer={v} reload={volunteers.reload} />
                  </ExpandableRow>
                ))}
              </tbody>
            </table></div>
          )}
          <Pagination page={page} size={PAGE_SIZE} total={volunteers.data.total} onChange={setPage} />
        </>
      )}
    </>
  );
}
