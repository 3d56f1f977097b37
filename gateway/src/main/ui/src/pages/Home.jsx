import { login } from '../api.js';
import { Link } from '../App.jsx';

export default function Home({ me }) {
  return (
    <>
      <h1>Renfort RH : des professionnels de santé volontaires pour les établissements de Normandie</h1>
      <p className="fr-text--lead">
        L'Agence régionale de santé de Normandie met en relation les professionnels de santé prêts à aider — en activité,
        étudiants ou retraités — avec les hôpitaux, cliniques et EHPAD qui manquent de personnel.
      </p>
      {me ? (
        <p><Link className="fr-btn" to="/espace">Accéder à mon espace</Link></p>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li><button className="fr-btn" onClick={login}>Je suis volontaire</button></li>
          <li><button className="fr-btn fr-btn--secondary" onClick={login}>Je représente un établissement</button></li>
        </ul>
      )}
      <div className="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <div className="fr-col-12 fr-col-md-4">
          <div className="rr-card">
            <h2 className="fr-h4">Pour les volontaires</h2>
            <p>Infirmiers, médecins, aides-soignants, sages-femmes… Indiquez vos disponibilités, votre commune et la distance
              que vous acceptez. Vous êtes sollicité rarement, pour des missions qui vous correspondent, et vous restez libre
              d'accepter ou de refuser. Vos coordonnées ne sont transmises qu'avec votre accord.</p>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <div className="rr-card">
            <h2 className="fr-h4">Pour les établissements</h2>
            <p>Publiez vos besoins (créneaux, profession, type de contrat : CDD court, vacation ou mise à disposition) et
              recevez une liste de candidats classés et expliqués : distance, expérience, disponibilité confirmée.</p>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <div className="rr-card">
            <h2 className="fr-h4">Comment ça marche</h2>
            <ol>
              <li>Le volontaire complète son profil ; l'ARS le vérifie.</li>
              <li>L'établissement, vérifié par l'ARS, publie un besoin.</li>
              <li>Il sollicite les meilleurs candidats ; le volontaire accepte ou décline.</li>
              <li>L'établissement confirme la mission.</li>
            </ol>
          </div>
        </div>
      </div>
    </>
  );
}
