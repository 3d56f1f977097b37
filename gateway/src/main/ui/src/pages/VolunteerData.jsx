import { useState } from 'react';
import { api, logout } from '../api.js';
import { Alert, formatDateTime, Loading, Problem, useAction, useResource } from '../components/ui.jsx';

/** Each service exports what it holds; the file gathers them, one section per service. */
async function exportEverything() {
  const [profile, matching, notification] = await Promise.all(
    ['/api/volunteers/me/export', '/api/matching/me/export', '/api/notifications/me/export'].map((path) => api(path)));
  const file = new Blob([JSON.stringify({ exportedAt: new Date().toISOString(), 'volunteer-profile': profile, matching, notification }, null, 2)],
    { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = 'mes-donnees-renfort-rh.json';
  link.click();
  URL.revokeObjectURL(link.href);
}

export default function VolunteerData() {
  const disclosures = useResource('/api/volunteers/me/disclosures');
  const action = useAction();
  const download = useAction();
  const [confirming, setConfirming] = useState(false);
  const erase = () => action.run(() => api('/api/volunteers/me', { method: 'DELETE' })).then(() => logout());
  return (
    <>
      <h1>Mes données</h1>
      <h2 className="fr-h4">Exporter</h2>
      <p>Téléchargez en un fichier JSON tout ce que Renfort RH détient sur vous : profil, demandes et missions, notifications, consultations de vos coordonnées.</p>
      <Problem error={download.error} />
      <button className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" disabled={download.pending}
              onClick={() => download.run(exportEverything)}>Télécharger mes données</button>

      <h2 className="fr-h4 fr-mt-4w">Qui a consulté mes coordonnées</h2>
      {disclosures.loading && !disclosures.data && <Loading />}
      {disclosures.error && disclosures.error.status !== 404 && <Problem error={disclosures.error} />}
      {disclosures.data?.length === 0 && <p>Personne : vos coordonnées ne sont communiquées qu'aux établissements dont vous avez accepté la demande.</p>}
      {disclosures.data?.length > 0 && (
        <div className="fr-table"><table>
          <caption>Consultations de mes coordonnées</caption>
          <thead><tr><th scope="col">Date</th><th scope="col">Établissement</th></tr></thead>
          <tbody>{disclosures.data.map((d) => <tr key={`${d.at}-${d.viewerAccountId}`}><td>{formatDateTime(d.at)}</td><td>{d.establishmentName}</td></tr>)}</tbody>
        </table></div>
      )}

      <h2 className="fr-h4 fr-mt-4w">Supprimer mon profil</h2>
      <p>Votre profil est effacé et tous les services de Renfort RH suppriment ce qu'ils détiennent sur vous. C'est définitif.</p>
      <Problem error={action.error} />
      {confirming ? (
        <Alert type="warning" title="Confirmer la suppression ?">
          <button className="fr-btn fr-mr-2w" onClick={erase} disabled={action.pending}>Oui, supprimer définitivement</button>
          <button className="fr-btn fr-btn--secondary" onClick={() => setConfirming(false)}>Non, garder mon profil</button>
        </Alert>
      ) : <button className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left" onClick={() => setConfirming(true)}>Supprimer mon profil</button>}
    </>
  );
}
