import { useState } from "react";
import { Link } from "react-router";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { RatingSummaryFragment, ReviewItemFragment } from "../gql/graphql";
import { useSession } from "../auth/SessionProvider";
import { label, reviewStatusLabel } from "../labels";
import { RatingSummary } from "./RatingSummary";
import { ReviewList } from "./ReviewList";
import { ReviewForm } from "./ReviewForm";
import { ReportForm } from "./ReportForm";
import { FlagReviewForm } from "./FlagReviewForm";

export interface MyReview {
  id: string;
  status: string;
  title: string;
  rejectionReason?: string | null;
}

/**
 * Rating for everyone; review texts for signed-in agents, admins and the owning supplier
 * (the space is reserved to administrations); the agent's own review with its status.
 */
export function CommunitySection({
  solutionId,
  rating,
  reviews,
  reviewCount,
  myReview,
  onReviewPosted,
}: {
  solutionId: string;
  rating: RatingSummaryFragment | null | undefined;
  reviews: ReviewItemFragment[] | null;
  reviewCount: number;
  myReview: MyReview | null;
  onReviewPosted: () => void;
}) {
  const { session } = useSession();
  const [posted, setPosted] = useState(false);
  return (
    <section className="fr-mt-6w" aria-labelledby="avis">
      <h2 id="avis">Avis des agents publics</h2>
      {rating ? <RatingSummary rating={rating} /> : <p>La note moyenne est momentanément indisponible.</p>}
      {!session && (
        <Alert
          className="fr-my-3w"
          severity="info"
          small
          description={
            <>
              Le détail des avis est réservé aux agents publics. <Link to="/connexion">Connectez-vous</Link> pour les lire ou donner le
              vôtre.
            </>
          }
        />
      )}
      {reviews && (
        <>
          <h3 className="fr-h5 fr-mt-3w">
            Derniers avis ({reviews.length} sur {reviewCount})
          </h3>
          {reviews.length === 0 ? (
            <p>Aucun avis publié pour le moment.</p>
          ) : (
            <ReviewList
              reviews={reviews}
              headingLevel={4}
              renderActions={
                session?.role === "AGENT"
                  ? (r) => (r.id === myReview?.id ? null : <FlagReviewForm reviewId={r.id} reviewTitle={r.title} />)
                  : undefined
              }
            />
          )}
        </>
      )}
      {session?.role === "AGENT" && (
        <div className="fr-mt-3w">
          {posted && !myReview && <Alert severity="success" small description="Merci : votre avis sera publié après modération." />}
          {myReview ? (
            <Alert
              severity={myReview.status === "REJECTED" ? "warning" : myReview.status === "PUBLISHED" ? "success" : "info"}
              small
              description={
                <>
                  Votre avis « {myReview.title} » : {label(reviewStatusLabel, myReview.status).toLowerCase()}.
                  {myReview.rejectionReason && <> Motif : {myReview.rejectionReason}</>}
                </>
              }
            />
          ) : (
            !posted && (
              <ReviewForm
                solutionId={solutionId}
                onPosted={() => {
                  setPosted(true);
                  onReviewPosted();
                }}
              />
            )
          )}
        </div>
      )}
      <div className="fr-mt-4w">
        <ReportForm solutionId={solutionId} />
      </div>
    </section>
  );
}
