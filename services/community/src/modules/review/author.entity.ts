import { CreateDateColumn, Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/**
 * Pseudonymisation: reviews and flags carry only `author.id`; this table alone links it to
 * the agent's account. Erasure deletes the row, and every review and flag with it.
 */
@Entity({ name: "author" })
export class Author {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "agent_sub", type: "text", unique: true })
  agentSub: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
