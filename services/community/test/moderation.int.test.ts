import { readEvents, START_POSITION } from "@gouvtech/kit";
import { as, CommunityHarness, solutionId, startCommunityHarness } from "./harness";
import { CREATE_REVIEW, FLAG, PUBLISH, REJECT, REPORT, reviewInput } from "./operations";

const S = solutionId("moderation");
const QUEUE = `{ moderationQueue { totalCount edges { node { kind targetId review { id status } report { id status } flags { reason } } } } }`;
const RATING = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Solution { rating { average count dimensions { dimension average count } } } } }`;
const AUDIT = `query($targetId: ID) { auditLog(targetId: $targetId) { totalCount edges { node { actorSub action targetType targetId solutionId reason } } } }`;

let h: CommunityHarness;
beforeAll(async () => {
  h = await startCommunityHarness();
  await h.project({ id: S });
});
afterAll(() => h.close());

const queue = async () =>
  (await h.gql<{ moderationQueue: { totalCount: number; edges: { node: unknown }[] } }>(QUEUE, {}, as.admin)).data!.moderationQueue;
const rating = async () =>
  (await h.gql<{ _entities: { rating: unknown }[] }>(RATING, { reps: [{ __typename: "Solution", id: S }] })).data!._entities[0].rating;
const ratingEvents = async () =>
  (await readEvents(h.service.dataSource, "community", START_POSITION, 100)).filter((e) => e.type === "SolutionRatingChanged");

test("a review goes through moderation, the rating follows each decision, every action is audited", async () => {
  const created = await h.gql<{ createReview: { id: string; status: string; version: number } }>(
    CREATE_REVIEW,
    { solutionId: S, input: reviewInput({ rating: 2 }) },
    as.agent,
  );
  const { id, status } = created.data!.createReview;
  expect(status).toBe("PENDING");
  expect(await queue()).toEqual({
    totalCount: 1,
    edges: [{ node: { kind: "PENDING_REVIEW", targetId: id, review: { id, status: "PENDING" }, report: null, flags: [] } }],
  });

  // A rejection needs a reason; without one nothing changes.
  const noReason = await h.gql(REJECT, { id }, as.admin);
  expect(noReason.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(await h.rows(`SELECT status FROM community.review`)).toEqual([{ status: "PENDING" }]);
  expect(await h.rows(`SELECT * FROM community.audit_entry`)).toEqual([]);

  const rejected = await h.gql(REJECT, { id, reason: "Propos sans lien avec l'usage de la solution." }, as.admin);
  expect(rejected.data).toEqual({
    rejectReview: { id, status: "REJECTED", rejectionReason: "Propos sans lien avec l'usage de la solution." },
  });
  const mine = await h.gql(`{ myReviews { edges { node { status rejectionReason version } } } }`, {}, as.agent);
  expect(mine.data).toEqual({
    myReviews: { edges: [{ node: { status: "REJECTED", rejectionReason: "Propos sans lien avec l'usage de la solution.", version: 2 } }] },
  });

  // Editing sends it back to moderation; a stale version is refused.
  const UPDATE = `mutation($id: ID!, $v: Int!, $input: ReviewInput!) { updateReview(id: $id, expectedVersion: $v, input: $input) { status version } }`;
  expect((await h.gql(UPDATE, { id, v: 1, input: reviewInput() }, as.agent)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  expect((await h.gql(UPDATE, { id, v: 2, input: reviewInput({ rating: 4 }) }, as.agent)).data).toEqual({
    updateReview: { status: "PENDING", version: 3 },
  });
  expect(await rating()).toEqual({ average: null, count: 0, dimensions: [] });

  expect((await h.gql(PUBLISH, { id }, as.admin)).data).toEqual({ publishReview: { id, status: "PUBLISHED" } });
  expect(await rating()).toEqual({
    average: 4,
    count: 1,
    dimensions: [
      { dimension: "EASE_OF_USE", average: 5, count: 1 },
      { dimension: "SUPPORT_QUALITY", average: 3, count: 1 },
    ],
  });
  expect((await ratingEvents()).map((e) => e.payload)).toEqual([
    expect.objectContaining({ solutionId: S, average: 4, count: 1, distribution: [0, 0, 0, 1, 0], version: 1 }),
  ]);
  expect((await queue()).totalCount).toBe(0);

  // A flag sends the published review back to the queue; the team keeps it.
  expect((await h.gql(FLAG, { reviewId: id, text: "Contient des propos injurieux." }, as.agent2)).errors).toBeUndefined();
  expect((await h.gql(FLAG, { reviewId: id, text: "Encore une fois." }, as.agent2)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  expect(await queue()).toEqual({
    totalCount: 1,
    edges: [
      {
        node: {
          kind: "FLAGGED_REVIEW",
          targetId: id,
          review: { id, status: "PUBLISHED" },
          report: null,
          flags: [{ reason: "Contient des propos injurieux." }],
        },
      },
    ],
  });
  const DISMISS = `mutation($id: ID!, $reason: String) { dismissReviewFlags(id: $id, reason: $reason) { status } }`;
  expect((await h.gql(DISMISS, { id, reason: "Critique argumentée, conforme à la charte." }, as.admin)).data).toEqual({
    dismissReviewFlags: { status: "PUBLISHED" },
  });
  expect((await queue()).totalCount).toBe(0);

  const audit = await h.gql(AUDIT, { targetId: id }, as.admin);
  const entry = (action: string, reason: string | null) => ({
    node: { actorSub: "admin-1", action, targetType: "REVIEW", targetId: id, solutionId: S, reason },
  });
  expect(audit.data).toEqual({
    auditLog: {
      totalCount: 3,
      edges: [
        entry("DISMISS_FLAGS", "Critique argumentée, conforme à la charte."),
        entry("PUBLISH_REVIEW", null),
        entry("REJECT_REVIEW", "Propos sans lien avec l'usage de la solution."),
      ],
    },
  });
});

test("an anomaly report is forwarded to the supplier, then resolved, and audited", async () => {
  const filed = await h.gql<{ reportAnomaly: { id: string; status: string } }>(REPORT, {
    input: { solutionId: S, category: "BROKEN_LINK", text: "Le lien vers la documentation est cassé." },
  });
  const { id } = filed.data!.reportAnomaly;
  expect(filed.data!.reportAnomaly.status).toBe("OPEN");
  expect((await queue()).edges).toEqual([
    { node: { kind: "OPEN_REPORT", targetId: id, review: null, report: { id, status: "OPEN" }, flags: [] } },
  ]);
  const decide = (name: string, reason?: string) =>
    h.gql(`mutation($id: ID!, $reason: String) { ${name}(id: $id, reason: $reason) { status statusReason } }`, { id, reason }, as.admin);
  expect((await decide("forwardReport")).data).toEqual({ forwardReport: { status: "FORWARDED", statusReason: null } });
  expect((await queue()).totalCount).toBe(0);
  expect((await decide("forwardReport")).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  expect((await decide("resolveReport")).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect((await decide("resolveReport", "Lien corrigé par l'éditeur.")).data).toEqual({
    resolveReport: { status: "RESOLVED", statusReason: "Lien corrigé par l'éditeur." },
  });
  const audit = await h.gql(AUDIT, { targetId: id }, as.admin);
  expect(audit.data).toEqual({
    auditLog: {
      totalCount: 2,
      edges: [
        {
          node: {
            actorSub: "admin-1",
            action: "RESOLVE_REPORT",
            targetType: "REPORT",
            targetId: id,
            solutionId: S,
            reason: "Lien corrigé par l'éditeur.",
          },
        },
        { node: { actorSub: "admin-1", action: "FORWARD_REPORT", targetType: "REPORT", targetId: id, solutionId: S, reason: null } },
      ],
    },
  });
});

test("taking down a published review removes it from the rating and publishes the new aggregate", async () => {
  const [{ id }] = await h.rows<{ id: string }>(`SELECT id FROM community.review WHERE status = 'PUBLISHED'`);
  expect((await h.gql(REJECT, { id, reason: "Avis retiré après vérification." }, as.admin)).data).toEqual({
    rejectReview: { id, status: "REJECTED", rejectionReason: "Avis retiré après vérification." },
  });
  expect(await rating()).toEqual({ average: null, count: 0, dimensions: [] });
  expect((await ratingEvents()).map((e) => e.payload)).toEqual([
    expect.objectContaining({ count: 1, version: 1 }),
    expect.objectContaining({ solutionId: S, average: null, count: 0, distribution: [0, 0, 0, 0, 0], dimensions: [], version: 2 }),
  ]);
});
