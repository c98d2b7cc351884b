import { ObjectType } from "type-graphql";
import { Connection } from "@gouvtech/kit";
import { AuditEntry } from "./audit-entry.entity";

@ObjectType("AuditEntryConnection")
export class AuditEntryConnection extends Connection("AuditEntry", AuditEntry) {}
