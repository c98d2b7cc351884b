import { ObjectType } from "type-graphql";
import { Connection } from "@gouvtech/kit";
import { AnomalyReport } from "./report.entity";

@ObjectType("AnomalyReportConnection")
export class AnomalyReportConnection extends Connection("AnomalyReport", AnomalyReport) {}
