import { useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "@apollo/client/react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../../gql";
import type { Deployment, Distribution, TargetPublic } from "../../gql/graphql";
import { PageTitle } from "../../components/PageTitle";
import { describeError } from "../../components/states";
import { deploymentLabel, distributionLabel, targetPublicLabel } from "../../labels";

const CreateSolutionMutation = graphql(/* GraphQL */ `
  mutation CreateSolution($input: SolutionInput!) {
    createSolution(input: $input) {
      id
      slug
      name
      status
      version
    }
  }
`);

/** The referencing form: creates a draft the supplier then submits from its space. */
export function NewSolutionPage() {
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CreateSolutionMutation, { refetchQueries: ["SupplierSpace"] });
  const [form, setForm] = useState({
    name: "",
    tagline: "",
    description: "",
    website: "",
    distribution: "PROPRIETARY",
    deployment: "CLOUD",
    licences: "",
  });
  const [publics, setPublics] = useState<TargetPublic[]>([]);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  return (
    <div className="fr-col-lg-8">
      <PageTitle title="Référencer une solution" />
      <p>La fiche est enregistrée en brouillon ; vous demanderez ensuite son référencement depuis votre espace.</p>
      {error && <Alert className="fr-mb-3w" severity="error" title="La fiche n'a pas été enregistrée" description={describeError(error)} />}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const licences = form.licences
            .split(",")
            .map((l) => l.trim())
            .filter(Boolean);
          const result = await create({
            variables: {
              input: {
                name: form.name,
                tagline: form.tagline,
                description: form.description,
                website: form.website || null,
                distribution: form.distribution as Distribution,
                deployment: form.deployment as Deployment,
                licences,
                targetPublics: publics,
              },
            },
          }).catch(() => null);
          if (result?.data) navigate("/espace-fournisseur");
        }}
      >
        <Input label="Nom de la solution" nativeInputProps={{ value: form.name, onChange: set("name"), required: true, maxLength: 120 }} />
        <Input
          label="Accroche"
          hintText="Une phrase qui dit ce que fait la solution."
          nativeInputProps={{ value: form.tagline, onChange: set("tagline"), required: true, maxLength: 200 }}
        />
        <Input
          label="Description"
          hintText="En Markdown : titres, listes, liens. Le HTML n'est pas interprété."
          textArea
          nativeTextAreaProps={{ value: form.description, onChange: set("description"), rows: 8, maxLength: 20000 }}
        />
        <Input
          label="Site web"
          hintText="Adresse commençant par https://"
          nativeInputProps={{ type: "url", value: form.website, onChange: set("website") }}
        />
        <Select label="Distribution" nativeSelectProps={{ value: form.distribution, onChange: set("distribution") }}>
          {Object.entries(distributionLabel).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
        {form.distribution !== "PROPRIETARY" && (
          <Input
            label="Licences (identifiants SPDX, séparés par des virgules)"
            hintText="Par exemple : AGPL-3.0-only, MIT"
            nativeInputProps={{ value: form.licences, onChange: set("licences") }}
          />
        )}
        <Select label="Déploiement" nativeSelectProps={{ value: form.deployment, onChange: set("deployment") }}>
          {Object.entries(deploymentLabel).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
        <Checkbox
          legend="Public cible"
          options={Object.entries(targetPublicLabel).map(([value, text]) => ({
            label: text,
            nativeInputProps: {
              checked: publics.includes(value as TargetPublic),
              onChange: () =>
                setPublics(
                  publics.includes(value as TargetPublic) ? publics.filter((p) => p !== value) : [...publics, value as TargetPublic],
                ),
            },
          }))}
        />
        <Button type="submit" disabled={loading}>
          Enregistrer le brouillon
        </Button>
      </form>
    </div>
  );
}
