import { useEffect, type ReactNode } from "react";
import { Display } from "@codegouvfr/react-dsfr/Display";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { useLocation } from "react-router";
import { AppHeader } from "./AppHeader";
import { AppFooter } from "./AppFooter";

/** Header, main landmark and footer around each page; focus goes to the page on navigation. */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return (
    <>
      <SkipLinks
        links={[
          { anchor: "#contenu", label: "Contenu" },
          { anchor: "#footer", label: "Pied de page" },
        ]}
      />
      <AppHeader />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-4w">
        {children}
      </main>
      <AppFooter />
      <Display />
    </>
  );
}
