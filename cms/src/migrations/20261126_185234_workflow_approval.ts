import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`approval_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`collection_label\` text,
  	\`document_id\` text NOT NULL,
  	\`document_key\` text,
  	\`document_title\` text,
  	\`actor_id\` integer,
  	\`reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_events_action_idx\` ON \`approval_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`approval_events_collection_slug_idx\` ON \`approval_events\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`approval_events_document_id_idx\` ON \`approval_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_events_actor_idx\` ON \`approval_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_events_updated_at_idx\` ON \`approval_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`approval_events_created_at_idx\` ON \`approval_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outbox\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text,
  	\`text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`outbox_updated_at_idx\` ON \`outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_created_at_idx\` ON \`outbox\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_publishes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reason\` text DEFAULT '管理者による手動公開',
  	\`status\` text DEFAULT 'queued',
  	\`requested_by_id\` integer,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_seconds\` numeric,
  	\`build\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_publishes\`("id", "reason", "status", "requested_by_id", "started_at", "finished_at", "duration_seconds", "build", "error", "updated_at", "created_at") SELECT "id", "reason", "status", "requested_by_id", "started_at", "finished_at", "duration_seconds", "build", "error", "updated_at", "created_at" FROM \`site_publishes\`;`)
  await db.run(sql`DROP TABLE \`site_publishes\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_publishes\` RENAME TO \`site_publishes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_publishes_requested_by_idx\` ON \`site_publishes\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_publishes_updated_at_idx\` ON \`site_publishes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_publishes_created_at_idx\` ON \`site_publishes\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`plans_workflow_idx\` ON \`plans\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_workflow_idx\` ON \`_plans_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`principles\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`principles_workflow_idx\` ON \`principles\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_principles_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version_workflow_idx\` ON \`_principles_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`goals\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`goals_workflow_idx\` ON \`goals\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_workflow_idx\` ON \`_goals_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`approaches\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`approaches_workflow_idx\` ON \`approaches\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_approaches_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version_workflow_idx\` ON \`_approaches_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`priority_projects\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`priority_projects_workflow_idx\` ON \`priority_projects\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_priority_projects_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version_workflow_idx\` ON \`_priority_projects_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`plan_items\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`plan_items_workflow_idx\` ON \`plan_items\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_plan_items_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_workflow_idx\` ON \`_plan_items_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`implementation_plans\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`implementation_plans_workflow_idx\` ON \`implementation_plans\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version_workflow_idx\` ON \`_implementation_plans_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`strategy_goals\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`strategy_goals_workflow_idx\` ON \`strategy_goals\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_strategy_goals_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version_workflow_idx\` ON \`_strategy_goals_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`kpis\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`kpis_workflow_idx\` ON \`kpis\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_kpis_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_workflow_idx\` ON \`_kpis_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`bodies\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`bodies_workflow_idx\` ON \`bodies\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_bodies_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_workflow_idx\` ON \`_bodies_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`meetings_workflow_idx\` ON \`meetings\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_workflow_idx\` ON \`_meetings_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`pages_workflow_idx\` ON \`pages\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_workflow_idx\` ON \`_pages_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`media_workflow_idx\` ON \`media\` (\`workflow\`);`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_workflow_idx\` ON \`_media_v\` (\`version_workflow\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`approval_events_id\` integer REFERENCES approval_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outbox_id\` integer REFERENCES outbox(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_events_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`approval_events\`;`)
  await db.run(sql`DROP TABLE \`outbox\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`plans_id\` integer,
  	\`principles_id\` integer,
  	\`goals_id\` integer,
  	\`approaches_id\` integer,
  	\`priority_projects_id\` integer,
  	\`plan_items_id\` integer,
  	\`implementation_plans_id\` integer,
  	\`strategy_goals_id\` integer,
  	\`kpis_id\` integer,
  	\`bodies_id\` integer,
  	\`meetings_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`site_publishes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`principles_id\`) REFERENCES \`principles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approaches_id\`) REFERENCES \`approaches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priority_projects_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_items_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`implementation_plans_id\`) REFERENCES \`implementation_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategy_goals_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kpis_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bodies_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_publishes_id\`) REFERENCES \`site_publishes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "plans_id", "principles_id", "goals_id", "approaches_id", "priority_projects_id", "plan_items_id", "implementation_plans_id", "strategy_goals_id", "kpis_id", "bodies_id", "meetings_id", "pages_id", "media_id", "users_id", "site_publishes_id") SELECT "id", "order", "parent_id", "path", "plans_id", "principles_id", "goals_id", "approaches_id", "priority_projects_id", "plan_items_id", "implementation_plans_id", "strategy_goals_id", "kpis_id", "bodies_id", "meetings_id", "pages_id", "media_id", "users_id", "site_publishes_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_principles_id_idx\` ON \`payload_locked_documents_rels\` (\`principles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approaches_id_idx\` ON \`payload_locked_documents_rels\` (\`approaches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_priority_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`priority_projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_items_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_implementation_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`implementation_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_strategy_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`strategy_goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kpis_id_idx\` ON \`payload_locked_documents_rels\` (\`kpis_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bodies_id_idx\` ON \`payload_locked_documents_rels\` (\`bodies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_publishes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_publishes_id\`);`)
  await db.run(sql`DROP INDEX \`plans_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_plans_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`principles_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`principles\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_principles_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_principles_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`goals_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`goals\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_goals_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_goals_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`approaches_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`approaches\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_approaches_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_approaches_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`priority_projects_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`priority_projects\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_priority_projects_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_priority_projects_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`plan_items_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`plan_items\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_plan_items_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_plan_items_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`implementation_plans_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`implementation_plans\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_implementation_plans_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`strategy_goals_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`strategy_goals\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_strategy_goals_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_strategy_goals_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`kpis_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`kpis\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_kpis_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_kpis_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`bodies_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`bodies\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_bodies_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_bodies_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`meetings_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_meetings_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`pages_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`DROP INDEX \`media_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`return_reason\`;`)
  await db.run(sql`DROP INDEX \`_media_v_version_version_workflow_idx\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_return_reason\`;`)
  await db.run(sql`CREATE TABLE \`__new_site_publishes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reason\` text DEFAULT '管理者による手動公開 / Published now by an admin',
  	\`status\` text DEFAULT 'queued',
  	\`requested_by_id\` integer,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_seconds\` numeric,
  	\`build\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_publishes\`("id", "reason", "status", "requested_by_id", "started_at", "finished_at", "duration_seconds", "build", "error", "updated_at", "created_at") SELECT "id", "reason", "status", "requested_by_id", "started_at", "finished_at", "duration_seconds", "build", "error", "updated_at", "created_at" FROM \`site_publishes\`;`)
  await db.run(sql`DROP TABLE \`site_publishes\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_publishes\` RENAME TO \`site_publishes\`;`)
  await db.run(sql`CREATE INDEX \`site_publishes_requested_by_idx\` ON \`site_publishes\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_publishes_updated_at_idx\` ON \`site_publishes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_publishes_created_at_idx\` ON \`site_publishes\` (\`created_at\`);`)
}
