import { axeViolations } from "./support/axe";
import { gql } from "./support/api";
import { screenshot, settledCalls, settledOperations, type TrackedPage } from "./support/browser";
import { useWebSuite } from "./support/suite";

const suite = useWebSuite();
let tab: TrackedPage;

beforeAll(async () => {
  tab = await suite.newTab();
});

/** The operations a page sent, once its content is shown and the network is quiet. */
const operationsOfPage = () => settledOperations(tab);

test("explore, filter, open a solution and compare two: one request per page, no axe violation", async () => {
  const { page } = tab;
  await page.goto("/");
  await page.getByText(/\d+ solutions trouvées/).waitFor();
  expect(await operationsOfPage()).toEqual(["Explore"]);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, "explore");
  const total = Number((await page.getByText(/\d+ solutions trouvées/).innerText()).match(/\d+/)![0]);

  // Filter on proprietary solutions: the URL holds the filter, the count shrinks.
  await page
    .getByRole("group", { name: "Distribution" })
    .getByText(/^Propriétaire \(\d+\)$/)
    .click();
  await page.waitForURL(/distribution=PROPRIETARY/);
  await page.waitForFunction((before) => {
    const m = document.body.innerText.match(/(\d+) solutions? trouvées?/);
    return m && Number(m[1]) < before && !document.body.innerText.includes("mise à jour");
  }, total);
  // One request, with the filter: the list is never re-asked for the previous URL on the way.
  expect((await settledCalls(tab)).map((c) => [c.operationName, c.variables])).toEqual([
    ["Explore", expect.objectContaining({ filter: { distributions: ["PROPRIETARY"] }, after: null })],
  ]);
  const badges = await page.locator("main ul.gt-plain-list .fr-badges-group li:first-child").allInnerTexts();
  expect(badges.length).toBeGreaterThan(1);
  expect(new Set(badges.map((b) => b.toUpperCase()))).toEqual(new Set(["PROPRIÉTAIRE"]));
  await screenshot(page, "explore-filtered");

  // Pick the first two results for comparison, then open the first one.
  const cards = page.locator("main ul.gt-plain-list > li");
  const names = [await cards.nth(0).locator("h3").innerText(), await cards.nth(1).locator("h3").innerText()];
  await page.getByLabel(`Comparer ${names[0]}`).check({ force: true });
  await page.getByLabel(`Comparer ${names[1]}`).check({ force: true });
  await page.getByRole("link", { name: names[0], exact: true }).click();
  await page.getByRole("heading", { level: 1, name: names[0] }).waitFor();
  await page.getByRole("heading", { name: "Présentation" }).waitFor();
  expect(await operationsOfPage()).toEqual(["SolutionPage"]);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, "solution");

  await page.getByRole("link", { name: "Comparer ces solutions" }).click();
  await page.waitForURL(/\/comparer\?ids=/);
  const table = page.getByRole("table");
  await table.waitFor();
  expect(await operationsOfPage()).toEqual(["Compare"]);
  expect(await table.locator("thead th").allInnerTexts()).toEqual(["Critère", ...names]);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, "compare");

  // The back button returns to the sheet, then to the filtered list.
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: names[0] }).waitFor();
  await page.goBack();
  await page.getByText(/\d+ solutions? trouvées?/).waitFor();
  expect(page.url()).toContain("distribution=PROPRIETARY");
  expect(
    await page
      .getByRole("group", { name: "Distribution" })
      .getByRole("checkbox", { name: /^Propriétaire/ })
      .isChecked(),
  ).toBe(true);
  tab.take();
});

test("on a slow device, each filter change sends one request, for the new URL only", async () => {
  const { page } = tab;
  await page.goto("/");
  await page.getByText(/\d+ solutions trouvées/).waitFor();
  await settledCalls(tab);
  // A 8x slower CPU makes React interrupt renders: the list must never be re-asked for the URL it leaves.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
  try {
    for (const expected of [{ distributions: ["PROPRIETARY"] }, {}, { distributions: ["PROPRIETARY"] }, {}]) {
      await page
        .getByRole("group", { name: "Distribution" })
        .getByText(/^Propriétaire \(\d+\)$/)
        .click();
      await page.waitForFunction(() => !document.body.innerText.includes("mise à jour"));
      expect((await settledCalls(tab)).map((c) => [c.operationName, (c.variables as { filter: unknown }).filter])).toEqual([
        ["Explore", expected],
      ]);
    }
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await cdp.detach();
  }
});

/** The overall score shown on each result card, in page order (NaN where a card shows none). */
async function cardScores(): Promise<number[]> {
  const texts = await tab.page
    .locator("main ul.gt-plain-list")
    .getByText(/^Note globale : /)
    .allInnerTexts();
  return texts.map((t) => Number(t.match(/(\d+) \/ 100/)?.[1] ?? Number.NaN));
}

test("sorting by evaluation score puts the best first; a minimum score keeps only those above", async () => {
  const { page } = tab;
  // the catalogue projects the published scores from the assessment feed: wait until it has
  for (let i = 0; ; i++) {
    const top = await gql<{ solutions: { edges: { node: { assessment: unknown } }[] } }>(
      suite.env.graphqlUrl,
      `{ solutions(first: 1, sort: SCORE) { edges { node { assessment { overallScore } } } } }`,
    );
    if (top.solutions.edges[0]?.node.assessment) break;
    if (i > 120) throw new Error("the catalogue never projected a score");
    await new Promise((r) => setTimeout(r, 500));
  }
  await page.goto("/");
  await page.getByText(/\d+ solutions trouvées/).waitFor();
  await settledCalls(tab);
  await page.getByLabel("Trier par").selectOption({ label: "Meilleur score d'évaluation" });
  await page.waitForURL(/tri=score/);
  await page.waitForFunction(() => !document.body.innerText.includes("mise à jour"));
  expect((await settledCalls(tab)).map((c) => [c.operationName, (c.variables as { sort: unknown }).sort])).toEqual([["Explore", "SCORE"]]);
  const scores = await cardScores();
  expect(scores.length).toBeGreaterThan(2);
  expect(scores.every((n) => Number.isFinite(n))).toBe(true);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, "explore-sorted-by-score");

  // Keep only the solutions scored 70 and more: one request with the threshold, every card at 70 or more.
  await page.getByLabel("Note globale d'évaluation").selectOption({ label: "70 / 100 et plus" });
  await page.waitForURL(/score_min=70/);
  await page.waitForFunction(() => !document.body.innerText.includes("mise à jour"));
  expect((await settledCalls(tab)).map((c) => [c.operationName, (c.variables as { filter: unknown }).filter])).toEqual([
    ["Explore", { minScore: 70 }],
  ]);
  const kept = await cardScores();
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.every((n) => n >= 70)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});

interface Assessed {
  id: string;
  name: string;
  assessment: { answers: { criterionCode: string; notApplicable: boolean; booleanValue: boolean | null }[] } | null;
}

test("compare aligns the criteria answers row by row and flags the differences, in one request", async () => {
  const data = await gql<{
    solutions: { edges: { node: Assessed }[] };
    assessmentGrid: { themes: { label: string; criteria: { code: string; answerType: string }[] }[] };
  }>(
    suite.env.graphqlUrl,
    `{ solutions(first: 100, sort: NAME) { edges { node { id name assessment { answers { criterionCode notApplicable booleanValue } } } } }
       assessmentGrid { themes { label criteria { code answerType } } } }`,
  );
  const assessed = data.solutions.edges.map((e) => e.node).filter((s) => s.assessment);
  expect(assessed.length).toBeGreaterThanOrEqual(2);
  const pair = assessed.slice(0, 2);
  const yesNo = data.assessmentGrid.themes.flatMap((t) => t.criteria).filter((c) => c.answerType === "YES_NO");
  const expected = (s: Assessed, code: string) => {
    const a = s.assessment!.answers.find((x) => x.criterionCode === code);
    if (!a) return "Sans réponse";
    if (a.notApplicable) return "Non applicable";
    return a.booleanValue == null ? "Sans réponse" : a.booleanValue ? "Oui" : "Non";
  };
  const differing = yesNo.find((c) => expected(pair[0], c.code) !== expected(pair[1], c.code));
  const same = yesNo.find((c) => expected(pair[0], c.code) === expected(pair[1], c.code));

  const { page } = tab;
  tab.take();
  await page.goto(`/comparer?ids=${pair.map((s) => s.id).join(",")}`);
  const table = page.getByRole("table");
  await table.waitFor();
  expect(await operationsOfPage()).toEqual(["Compare"]);
  for (const theme of data.assessmentGrid.themes) await table.locator("tbody th", { hasText: `Réponses : ${theme.label}` }).waitFor();
  const criterionRows = table.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^[A-Z]+-\d+ — / }) });
  expect(await criterionRows.count()).toBe(data.assessmentGrid.themes.flatMap((t) => t.criteria).length);

  const row = (code: string) => table.locator("tbody tr").filter({ has: page.locator("th", { hasText: new RegExp(`^${code} — `) }) });
  for (const c of [differing, same].filter((x): x is { code: string; answerType: string } => !!x)) {
    expect(await row(c.code).locator("td").allInnerTexts()).toEqual(pair.map((s) => expected(s, c.code)));
  }
  expect(differing ?? same).toBeDefined();
  if (differing) {
    expect(await row(differing.code).getAttribute("class")).toContain("gt-diff");
    expect(await row(differing.code).locator("th").innerText()).toContain("(valeurs différentes)");
  }
  if (same) {
    expect(await row(same.code).getAttribute("class")).toBeNull();
    expect(await row(same.code).locator("th").innerText()).not.toContain("(valeurs différentes)");
  }
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, "compare-criteria");
});

test("static pages: accessibility statement, legal notice, sign-in and not found pass axe", async () => {
  const { page } = tab;
  for (const [path, title, shot] of [
    ["/accessibilite", "Déclaration d'accessibilité", "accessibility-statement"],
    ["/mentions-legales", "Mentions légales", "legal-notice"],
    ["/connexion", "Se connecter", "sign-in"],
    ["/nulle-part", "Page non trouvée", "not-found"],
  ] as const) {
    await page.goto(path);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await operationsOfPage()).toEqual([]);
    expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    await screenshot(page, shot);
  }
  await page.goto("/");
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: /Accessibilité : partiellement conforme/ })
    .click();
  await page.getByRole("heading", { level: 1, name: "Déclaration d'accessibilité" }).waitFor();
});

test("with the assessment subgraph down, explore and the sheet still render, with a notice", async () => {
  const { page } = tab;
  const assessment = suite.env.stack.subgraphs.get("assessment")!;
  await assessment.process.stop();
  tab.take();
  await page.goto("/");
  await page.getByText(/\d+ solutions trouvées/).waitFor();
  await page.getByText("Une partie des informations de cette page n'a pas pu être chargée", { exact: false }).waitFor();
  expect(await operationsOfPage()).toEqual(["Explore"]);
  expect(await page.locator("main ul.gt-plain-list > li").count()).toBeGreaterThan(0);
  await page.locator("main ul.gt-plain-list > li h3 a").first().click();
  await page.getByRole("heading", { name: "Présentation" }).waitFor();
  await page.getByText("Une partie des informations de cette page n'a pas pu être chargée", { exact: false }).waitFor();
  expect(await operationsOfPage()).toEqual(["SolutionPage"]);
  await screenshot(page, "solution-partial");
});
