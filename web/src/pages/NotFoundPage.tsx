import { Link } from "react-router";
import { PageTitle } from "../components/PageTitle";

export function NotFoundPage() {
  return (
    <>
      <PageTitle title="Page non trouvée" />
      <p className="fr-text--lead">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
      <p>
        Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. Sinon,{" "}
        <Link to="/">retournez à l'accueil du catalogue</Link>.
      </p>
    </>
  );
}
