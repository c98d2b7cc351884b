import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";

/** Full-text search: submitting puts the words in the URL (back to page 1, relevance sort). */
export function SearchForm({ initial }: { initial: string }) {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  return (
    <form
      role="search"
      className="fr-mb-4w"
      onSubmit={(e) => {
        e.preventDefault();
        const next = new URLSearchParams(params);
        if (text.trim()) next.set("q", text.trim());
        else next.delete("q");
        next.delete("page");
        next.delete("tri");
        setParams(next);
      }}
    >
      <div className="fr-search-bar fr-search-bar--lg">
        <label className="fr-label" htmlFor="recherche">
          Rechercher une solution
        </label>
        <input
          className="fr-input"
          id="recherche"
          name="q"
          type="search"
          placeholder="Rechercher une solution, un besoin, un fournisseur"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button className="fr-btn" type="submit" title="Rechercher">
          Rechercher
        </button>
      </div>
    </form>
  );
}
