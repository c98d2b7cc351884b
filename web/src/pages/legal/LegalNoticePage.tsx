import { PageTitle } from "../../components/PageTitle";

/** Mentions légales. */
export function LegalNoticePage() {
  return (
    <article className="fr-col-lg-9">
      <PageTitle title="Mentions légales" />
      <h2>Éditeur</h2>
      <p>Le catalogue GouvTech est édité par l'équipe du catalogue, au sein d'une administration publique.</p>
      <h2>Hébergement</h2>
      <p>Le service est hébergé sur une infrastructure située en France, choisie par l'administration éditrice.</p>
      <h2>Contenus publiés</h2>
      <p>
        Les fiches de solutions et les auto-évaluations sont rédigées par les fournisseurs, sous leur responsabilité. Les niveaux de preuve
        affichés indiquent si une réponse est déclarative, appuyée par une preuve publique ou vérifiée par l'équipe du catalogue. Les avis
        sont rédigés par des agents publics et modérés avant publication. Certaines fiches sont des exemples fictifs : elles portent la
        mention « Exemple fictif ».
      </p>
      <h2>Données personnelles</h2>
      <p>
        Les avis sont réservés aux agents publics authentifiés ; seul le nom de leur administration est affiché. Un agent peut à tout moment
        effacer ses avis et le lien entre son compte et ses contributions. Aucun cookie de mesure d'audience ni de publicité n'est déposé ;
        la session de connexion est conservée dans l'onglet du navigateur et disparaît à sa fermeture.
      </p>
      <h2>Signaler une erreur</h2>
      <p>Chaque fiche de solution propose un formulaire pour signaler une erreur dans son contenu.</p>
    </article>
  );
}
