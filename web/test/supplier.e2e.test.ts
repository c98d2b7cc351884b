import { axeViolations } from "./support/axe";
import { screenshot, settledOperations } from "./support/browser";
import { devAccounts, devToken, gql } from "./support/api";
import { signInAs } from "./support/sign-in";
import { useWebSuite } from "./support/suite";

const AGENT = "Agnès Agent (démo)";

const suite = useWebSuite();
const newTab = () => suite.newTab();

interface Target {
  account: string;
  solution: { id: string; slug: string; name: string };
}

/** A seeded supplier and one of its published solutions the agent has not reviewed yet. */
async function findTarget(agentToken: string): Promise<Target> {
  const mine = await gql<{ myReviews: { edges: { node: { solutionId: string } }[] } }>(
    suite.env.graphqlUrl,
    `{ myReviews(first: 100) { edges { node { solutionId } } } }`,
    {},
    agentToken,
  );
  const reviewed = new Set(mine.myReviews.edges.map((e) => e.node.solutionId));
  const accounts = await devAccounts(suite.env.graphqlUrl);
  for (const account of accounts.filter((a) => a.role === "SUPPLIER")) {
    const token = await devToken(suite.env.graphqlUrl, account.username);
    // The feedback page's first page: its published solutions by name, ten of them.
    const theirs = await gql<{ mySolutions: { edges: { node: { id: string; slug: string; name: string; status: string } }[] } }>(
      suite.env.graphqlUrl,
      `{ mySolutions(first: 10, sort: NAME, filter: { statuses: [PUBLISHED] }) { edges { node { id slug name status } } } }`,
      {},
      token,
    );
    const free = theirs.mySolutions.edges.map((e) => e.node).find((s) => !reviewed.has(s.id));
    if (free) return { account: account.name, solution: free };
  }
  throw new Error("no seeded supplier has a published solution the agent has not reviewed");
}

test("a supplier reads a published review on its solution and replies; the agent sees the reply", async () => {
  const agentToken = await devToken(suite.env.graphqlUrl, "agent");
  const adminToken = await devToken(suite.env.graphqlUrl, "admin");
  const { account, solution } = await findTarget(agentToken);
  const title = `Avis pour réponse ${Date.now()}`;
  const body = "Outil utilisé par notre service état civil depuis un an, quelques lenteurs à l'export.";
  const created = await gql<{ createReview: { id: string } }>(
    suite.env.graphqlUrl,
    `mutation($solutionId: ID!, $input: ReviewInput!) { createReview(solutionId: $solutionId, input: $input) { id } }`,
    { solutionId: solution.id, input: { rating: 3, title, body } },
    agentToken,
  );
  await gql(suite.env.graphqlUrl, `mutation($id: ID!) { publishReview(id: $id) { id } }`, { id: created.createReview.id }, adminToken);

  const supplier = await newTab();
  await signInAs(supplier.page, account);
  await supplier.page.goto("/espace-fournisseur");
  await supplier.page.getByRole("link", { name: "Avis et signalements sur mes solutions" }).waitFor();
  supplier.take();
  await supplier.page.goto("/espace-fournisseur/avis");
  await supplier.page.getByRole("heading", { level: 1, name: "Avis et signalements sur mes solutions" }).waitFor();
  await supplier.page.getByRole("heading", { name: title }).waitFor();
  expect(await settledOperations(supplier)).toEqual(["SupplierFeedback"]);
  expect(await supplier.page.locator("main").innerText()).toContain(body);
  await supplier.page.getByRole("heading", { name: solution.name, level: 2 }).waitFor();
  expect(await supplier.page.getByText(/n'a pas pu être chargée/).count()).toBe(0);
  expect(await axeViolations(supplier.page)).toEqual([]);
  await screenshot(supplier.page, "supplier-feedback");

  const reply = `Merci pour ce retour : l'export a été accéléré dans la version 2.4 (${Date.now()}).`;
  await supplier.page.getByRole("button", { name: `Répondre à l'avis : ${title}` }).click();
  await supplier.page.getByLabel("Votre réponse publique").fill(reply);
  expect(await axeViolations(supplier.page)).toEqual([]);
  await supplier.page.getByRole("button", { name: "Publier la réponse" }).click();
  await supplier.page.getByText(reply).waitFor();
  expect(await supplier.page.getByRole("button", { name: `Répondre à l'avis : ${title}` }).count()).toBe(0);
  expect(await settledOperations(supplier)).toEqual(["ReplyToReview"]);
  await screenshot(supplier.page, "supplier-feedback-replied");

  const agent = await newTab();
  await signInAs(agent.page, AGENT);
  agent.take();
  await agent.page.goto(`/solutions/${solution.slug}`);
  const review = agent.page.locator("li.gt-review").filter({ has: agent.page.getByRole("heading", { name: title }) });
  await review.waitFor();
  await review.getByText("Réponse du fournisseur").waitFor();
  expect(await review.innerText()).toContain(reply);
  expect(await settledOperations(agent)).toEqual(["SolutionPage"]);
  await screenshot(agent.page, "solution-agent-supplier-reply");
});

test("an agent flags a review on the solution page; it reaches the admin moderation queue", async () => {
  const agentToken = await devToken(suite.env.graphqlUrl, "agent");
  const data = await gql<{
    solutions: { edges: { node: { slug: string; reviews: { edges: { node: { id: string; title: string } }[] } | null } }[] };
    myReviews: { edges: { node: { id: string } }[] };
  }>(
    suite.env.graphqlUrl,
    `{ solutions(first: 100, sort: NAME) { edges { node { slug reviews(first: 5, sort: RECENT) { edges { node { id title } } } } } }
       myReviews(first: 100) { edges { node { id } } } }`,
    {},
    agentToken,
  );
  const mine = new Set(data.myReviews.edges.map((e) => e.node.id));
  let target: { slug: string; title: string } | undefined;
  for (const { node } of data.solutions.edges) {
    const review = node.reviews?.edges.map((e) => e.node).find((r) => !mine.has(r.id));
    if (review) {
      target = { slug: node.slug, title: review.title };
      break;
    }
  }
  expect(target).toBeDefined();
  const reason = `Propos hors sujet, mentionne un nom de personne (${Date.now()})`;

  const agent = await newTab();
  await signInAs(agent.page, AGENT);
  agent.take();
  await agent.page.goto(`/solutions/${target!.slug}`);
  await agent.page.getByRole("heading", { name: target!.title }).waitFor();
  expect(await settledOperations(agent)).toEqual(["SolutionPage"]);
  await agent.page.getByRole("button", { name: `Signaler l'avis : ${target!.title}` }).click();
  await agent.page.getByLabel("Pourquoi signalez-vous cet avis ? (obligatoire)").fill(reason);
  expect(await axeViolations(agent.page)).toEqual([]);
  await screenshot(agent.page, "solution-agent-flag-form");
  await agent.page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await agent.page.getByText(`Merci : l'avis « ${target!.title} » est signalé à l'équipe du catalogue, qui l'examinera.`).waitFor();
  expect(await settledOperations(agent)).toEqual(["FlagReview"]);

  const admin = await newTab();
  await signInAs(admin.page, "Équipe catalogue (démo)");
  await admin.page.waitForURL(/\/administration$/);
  await admin.page.getByRole("heading", { level: 2, name: /^Modération \(\d+\)$/ }).waitFor();
  expect(await settledOperations(admin)).toEqual(["Administration"]);
  const flagged = admin.page.locator("li").filter({ hasText: reason });
  const next = admin.page.getByRole("button", { name: "Éléments suivants" });
  while ((await flagged.count()) === 0 && (await next.count()) > 0) {
    const shown = await admin.page.getByText(/^Éléments \d+ à \d+ sur \d+$/).innerText();
    await next.click();
    await admin.page
      .getByText(/^Éléments \d+ à \d+ sur \d+$/)
      .filter({ hasNotText: shown })
      .waitFor();
    expect(admin.take().map((c) => c.operationName)).toEqual(["Administration"]);
  }
  await flagged.waitFor();
  await flagged.getByText("Avis signalé").waitFor();
  await flagged.getByRole("heading", { name: target!.title }).waitFor();
  await screenshot(admin.page, "administration-flagged-review");
});
