import { useState } from 'react';
import { EditDetails } from './Establishments.jsx';
import { DecisionHistory, DEPARTMENTS, ExpandableRow, Field, formatDecision, formatNumber, label, Loading, Problem, Select, useResource, WithdrawVerification } from '../components/ui.jsx';

const FIELDS = { name: 'nom', legalStatus: 'statut juridique', category: 'catégorie', address: 'adresse', communeInsee: 'commune', ght: 'GHT', phone: 'téléphone' };

/** Every correction the ARS made, newest first: which fields, when, by whom. */
function CorrectionHistory({ corrections }) {
  return (
    <ul className="rr-decisions">
      {corrections.map((c) => (
        <li key={c.at}>{c.fields.map((f) => FIELDS[f] || f).join(', ').replace(/^./, (first) => first.toUpperCase())} — {formatDecision(c)}</li>
      ))}
    </ul>
  );
}

const STATUSES = [['VERIFIED', 'Vérifié'], ['PENDING_VERIFICATION', 'À vérifier'], ['REJECTED', 'Refusé']];

const simplified = (text) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Who to call at the establishment, and where its needs stand. */
function EstablishmentDetails({ establishment: e, reload }) {
  const needs = useResource(`/api/needs?establishmentId=${encodeURIComponent(e.id)}&size=1`, [e.id]);
  const [correcting, setCorrecting] = useState(false);
  return (
    <>
      <dl className="rr-facts">
        <dt>Adresse</dt><dd>{[e.details.address, e.commune].filter(Boolean).join(', ') || '—'}</dd>
        <dt>Téléphone</dt><dd>{e.details.phone || '—'}</dd>
        <dt>GHT</dt><dd>{e.details.ght || '—'}</dd>
        <dt>Équipe</dt><dd>{e.members.map((m) => `${m.name || m.email} (${m.email}${m.admin ? ', administrateur' : ''})`).join(' ; ') || '—'}</dd>
        {e.decision && <><dt>Décisions de l'ARS</dt><dd><DecisionHistory last={e.decision} earlier={e.earlierDecisions} /></dd></>}
        {e.corrections?.length > 0 && <><dt>Corrections de l'ARS</dt><dd><CorrectionHistory corrections={e.corrections} /></dd></>}
        {e.rejectionReason && <><dt>{e.status === 'REJECTED' ? 'Motif du refus' : 'Motif du refus précédent'}</dt><dd>{e.rejectionReason}</dd></>}
        <dt>Besoins</dt>
        <dd>
          {needs.loading && !needs.data && 'Chargement…'}
          {needs.data && `${formatNumber(needs.data.total)} publié(s), ${formatNumber(needs.data.open)} ouvert(s) — ${formatNumber(needs.data.filledPositions)} poste(s) pourvu(s) sur ${formatNumber(needs.data.positions)}`}
        </dd>
      </dl>
      <Problem error={needs.error} />
      {correcting
        ? <EditDetails establishment={e} byArs onCancel={() => setCorrecting(false)} onDone={() => { setCorrecting(false); reload(); }} />
        : <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => setCorrecting(true)}>Corriger les informations</button>}
      {e.status === 'VERIFIED' && (
        <WithdrawVerification id={`withdraw-${e.id}`} reload={reload} path={`/api/establishments/${encodeURIComponent(e.id)}/withdraw-verification`}
                              consequences="L'établissement ne peut plus publier de besoins ni solliciter de volontaires. Ses besoins à venir sont annulés, avec leurs missions ; les volontaires concernés et son équipe sont prévenus. Son équipe voit le motif, et peut le corriger puis le soumettre à nouveau." />
      )}
    </>
  );
}

/** ARS: every establishment, found by name or FINESS, status and department, with its team and its needs. */
export default function EstablishmentDirectory() {
  const [status, setStatus] = useState('VERIFIED');
  const [department, setDepartment] = useState(null);
  const [search, setSearch] = useState('');
  const establishments = useResource(`/api/establishments${status ? `?status=${status}` : ''}`, [status]);
  const wanted = simplified(search.trim());
  const shown = (establishments.data || []).filter((e) => (!department || e.department === department)
    && (!wanted || simplified(e.details.name).includes(wanted) || e.finess.includes(wanted)));
  return (
    <>
      <h1>Établissements</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4"><Field id="establishment-search" label="Nom ou numéro FINESS" value={search} onChange={setSearch} autoComplete="off" /></div>
        <div className="fr-col-12 fr-col-md-4"><Select id="establishment-status" label="Statut" options={STATUSES} value={status} onChange={setStatus} placeholder="Tous" /></div>
        <div className="fr-col-12 fr-col-md-4"><Select id="establishment-department" label="Département" options={DEPARTMENTS} value={department} onChange={setDepartment} placeholder="Tous" /></div>
      </div>
      {establishments.loading && !establishments.data && <Loading />}
      <Problem error={establishments.error} />
      {establishments.data && (
        <>
          <p className="fr-mt-2w" role="status">{formatNumber(shown.length)} établissement(s).</p>
          {shown.length === 0 ? <p>Aucun établissement ne correspond à ces critères.</p> : (
            <div className="fr-table fr-table--no-caption"><table>
              <caption>Établissements</caption>
              <thead><tr>
                <th scope="col">Nom</th><th scope="col">Catégorie</th><th scope="col">FINESS</th><th scope="col">Département</th>
                <th scope="col">Statut</th><th scope="col">Équipe</th>
              </tr></thead>
              <tbody>{shown.map((e) => (
                <ExpandableRow key={e.id} id={`establishment-${e.id}`} title={e.details.name}
                               cells={[e.categoryLabel, e.finess, label(DEPARTMENTS, e.department), label(STATUSES, e.status), e.members.length]}>
                  <EstablishmentDetails establishment={e} reload={establishments.reload} />
                </ExpandableRow>
              ))}</tbody>
            </table></div>
          )}
        </>
      )}
    </>
  );
}
