export function LegalNotice() {
  return (
    <>
      <h1>Mentions légales</h1>
      <h2>Éditeur</h2>
      <p>Agence régionale de santé de Normandie, établissement public de l'État. Directeur de la publication : le directeur
        général de l'ARS Normandie.</p>
      <h2>Hébergement</h2>
      <p>Le service est hébergé sur une infrastructure qualifiée pour l'hébergement de données personnelles, désignée par l'ARS.</p>
      <h2>Propriété</h2>
      <p>Les données géographiques des communes proviennent du Code officiel géographique de l'INSEE et des contours IGN
        ADMIN EXPRESS (Licence Ouverte 2.0). Le design suit le Système de Design de l'État.</p>
    </>
  );
}

export function PrivacyNotice() {
  return (
    <>
      <h1>Données personnelles</h1>
      <p>Version de la notice : 2026-11.</p>
      <h2>Finalité</h2>
      <p>Mettre en relation des professionnels de santé volontaires avec des établissements de santé et médico-sociaux de
        Normandie qui ont besoin de renfort, et permettre à l'ARS de piloter ces renforts.</p>
      <h2>Base légale</h2>
      <p>Mission d'intérêt public de l'ARS (article 6-1-e du RGPD) et votre consentement pour être contacté par les établissements.</p>
      <h2>Données</h2>
      <p>Identité et coordonnées, situation professionnelle, professions et numéro RPPS ou ADELI, diplômes et expérience,
        commune et distance acceptée, disponibilités, préférences de contrat.</p>
      <h2>Destinataires</h2>
      <p>Les agents habilités de l'ARS. Les établissements ne voient qu'un profil pseudonymisé (initiales, profession,
        expérience, tranche de distance) ; vos coordonnées ne leur sont communiquées qu'après que vous avez accepté leur
        demande, et chaque consultation vous est montrée dans « Mes données ».</p>
      <h2>Durée de conservation</h2>
      <p>Tant que votre compte est actif ; un profil sans confirmation de disponibilités depuis 24 mois est signalé puis
        supprimé 30 jours plus tard.</p>
      <h2>Vos droits</h2>
      <p>Vous pouvez exporter toutes vos données et supprimer votre compte depuis « Mes données ». Pour toute autre demande :
        le délégué à la protection des données de l'ARS Normandie. Vous pouvez saisir la CNIL.</p>
    </>
  );
}

export function Accessibility() {
  return (
    <>
      <h1>Déclaration d'accessibilité</h1>
      <p>L'ARS Normandie s'engage à rendre son service accessible conformément à l'article 47 de la loi n° 2005-102 du
        11 février 2005.</p>
      <h2>État de conformité</h2>
      <p>Renfort RH est <strong>non conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA) :
        aucun audit n'a encore été réalisé. Les pages sont testées automatiquement (axe-core) à chaque version.</p>
      <h2>Retour d'information et contact</h2>
      <p>Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez l'ARS Normandie pour être orienté vers une
        alternative accessible ou obtenir le contenu sous une autre forme.</p>
      <h2>Voies de recours</h2>
      <p>Si vous n'obtenez pas de réponse, vous pouvez saisir le Défenseur des droits.</p>
    </>
  );
}
