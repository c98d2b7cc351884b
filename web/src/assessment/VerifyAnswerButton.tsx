import { useMutation } from "@apollo/client/react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { graphql } from "../gql";
import { describeError } from "../components/states";

const VerifyAnswerMutation = graphql(/* GraphQL */ `
  mutation VerifyAnswer($assessmentId: ID!, $criterionCode: String!, $verified: Boolean!) {
    verifyAnswer(assessmentId: $assessmentId, criterionCode: $criterionCode, verified: $verified) {
      criterionCode
      evidenceLevel
      verifiedAt
    }
  }
`);

/**
 * The catalogue team's switch on an answer that came with a proof: mark it verified or
 * withdraw the verification (admins; submitted or published assessments). The page's
 * query (`refetch`) is asked again so every view of the answer shows its new level.
 */
export function VerifyAnswerButton({
  assessmentId,
  criterionCode,
  verified,
  solutionName,
  refetch,
  onDone,
}: {
  assessmentId: string;
  criterionCode: string;
  verified: boolean;
  solutionName: string;
  refetch: string;
  onDone: (message: string) => void;
}) {
  const [verify, { loading, error }] = useMutation(VerifyAnswerMutation, { refetchQueries: [refetch], awaitRefetchQueries: true });
  return (
    <>
      <Button
        size="small"
        priority={verified ? "tertiary" : "secondary"}
        disabled={loading}
        onClick={async () => {
          const result = await verify({ variables: { assessmentId, criterionCode, verified: !verified } }).catch(() => null);
          if (result?.data)
            onDone(
              verified
                ? `La vérification de la réponse ${criterionCode} (« ${solutionName} ») est retirée.`
                : `La réponse ${criterionCode} (« ${solutionName} ») est marquée vérifiée.`,
            );
        }}
      >
        {verified ? "Retirer la vérification" : "Marquer vérifiée"}
        <span className="fr-sr-only">
          {" "}
          : {criterionCode}, {solutionName}
        </span>
      </Button>
      {error && <Alert className="fr-mt-1w" severity="error" small description={describeError(error)} />}
    </>
  );
}
