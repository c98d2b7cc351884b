import type { Identity } from "@gouvtech/kit";
import { as, CommunityHarness, solutionId, startCommunityHarness, SUPPLIER_A } from "./harness";
import { publishedReview, REPLY, REPORT } from "./operations";

const S = solutionId("visibility");
const SOLUTION = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Solution {
  id
  rating { average count distribution { rating count } }
  reviews(first: 3) { totalCount edges { node { title body administration rating reply { body } } } }
  reports(first: 5) { totalCount edges { node { body status contactEmail } } }
} } }`;

let h: CommunityHarness;
beforeAll(async () => {
  h = await startCommunityHarness();
  await h.project({ id: S, supplierId: SUPPLIER_A });
  const reviewId = await publishedReview(h, S, as.agent, { rating: 4 });
  await h.gql(REPLY, { reviewId, text: "Merci pour ce retour détaillé." }, as.supplierA);
  const reportInput = (text: string) => ({ solutionId: S, category: "WRONG_INFORMATION", text, contactEmail: "lecteur@example.org" });
  await h.gql(REPORT, { input: reportInput("Le tarif affiché n'est plus à jour.") });
  const forwarded = await h.gql<{ reportAnomaly: { id: string } }>(REPORT, { input: reportInput("Le lien du site ne répond plus.") });
  await h.gql(`mutation($id: ID!) { forwardReport(id: $id) { status } }`, { id: forwarded.data!.reportAnomaly.id }, as.admin);
});
afterAll(() => h.close());

const ask = async (who: Identity | null) => {
  const r = await h.gql<{ _entities: Record<string, unknown>[] }>(SOLUTION, { reps: [{ __typename: "Solution", id: S }] }, who);
  const errors = (r.errors ?? [])
    .map((e) => ({ path: e.path?.join("."), code: e.extensions?.code }))
    .sort((a, b) => a.path!.localeCompare(b.path!));
  return { solution: r.data?._entities[0], errors };
};

const rating = { average: 4, count: 1, distribution: [0, 0, 0, 1, 0].map((count, i) => ({ rating: i + 1, count })) };
const reviews = {
  totalCount: 1,
  edges: [
    {
      node: {
        title: "Très utile au quotidien",
        body: "Nous l'utilisons dans trois services depuis un an, sans incident notable.",
        administration: "Ville de Test",
        rating: 4,
        reply: { body: "Merci pour ce retour détaillé." },
      },
    },
  ],
};
const forwardedReport = { body: "Le lien du site ne répond plus.", status: "FORWARDED" };

test("anonymous callers and partner sites see the aggregate only", async () => {
  expect(await ask(as.anonymous)).toEqual({
    solution: { id: S, rating, reviews: null, reports: null },
    errors: [
      { path: "_entities.0.reports", code: "UNAUTHENTICATED" },
      { path: "_entities.0.reviews", code: "UNAUTHENTICATED" },
    ],
  });
});

test("an agent reads review texts and the administration, not the reports", async () => {
  expect(await ask(as.agent)).toEqual({
    solution: { id: S, rating, reviews, reports: null },
    errors: [{ path: "_entities.0.reports", code: "FORBIDDEN" }],
  });
});

test("the owning supplier reads reviews and only forwarded reports, without contact e-mail", async () => {
  expect(await ask(as.supplierA)).toEqual({
    solution: { id: S, rating, reviews, reports: { totalCount: 1, edges: [{ node: { ...forwardedReport, contactEmail: null } }] } },
    errors: [],
  });
});

test("another supplier sees the aggregate only", async () => {
  expect(await ask(as.supplierB)).toEqual({
    solution: { id: S, rating, reviews: null, reports: null },
    errors: [
      { path: "_entities.0.reports", code: "FORBIDDEN" },
      { path: "_entities.0.reviews", code: "FORBIDDEN" },
    ],
  });
});

test("an admin reads everything, reporters' e-mails included", async () => {
  const { solution, errors } = await ask(as.admin);
  expect(errors).toEqual([]);
  expect(solution).toEqual({
    id: S,
    rating,
    reviews,
    reports: {
      totalCount: 2,
      edges: [
        { node: { ...forwardedReport, contactEmail: "lecteur@example.org" } },
        { node: { body: "Le tarif affiché n'est plus à jour.", status: "OPEN", contactEmail: "lecteur@example.org" } },
      ],
    },
  });
});

test("a review exposes no author identity, whoever asks", async () => {
  const r = await h.gql(`{ myReviews { edges { node { authorId } } } }`, {}, as.agent);
  expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
});

test.each([
  ["anonymous", as.anonymous, "UNAUTHENTICATED"],
  ["agent", as.agent, "FORBIDDEN"],
  ["supplier", as.supplierA, "FORBIDDEN"],
])("the moderation queue and audit log refuse %s callers", async (_name, who, code) => {
  const r = await h.gql(`{ moderationQueue { totalCount } }`, {}, who);
  expect(r.data).toBeNull();
  expect(r.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  const log = await h.gql(`{ auditLog { totalCount } }`, {}, who);
  expect(log.errors?.map((e) => e.extensions?.code)).toEqual([code]);
});

test("only agents have reviews of their own", async () => {
  expect((await h.gql(`{ myReviews { totalCount } }`, {}, as.supplierA)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  expect((await h.gql(`{ myReviews { totalCount } }`, {}, null)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  expect((await h.gql(`{ myReviews { totalCount } }`, {}, as.agent)).data).toEqual({ myReviews: { totalCount: 1 } });
});
