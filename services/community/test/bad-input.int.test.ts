import { as, CommunityHarness, solutionId, startCommunityHarness, SUPPLIER_A } from "./harness";
import { CREATE_REVIEW, publishedReview, REPLY, REPORT, reviewInput } from "./operations";

const PUBLISHED = solutionId("bad-input-published");
const DRAFT = solutionId("bad-input-draft");
const UNKNOWN = solutionId("bad-input-unknown");

let h: CommunityHarness;
let reviewId: string;
beforeAll(async () => {
  h = await startCommunityHarness();
  await h.project({ id: PUBLISHED, supplierId: SUPPLIER_A });
  await h.project({ id: DRAFT, supplierId: SUPPLIER_A, status: "PENDING_REVIEW" });
  reviewId = await publishedReview(h, PUBLISHED, as.agent);
});
afterAll(() => h.close());

const counts = () =>
  h.rows(
    `SELECT (SELECT count(*)::int FROM community.review) AS reviews, (SELECT count(*)::int FROM community.author) AS authors,
            (SELECT count(*)::int FROM community.review_reply) AS replies, (SELECT count(*)::int FROM community.anomaly_report) AS reports`,
  );

let before: unknown;
beforeEach(async () => (before = await counts()));
afterEach(async () => expect(await counts()).toEqual(before));

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.map((e) => e.extensions?.code);

test.each([
  ["rating 0", { rating: 0 }, "rating"],
  ["rating 6", { rating: 6 }, "rating"],
  ["dimension 6", { dimensions: { easeOfUse: 6 } }, "easeOfUse"],
  ["body over 4000 characters", { body: "é".repeat(4001) }, "body"],
  ["body too short", { body: "Bien." }, "body"],
  ["empty title", { title: "  " }, "title"],
])("%s is refused with BAD_USER_INPUT naming the field", async (_name, over, field) => {
  const r = await h.gql(CREATE_REVIEW, { solutionId: PUBLISHED, input: reviewInput(over) }, as.agent2);
  expect(codeOf(r)).toEqual(["BAD_USER_INPUT"]);
  expect(JSON.stringify(r.errors![0].extensions)).toContain(field);
});

test.each([
  ["an unpublished solution", DRAFT],
  ["an unknown solution", UNKNOWN],
])("a review on %s is NOT_FOUND", async (_name, id) => {
  expect(codeOf(await h.gql(CREATE_REVIEW, { solutionId: id, input: reviewInput() }, as.agent2))).toEqual(["NOT_FOUND"]);
});

test("a second review by the same agent is a CONFLICT", async () => {
  expect(codeOf(await h.gql(CREATE_REVIEW, { solutionId: PUBLISHED, input: reviewInput() }, as.agent))).toEqual(["CONFLICT"]);
});

test("only agents write reviews", async () => {
  expect(codeOf(await h.gql(CREATE_REVIEW, { solutionId: PUBLISHED, input: reviewInput() }, as.supplierA))).toEqual(["FORBIDDEN"]);
  expect(codeOf(await h.gql(CREATE_REVIEW, { solutionId: PUBLISHED, input: reviewInput() }, null))).toEqual(["UNAUTHENTICATED"]);
});

test("a supplier that does not own the solution cannot reply", async () => {
  expect(codeOf(await h.gql(REPLY, { reviewId, text: "Nous ne sommes pas l'éditeur." }, as.supplierB))).toEqual(["FORBIDDEN"]);
});

test("the owner replies once; a second reply is a CONFLICT", async () => {
  expect((await h.gql(REPLY, { reviewId, text: "Merci pour votre retour." }, as.supplierA)).data).toEqual({
    replyToReview: { body: "Merci pour votre retour." },
  });
  (before as { replies: number }[])[0].replies += 1;
  expect(codeOf(await h.gql(REPLY, { reviewId, text: "Encore merci." }, as.supplierA))).toEqual(["CONFLICT"]);
});

test("anomaly reports: bad e-mail, short text or unpublished solution are refused", async () => {
  const input = { solutionId: PUBLISHED, category: "OTHER", text: "La fiche indique un hébergement erroné." };
  expect(codeOf(await h.gql(REPORT, { input: { ...input, contactEmail: "pas-un-email" } }))).toEqual(["BAD_USER_INPUT"]);
  expect(codeOf(await h.gql(REPORT, { input: { ...input, text: "Faux" } }))).toEqual(["BAD_USER_INPUT"]);
  expect(codeOf(await h.gql(REPORT, { input: { ...input, solutionId: DRAFT } }))).toEqual(["NOT_FOUND"]);
});

test("pages are bounded: first over 100 is refused", async () => {
  const r = await h.gql(
    `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Solution { reviews(first: 101) { totalCount } } } }`,
    { reps: [{ __typename: "Solution", id: PUBLISHED }] },
    as.agent,
  );
  expect(codeOf(r)).toEqual(["BAD_USER_INPUT"]);
});
