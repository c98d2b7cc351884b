import { Header } from "@codegouvfr/react-dsfr/Header";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { useLocation } from "react-router";
import { useSession } from "../auth/SessionProvider";

export const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

export function AppHeader() {
  const { session, signOut } = useSession();
  const { pathname } = useLocation();
  const navigation = [
    { text: "Explorer le catalogue", linkProps: { to: "/" }, isActive: pathname === "/" },
    { text: "Comparer", linkProps: { to: "/comparer" }, isActive: pathname.startsWith("/comparer") },
    ...(session?.role === "SUPPLIER"
      ? [{ text: "Espace fournisseur", linkProps: { to: "/espace-fournisseur" }, isActive: pathname.startsWith("/espace-fournisseur") }]
      : []),
    ...(session?.role === "ADMIN"
      ? [{ text: "Administration", linkProps: { to: "/administration" }, isActive: pathname.startsWith("/administration") }]
      : []),
  ];
  return (
    <Header
      brandTop={brandTop}
      homeLinkProps={{ to: "/", title: "Accueil - Catalogue GouvTech" }}
      serviceTitle="Catalogue GouvTech"
      serviceTagline="Les solutions numériques pour le secteur public, évaluées et comparées"
      quickAccessItems={[
        headerFooterDisplayItem,
        session
          ? {
              iconId: "fr-icon-logout-box-r-line",
              text: `Se déconnecter (${session.name})`,
              buttonProps: { onClick: () => void signOut() },
            }
          : { iconId: "fr-icon-account-circle-line", text: "Se connecter", linkProps: { to: "/connexion" } },
      ]}
      navigation={navigation}
    />
  );
}
