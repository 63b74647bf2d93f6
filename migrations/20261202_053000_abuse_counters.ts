import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Two tables of the abuse limits, outside Payload's collections (no admin, no versions, no
 * access rules: only the server writes and reads them, in plain SQL), shared by every app instance:
 * - `form_tokens_used`: the ids of event-form tokens already spent on a submission;
 * - `login_failures`: recent failed (and in-flight) logins, by keyed hashes of the client and the
 *   account, for the login throttle.
 * Rows older than the limits' windows are deleted as new ones arrive.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "form_tokens_used" (
    "token_id" varchar PRIMARY KEY NOT NULL,
    "used_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX "form_tokens_used_used_at_idx" ON "form_tokens_used" USING btree ("used_at");
  CREATE TABLE "login_failures" (
    "id" bigserial PRIMARY KEY NOT NULL,
    "client" varchar NOT NULL,
    "account" varchar NOT NULL,
    "at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX "login_failures_client_at_idx" ON "login_failures" USING btree ("client", "at");
  CREATE INDEX "login_failures_account_at_idx" ON "login_failures" USING btree ("account", "at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "login_failures";
  DROP TABLE "form_tokens_used";`)
}
