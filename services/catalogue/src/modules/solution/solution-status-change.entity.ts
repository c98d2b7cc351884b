import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { SolutionStatus } from "./solution.enums";

/** Audit trail of the referencing workflow: who moved a solution, when, and why. */
@Entity({ name: "solution_status_change" })
export class SolutionStatusChange {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "solution_id", type: "uuid" })
  solutionId: string;

  @Column({ name: "from_status", type: "text", nullable: true })
  fromStatus: SolutionStatus | null;

  @Column({ name: "to_status", type: "text" })
  toStatus: SolutionStatus;

  @Column({ name: "actor_sub", type: "text" })
  actorSub: string;

  @Column({ type: "text", nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
