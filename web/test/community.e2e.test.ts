import { axeViolations } from "./support/axe";
import { screenshot, settledOperations } from "./support/browser";
import { devToken, gql } from "./support/api";
import { signInAs } from "./support/sign-in";
import { useWebSuite } from "./support/suite";

const AGENT = "Agnès Agent (démo)";
const ADMIN = "Équipe catalogue (démo)";

const suite = useWebSuite();
const newTab = () => suite.newTab();

interface Listing {
  solutions: { edges: { node: { id: string; slug: string; name: string; rating: { count: number } } }[] };
}
let solutions: Listing["solutions"]["edges"][number]["node"][];

beforeAll(async () => {
  const listing = await gql<Listing>(
    suite.env.graphqlUrl,
    `{ solutions(first: 100, sort: NAME) { edges { node { id slug name rating { count } } } } }`,
  );
  solutions = listing.solutions.edges.map((e) => e.node);
}, 300_000);

test("an anonymous visitor sees the rating of a reviewed solution but no review text", async () => {
  const reviewed = solutions.find((s) => s.rating.count > 0);
  expect(reviewed).toBeDefined();
  const agentToken = await devToken(suite.env.graphqlUrl, "agent");
  const asAgent = await gql<{ solution: { reviews: { edges: { node: { title: string; body: string } }[] } } }>(
    suite.env.graphqlUrl,
    `query($slug: String!) { solution(slug: $slug) { reviews(first: 5) { edges { node { title body } } } } }`,
    { slug: reviewed!.slug },
    agentToken,
  );
  const texts = asAgent.solution.reviews.edges.map((e) => e.node);
  expect(texts.length).toBeGreaterThan(0);

  const tab = await newTab();
  const answers: unknown[] = [];
  tab.page.on("response", async (res) => {
    if (new URL(res.url()).pathname === "/graphql") answers.push(await res.json());
  });
  await tab.page.goto(`/solutions/${reviewed!.slug}`);
  await tab.page.getByRole("heading", { name: "Avis des agents publics" }).waitFor();
  await tab.page
    .getByText(/avis publiés? — |\d+ avis publiés?/)
    .first()
    .waitFor();
  expect(await settledOperations(tab)).toEqual(["SolutionPage"]);
  await tab.page.getByText("Le détail des avis est réservé aux agents publics.").waitFor();
  const content = await tab.page.locator("main").innerText();
  for (const review of texts) {
    expect(content).not.toContain(review.title);
    expect(content).not.toContain(review.body.slice(0, 40));
  }
  expect(JSON.stringify(answers)).not.toContain(texts[0].body.slice(0, 40));
  expect(await tab.page.getByText(/mise à jour|n'a pas pu être chargée/).count()).toBe(0);
  expect(await axeViolations(tab.page)).toEqual([]);
  await screenshot(tab.page, "solution-anonymous");
  await tab.page.context().close();
});

test("an agent posts a review, the admin publishes it, the agent sees it", async () => {
  const target = solutions.find((s) => s.rating.count === 0) ?? solutions[0];
  const title = `Retour de terrain ${Date.now()}`;
  const body = "Déployé dans nos services techniques : prise en main rapide, support réactif.";

  const agent = await newTab();
  await signInAs(agent.page, AGENT);
  agent.take();
  await agent.page.goto(`/solutions/${target.slug}`);
  await agent.page.getByRole("heading", { name: "Donner votre avis" }).waitFor();
  expect(await settledOperations(agent)).toEqual(["SolutionPage"]);
  expect(await axeViolations(agent.page)).toEqual([]);
  await screenshot(agent.page, "solution-agent-review-form");

  await agent.page.getByText("4 / 5", { exact: true }).click();
  await agent.page.getByLabel("Titre de votre avis").fill(title);
  await agent.page.getByLabel("Votre retour d'expérience").fill(body);
  await agent.page.getByRole("button", { name: "Envoyer mon avis" }).click();
  await agent.page.getByText(`Votre avis « ${title} » : en attente de modération.`).waitFor();
  agent.take();

  const admin = await newTab();
  await signInAs(admin.page, ADMIN);
  await admin.page.waitForURL(/\/administration$/);
  await admin.page.getByRole("heading", { level: 2, name: /^Modération \(\d+\)$/ }).waitFor();
  expect(await settledOperations(admin)).toEqual(["Administration"]);
  expect(await axeViolations(admin.page)).toEqual([]);
  await screenshot(admin.page, "administration");
  // The queue runs oldest first: page through it to the new review.
  const next = admin.page.getByRole("button", { name: "Éléments suivants" });
  while ((await admin.page.getByRole("heading", { name: title }).count()) === 0 && (await next.count()) > 0) {
    const shown = await admin.page.getByText(/^Éléments \d+ à \d+ sur \d+$/).innerText();
    await next.click();
    await admin.page
      .getByText(/^Éléments \d+ à \d+ sur \d+$/)
      .filter({ hasNotText: shown })
      .waitFor();
    expect(admin.take().map((c) => c.operationName)).toEqual(["Administration"]);
  }
  // The entry says which solution the review is about, linked to its sheet.
  const entry = admin.page.locator("li.gt-account").filter({ has: admin.page.getByRole("heading", { name: title }) });
  expect(await entry.getByRole("link", { name: target.name, exact: true }).getAttribute("href")).toBe(`/solutions/${target.slug}`);
  await admin.page.getByRole("button", { name: `Publier l'avis : ${title}` }).click();
  await admin.page.getByRole("button", { name: "Confirmer la publication" }).click();
  await admin.page.getByText("L'avis est publié.").waitFor();
  await admin.page.getByRole("heading", { name: title }).waitFor({ state: "detached" });

  await agent.page.reload();
  await agent.page.getByRole("heading", { name: title }).waitFor();
  expect(await agent.page.locator("main").innerText()).toContain(body);
  await agent.page.getByText(`Votre avis « ${title} » : publié.`).waitFor();
  expect(await settledOperations(agent)).toEqual(["SolutionPage"]);
  await screenshot(agent.page, "solution-agent-review-published");
});
