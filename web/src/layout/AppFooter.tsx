import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { brandTop } from "./AppHeader";

export function AppFooter() {
  return (
    <Footer
      id="footer"
      brandTop={brandTop}
      homeLinkProps={{ to: "/", title: "Accueil - Catalogue GouvTech" }}
      accessibility="partially compliant"
      accessibilityLinkProps={{ to: "/accessibilite" }}
      termsLinkProps={{ to: "/mentions-legales" }}
      contentDescription="Le catalogue GouvTech aide les acheteurs publics à choisir des solutions numériques : fiches des fournisseurs, évaluation sur une grille de critères commune et retours d'expérience d'agents publics."
      bottomItems={[headerFooterDisplayItem]}
    />
  );
}
