import { Button } from "@codegouvfr/react-dsfr/Button";
import { clearCompared, compareUrl, MAX_COMPARED, useCompareSelection } from "./compare-selection";

/** The current comparison basket, with the link to compare once two are picked. */
export function CompareBar() {
  const items = useCompareSelection();
  if (items.length === 0) return null;
  return (
    <section className="gt-compare-bar fr-p-2w fr-mb-3w" aria-label="Solutions à comparer">
      <p className="fr-mb-1w">
        <strong>
          {items.length} solution{items.length > 1 ? "s" : ""} sélectionnée{items.length > 1 ? "s" : ""} sur {MAX_COMPARED}
        </strong>{" "}
        : {items.map((i) => i.name).join(", ")}
      </p>
      <div className="gt-card-meta">
        {items.length >= 2 ? (
          <Button size="small" linkProps={{ to: compareUrl(items.map((i) => i.id)) }}>
            Comparer ces solutions
          </Button>
        ) : (
          <p className="fr-text--sm fr-mb-0">Sélectionnez au moins deux solutions pour les comparer.</p>
        )}
        <Button size="small" priority="tertiary" onClick={clearCompared}>
          Vider la sélection
        </Button>
      </div>
    </section>
  );
}
