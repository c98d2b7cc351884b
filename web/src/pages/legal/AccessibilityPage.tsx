import { PageTitle } from "../../components/PageTitle";

/** Déclaration d'accessibilité, in the form RGAA 4.1 asks for. */
export function AccessibilityPage() {
  return (
    <article className="fr-col-lg-9">
      <PageTitle title="Déclaration d'accessibilité" />
      <p>
        L'équipe du catalogue GouvTech s'engage à rendre ce service accessible conformément à l'article 47 de la loi n° 2005-102 du 11
        février 2005.
      </p>
      <p>Cette déclaration d'accessibilité s'applique au site du catalogue GouvTech.</p>
      <h2>État de conformité</h2>
      <p>
        Le catalogue GouvTech est <strong>partiellement conforme</strong> avec le référentiel général d'amélioration de l'accessibilité
        (RGAA), version 4.1, en raison des non-conformités et des dérogations énumérées ci-dessous.
      </p>
      <h2>Résultats des tests</h2>
      <p>
        Aucun audit complet n'a encore été réalisé par un organisme indépendant. Chaque page est vérifiée automatiquement, à chaque
        modification du code, avec l'outil axe-core sur les règles WCAG 2.1 de niveaux A et AA ; ces tests ne couvrent qu'une partie des
        critères du RGAA.
      </p>
      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités</h3>
      <ul>
        <li>
          Les descriptions rédigées par les fournisseurs peuvent contenir des liens dont l'intitulé n'est pas explicite hors contexte.
        </li>
      </ul>
      <h3>Contenus non soumis à l'obligation d'accessibilité</h3>
      <ul>
        <li>Les documents de preuve publiés par les fournisseurs sur leurs propres sites.</li>
      </ul>
      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie lors de la mise en service du catalogue.</p>
      <h3>Technologies utilisées</h3>
      <ul>
        <li>HTML5, CSS, JavaScript (React), Système de design de l'État (DSFR)</li>
      </ul>
      <h3>Environnement de test</h3>
      <ul>
        <li>Chromium (mode sans interface) avec axe-core</li>
      </ul>
      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l'équipe du catalogue pour être orienté vers une
        alternative accessible ou obtenir le contenu sous une autre forme.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou une fonctionnalité du site, que vous nous le
        signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une
        demande de saisine au Défenseur des droits, par son formulaire en ligne, par un délégué du Défenseur des droits dans votre région,
        ou par courrier (gratuit, sans affranchissement) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
      </p>
    </article>
  );
}
