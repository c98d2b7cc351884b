import { Solution } from "../solution/solution.entity";
import { solutionOf } from "../solution/solution.reference";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { isAdmin } from "@gouvtech/kit";
import type { CommunityContext } from "../../context";
import { AnomalyReport } from "./report.entity";
import { AnomalyReportConnection } from "./report.connection";
import { AnomalyReportInput, AnomalyReportsArgs } from "./report.inputs";

@Resolver(() => AnomalyReport)
export class ReportResolver {
  @Mutation(() => AnomalyReport, { description: "Reports an error in a published solution's sheet; open to anyone." })
  reportAnomaly(@Arg("input", () => AnomalyReportInput) input: AnomalyReportInput, @Ctx() ctx: CommunityContext): Promise<AnomalyReport> {
    return ctx.services.reports.create(input);
  }

  @Authorized("ADMIN")
  @Query(() => AnomalyReportConnection, { description: "Every anomaly report, oldest first." })
  anomalyReports(@Args() args: AnomalyReportsArgs, @Ctx() ctx: CommunityContext): Promise<AnomalyReportConnection> {
    return ctx.services.reports.list(ctx.identity, args);
  }

  @FieldResolver(() => Solution, {
    nullable: true,
    description: "The solution whose sheet is reported (null when the caller may not see it or the catalogue does not answer).",
  })
  solution(@Root() r: AnomalyReport): Solution | null {
    return solutionOf(r);
  }

  @FieldResolver(() => String, { nullable: true, description: "The reporter's e-mail: admins only (null for anyone else)." })
  contactEmail(@Root() r: AnomalyReport, @Ctx() ctx: CommunityContext): string | null {
    return isAdmin(ctx.identity) ? r.contactEmail : null;
  }
}
