import { useEffect } from "react";

/** Sets the document title (RGAA 8.6: each page has a relevant title) and renders the h1. */
export function PageTitle({ title, hidden = false }: { title: string; hidden?: boolean }) {
  useEffect(() => {
    document.title = `${title} - Catalogue GouvTech`;
  }, [title]);
  return <h1 className={hidden ? "fr-sr-only" : undefined}>{title}</h1>;
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} - Catalogue GouvTech`;
  }, [title]);
}
