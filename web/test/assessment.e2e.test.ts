import { axeViolations } from "./support/axe";
import { screenshot, settledOperations } from "./support/browser";
import { devAccounts, devToken, gql } from "./support/api";
import { signInAs } from "./support/sign-in";
import { useWebSuite } from "./support/suite";

const ADMIN = "Équipe catalogue (démo)";

const suite = useWebSuite();
const newTab = () => suite.newTab();

interface Candidate {
  account: string;
  solution: { id: string; slug: string; name: string };
}

/** A seeded supplier account and one of its published solutions with no assessment under way. */
async function findCandidate(): Promise<Candidate> {
  const accounts = await devAccounts(suite.env.graphqlUrl);
  for (const account of accounts.filter((a) => a.role === "SUPPLIER")) {
    const token = await devToken(suite.env.graphqlUrl, account.username);
    const mine = await gql<{
      mySolutions: {
        edges: { node: { id: string; slug: string; name: string; status: string; assessment: unknown; draftAssessment: unknown } }[];
      };
    }>(
      suite.env.graphqlUrl,
      `{ mySolutions(first: 100) { edges { node { id slug name status assessment { id } draftAssessment { id } } } } }`,
      {},
      token,
    );
    const free = mine.mySolutions.edges.map((e) => e.node).find((s) => s.status === "PUBLISHED" && !s.assessment && !s.draftAssessment);
    if (free) return { account: account.name, solution: free };
  }
  throw new Error("no seeded supplier has a published solution without an assessment");
}

test("a supplier fills and submits an assessment, the admin publishes it, the scores are shown", async () => {
  const { account, solution } = await findCandidate();

  const supplier = await newTab();
  const page = supplier.page;
  await signInAs(page, account);
  await page.waitForURL(/\/espace-fournisseur$/);
  await page.getByRole("heading", { level: 2, name: /^Mes solutions/ }).waitFor();
  expect(await settledOperations(supplier)).toEqual(["SupplierSpace"]);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, "supplier-space");

  await page.getByRole("link", { name: `Évaluer ${solution.name}` }).click();
  await page.getByRole("heading", { level: 1, name: `Évaluation de ${solution.name}` }).waitFor();
  expect(await settledOperations(supplier)).toEqual(["AssessmentForm"]);
  await page.getByRole("button", { name: "Commencer l'évaluation" }).click();
  await page.getByText(/^0 critères renseignés sur 72$/).waitFor();

  // Answer every criterion with its first proposed answer; numbers at 80; one proof link.
  const selects = page.locator("select[data-criterion]");
  for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
  const numbers = page.locator("input[data-criterion]");
  for (let i = 0; i < (await numbers.count()); i++) await numbers.nth(i).fill("80");
  // Proof and comment are folded under each criterion: open the first one's.
  expect(await page.locator('input[type="url"]').first().isVisible()).toBe(false);
  await page.locator("details.gt-criterion-extra > summary").first().click();
  await page.locator('input[type="url"]').first().fill("https://example.org/preuves/accessibilite.pdf");
  // unfolded, the proof and comment fields stay inside their criterion's card
  const card = (await page.locator(".gt-criterion").first().boundingBox())!;
  for (const field of [page.locator('input[type="url"]').first(), page.locator("textarea").first()]) {
    const box = (await field.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
  }
  await page.getByText(/^72 critères renseignés sur 72$/).waitFor();
  const firstComment = page.locator("textarea").first();
  await firstComment.fill("Audit RGAA réalisé en 2026 par un prestataire externe.");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await page.getByText("Brouillon enregistré.").waitFor();
  // The comment was saved with the answers: a fresh load of the form shows it.
  await page.reload();
  await page.getByText(/^72 critères renseignés sur 72$/).waitFor();
  // filled, it shows unfolded
  expect(await page.locator("textarea").first().isVisible()).toBe(true);
  expect(await page.locator("textarea").first().inputValue()).toBe("Audit RGAA réalisé en 2026 par un prestataire externe.");
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, "assessment-form");
  await page.getByRole("button", { name: "Soumettre l'évaluation" }).click();
  await page.getByText("Évaluation soumise : l'équipe du catalogue la relira avant publication.").waitFor();

  const admin = await newTab();
  await signInAs(admin.page, ADMIN);
  await admin.page.waitForURL(/\/administration$/);
  await admin.page.getByRole("heading", { level: 3, name: solution.name }).waitFor();
  expect(await settledOperations(admin)).toEqual(["Administration"]);
  // The answer with a proof link waits for verification: the admin marks it verified.
  const queued = admin.page.locator("li.gt-account").filter({ has: admin.page.getByRole("heading", { level: 3, name: solution.name }) });
  await queued.getByRole("heading", { level: 4, name: "Réponses à vérifier (1)" }).waitFor();
  expect(await axeViolations(admin.page)).toEqual([]);
  await queued.getByRole("button", { name: new RegExp(`^Marquer vérifiée : [A-Z]+-\\d+, ${solution.name}$`) }).click();
  await admin.page.getByText(new RegExp(`^La réponse [A-Z]+-\\d+ \\(« ${solution.name} »\\) est marquée vérifiée\\.$`)).waitFor();
  await queued.getByText("Vérifié par l'équipe").waitFor();
  await queued.getByRole("button", { name: new RegExp(`^Retirer la vérification : [A-Z]+-\\d+, ${solution.name}$`) }).waitFor();
  expect(await settledOperations(admin)).toEqual(["VerifyAnswer", "Administration"]);
  await screenshot(admin.page, "administration-answer-verified");
  await admin.page.getByRole("button", { name: `Publier l'évaluation de ${solution.name}` }).click();
  await admin.page.getByText(`L'évaluation de « ${solution.name} » est publiée.`).waitFor();

  const visitor = await newTab();
  await visitor.page.goto(`/solutions/${solution.slug}`);
  await visitor.page.getByText(/^Note globale : \d+ \/ 100/).waitFor();
  expect(await settledOperations(visitor)).toEqual(["SolutionPage"]);
  const chart = visitor.page.getByRole("figure", { name: "Score par thème (sur 100)" });
  expect(await chart.locator("li").count()).toBe(9);
  expect(await chart.innerText()).toMatch(/\d+ \/ 100/);
  expect(await visitor.page.getByText("Vérifié par l'équipe", { exact: true }).count()).toBe(1);
  expect(await axeViolations(visitor.page)).toEqual([]);
  await screenshot(visitor.page, "solution-scores");

  // The catalogue team can also withdraw (or give) a verification from the published sheet.
  admin.take();
  await admin.page.goto(`/solutions/${solution.slug}`);
  await admin.page.getByText(/^Note globale : \d+ \/ 100/).waitFor();
  expect(await settledOperations(admin)).toEqual(["SolutionPage"]);
  await admin.page.getByRole("button", { name: "Accessibilité", exact: true }).click();
  await admin.page.getByRole("button", { name: new RegExp(`^Retirer la vérification : ACC-\\d+, ${solution.name}$`) }).click();
  await admin.page.getByText(new RegExp(`^La vérification de la réponse ACC-\\d+ \\(« ${solution.name} »\\) est retirée\\.$`)).waitFor();
  expect(await settledOperations(admin)).toEqual(["VerifyAnswer", "SolutionPage"]);
  expect(await admin.page.getByText("Vérifié par l'équipe", { exact: true }).count()).toBe(0);
  await admin.page.getByRole("button", { name: new RegExp(`^Marquer vérifiée : ACC-\\d+, ${solution.name}$`) }).waitFor();
  expect(await axeViolations(admin.page)).toEqual([]);
  await screenshot(admin.page, "solution-admin-verification");
  await visitor.page.reload();
  await visitor.page.getByText(/^Note globale : \d+ \/ 100/).waitFor();
  expect(await visitor.page.getByText("Vérifié par l'équipe", { exact: true }).count()).toBe(0);
  expect(await visitor.page.getByRole("button", { name: /vérifi/ }).count()).toBe(0);
});
