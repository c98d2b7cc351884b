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

  @FieldResolver(() => String, { nullable: true, description: "The reporter's e-mail: admins only (null for anyone else)." })
  contactEmail(@Root() r: AnomalyReport, @Ctx() ctx: CommunityContext): string | null {
    return isAdmin(ctx.identity) ? r.contactEmail : null;
  }
}
